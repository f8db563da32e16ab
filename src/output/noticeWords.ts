/**
 * The domain's notes as words, in the three languages (docs/sheet-language.md): the domain returns
 * codes with figures, never sentences; the pane, the CLI and the sheets word them from here.
 */
import type { PredictiveWarning, PredictiveWarningCode, Reliability, UnreliableReason } from '../domain/clv/predictive/predictive';
import { isoFromDay } from '../domain/dates';
import { scoringNoticeEnglish, type ScoringNotice } from '../domain/score';
import type { SheetLanguage } from './language';
import { indicatorWord } from './sheetWords';

type Params = Readonly<Record<string, number | string>>;
type Wording = (p: Params) => string;

const n = (p: Params, key: string): string => String(p[key] ?? '');
const exp = (p: Params, key: string): string => Number(p[key] ?? 0).toExponential(1);

export const PREDICTIVE_WARNING_WORDS: Record<SheetLanguage, Record<PredictiveWarningCode, Wording>> = {
  en: {
    'no-customers': () => 'No customer has an order on or before the as-of date.',
    'no-repeat-buyers': () => 'No customer has bought twice: the purchase model cannot tell buying rate from drop-out.',
    'bgnbd-not-converged': (p) => `The purchase model (BG/NBD) did not converge in ${n(p, 'iterations')} iterations; treat its predictions with care.`,
    'bgnbd-no-dropout': (p) => `The purchase model concludes that no customer ever stops buying (drop-out chance ${exp(p, 'dropout')} per purchase).`,
    'gamma-gamma-skipped': (p) => `Only ${n(p, 'count')} repeat buyers with a positive spend: the spend model needs ${n(p, 'needed')}; each customer's own mean (or the overall mean) is used.`,
    'gamma-gamma-not-converged': (p) =>
      p.q === undefined
        ? "Spend model unusable (the fit did not converge); each customer's own mean (or the overall mean) is used."
        : `Spend model unusable (q = ${n(p, 'q')} is not above 1, so the population mean spend is undefined); each customer's own mean (or the overall mean) is used.`,
    'non-positive-repeat-value': (p) => `${n(p, 'count')} repeat buyers with a mean repeat value of 0 or less were left out of the spend model.`,
    'orders-skipped': (p) => `${n(p, 'count')} orders without a usable date or value were left out.`,
    'missing-profit': (p) => `${n(p, 'count')} orders have no profit; they count as purchases worth 0.`,
  },
  'zh-CN': {
    'no-customers': () => '在分析日期当天或之前没有任何客户下过订单。',
    'no-repeat-buyers': () => '没有客户购买过两次：购买模型无法区分购买频率和流失。',
    'bgnbd-not-converged': (p) => `购买模型（BG/NBD）在 ${n(p, 'iterations')} 次迭代内未收敛；请谨慎看待其预测。`,
    'bgnbd-no-dropout': (p) => `购买模型认为没有客户会停止购买（每次购买后的流失概率为 ${exp(p, 'dropout')}）。`,
    'gamma-gamma-skipped': (p) => `只有 ${n(p, 'count')} 位重复购买的客户消费为正：消费模型至少需要 ${n(p, 'needed')} 位；改用每位客户自己的平均值（或总体平均值）。`,
    'gamma-gamma-not-converged': (p) =>
      p.q === undefined
        ? '消费模型不可用（拟合未收敛）；改用每位客户自己的平均值（或总体平均值）。'
        : `消费模型不可用（q = ${n(p, 'q')} 不大于 1，总体平均消费无定义）；改用每位客户自己的平均值（或总体平均值）。`,
    'non-positive-repeat-value': (p) => `${n(p, 'count')} 位重复购买客户的平均复购金额为 0 或以下，未纳入消费模型。`,
    'orders-skipped': (p) => `${n(p, 'count')} 笔订单没有可用的日期或金额，已略过。`,
    'missing-profit': (p) => `${n(p, 'count')} 笔订单没有利润；按金额为 0 的购买计算。`,
  },
  'zh-TW': {
    'no-customers': () => '在分析日期當天或之前沒有任何客戶下過訂單。',
    'no-repeat-buyers': () => '沒有客戶購買過兩次：購買模型無法區分購買頻率和流失。',
    'bgnbd-not-converged': (p) => `購買模型（BG/NBD）在 ${n(p, 'iterations')} 次迭代內未收斂；請謹慎看待其預測。`,
    'bgnbd-no-dropout': (p) => `購買模型認為沒有客戶會停止購買（每次購買後的流失機率為 ${exp(p, 'dropout')}）。`,
    'gamma-gamma-skipped': (p) => `只有 ${n(p, 'count')} 位重複購買的客戶消費為正：消費模型至少需要 ${n(p, 'needed')} 位；改用每位客戶自己的平均值（或整體平均值）。`,
    'gamma-gamma-not-converged': (p) =>
      p.q === undefined
        ? '消費模型無法使用（擬合未收斂）；改用每位客戶自己的平均值（或整體平均值）。'
        : `消費模型無法使用（q = ${n(p, 'q')} 不大於 1，整體平均消費無定義）；改用每位客戶自己的平均值（或整體平均值）。`,
    'non-positive-repeat-value': (p) => `${n(p, 'count')} 位重複購買客戶的平均回購金額為 0 或以下，未納入消費模型。`,
    'orders-skipped': (p) => `${n(p, 'count')} 筆訂單沒有可用的日期或金額，已略過。`,
    'missing-profit': (p) => `${n(p, 'count')} 筆訂單沒有利潤；以金額為 0 的購買計算。`,
  },
};

export const RELIABILITY_WORDS: Record<SheetLanguage, Record<UnreliableReason, (dropout: number) => string>> = {
  en: {
    'no-repeat-buyers': () => 'No customer has bought twice, so the purchase model cannot tell who has stopped buying.',
    'not-converged': () => 'The purchase model did not settle on an answer for this data, so its chances that a customer is still active, and its churn flags, are not shown.',
    'no-dropout': (d) =>
      `The purchase model concludes that no customer ever stops buying (drop-out chance ${d.toExponential(1)} per purchase), so every customer would look 100% active: its chances and churn flags are not shown. This happens when the customers who bought more than once kept buying to the end of the data, so the orders never show one going quiet.`,
  },
  'zh-CN': {
    'no-repeat-buyers': () => '没有客户购买过两次，购买模型无法判断谁已停止购买。',
    'not-converged': () => '购买模型对此数据未能得出结论，因此不显示客户仍活跃的概率及流失标记。',
    'no-dropout': (d) =>
      `购买模型认为没有客户会停止购买（每次购买后的流失概率为 ${d.toExponential(1)}），每位客户看起来都 100% 活跃：因此不显示活跃概率及流失标记。当多次购买的客户一直购买到数据末尾、订单中看不到任何客户沉寂时，就会出现这种情况。`,
  },
  'zh-TW': {
    'no-repeat-buyers': () => '沒有客戶購買過兩次，購買模型無法判斷誰已停止購買。',
    'not-converged': () => '購買模型對此資料未能得出結論，因此不顯示客戶仍活躍的機率及流失標記。',
    'no-dropout': (d) =>
      `購買模型認為沒有客戶會停止購買（每次購買後的流失機率為 ${d.toExponential(1)}），每位客戶看起來都 100% 活躍：因此不顯示活躍機率及流失標記。當多次購買的客戶一直購買到資料末尾、訂單中看不到任何客戶沉寂時，就會出現這種情況。`,
  },
};

export function predictiveWarningText(warning: PredictiveWarning, language: SheetLanguage = 'en'): string {
  return PREDICTIVE_WARNING_WORDS[language][warning.code](warning.params);
}

/** Why the model is not reliable, in words; '' for a reliable one. */
export function reliabilityText(reliability: Reliability, language: SheetLanguage = 'en'): string {
  return reliability.reliable ? '' : RELIABILITY_WORDS[language][reliability.reason](reliability.dropout ?? 0);
}

type ChineseNoticeWords = { [C in ScoringNotice['code']]: (n: Extract<ScoringNotice, { code: C }>) => string };

const money = (v: number): string => v.toFixed(2);

/** The run's own notices (ScoringNotice) in Chinese; English is the domain's scoringNoticeEnglish, which the CLI's JSON keeps. */
export const SCORING_NOTICE_WORDS: Record<Exclude<SheetLanguage, 'en'>, ChineseNoticeWords> = {
  'zh-CN': {
    'satisfaction-no-survey': () => '满意度方案需要满意度调查表；未找到该表，因此没有客户得分。',
    'analysis-date-after-last-order': (n) =>
      `分析日期 ${isoFromDay(n.day)}，即最后一笔订单的次日：最后一笔订单（${isoFromDay(n.lastOrder)}）早于今天（${isoFromDay(n.today)}）一个多月。如需按其他日期评分，请设置分析日期。`,
    'analysis-date-not-a-date': (n) => `分析日期“${n.value}”不是日期；已改用运行当天。`,
    'unknown-customers': (n) => `${n.count} 个客户编号出现在订单中，但不在客户表中；按其订单评分。`,
    'order-lines': (n) => `订单表按订单明细读取：${n.lines} 行合并为 ${n.orders} 笔订单；按单计算的指标每笔订单只计一次。`,
    returns: (n) => `${n.rows} 笔退货或贷项通知（金额或数量为负），合计 ${money(n.total)}，已从净销售额和利润中扣除；不计为订单。`,
    'negative-net': (n) => `${n.count} 个客户的退货多于购买（净销售额低于 0）：标为“退货超过购买”，不评分。`,
    'paid-before-documents': (n) => `${n.count} 笔订单在收到单据前已付款（预付款，或日期录入有误）：不计入付款天数和按时付款比例。`,
    'not-rated': (n) => `${n.count} 个客户没有订单：未评级（无评分、无等级）。`,
    'not-enough-data': (n) => `${n.count} 个客户的可用指标权重不足 ${n.minCoveragePercent}%：“数据不足”（无评分、无等级）。`,
    'indicator-without-inputs': (n) => `没有客户具备指标“${indicatorWord(n.indicatorId, n.label, 'zh-CN')}”所需的数据；该指标不计分。`,
  },
  'zh-TW': {
    'satisfaction-no-survey': () => '滿意度方案需要滿意度調查表；未找到該表，因此沒有客戶得分。',
    'analysis-date-after-last-order': (n) =>
      `分析日期 ${isoFromDay(n.day)}，即最後一筆訂單的次日：最後一筆訂單（${isoFromDay(n.lastOrder)}）早於今天（${isoFromDay(n.today)}）一個多月。如需按其他日期評分，請設定分析日期。`,
    'analysis-date-not-a-date': (n) => `分析日期「${n.value}」不是日期；已改用執行當天。`,
    'unknown-customers': (n) => `${n.count} 個客戶編號出現在訂單中，但不在客戶表中；依其訂單評分。`,
    'order-lines': (n) => `訂單表依訂單明細讀取：${n.lines} 列合併為 ${n.orders} 筆訂單；依單計算的指標每筆訂單只計一次。`,
    returns: (n) => `${n.rows} 筆退貨或貸項通知（金額或數量為負），合計 ${money(n.total)}，已從淨銷售額和利潤中扣除；不計為訂單。`,
    'negative-net': (n) => `${n.count} 個客戶的退貨多於購買（淨銷售額低於 0）：標為「退貨超過購買」，不評分。`,
    'paid-before-documents': (n) => `${n.count} 筆訂單在收到單據前已付款（預付款，或日期輸入有誤）：不計入付款天數和準時付款比例。`,
    'not-rated': (n) => `${n.count} 個客戶沒有訂單：未評級（無評分、無等級）。`,
    'not-enough-data': (n) => `${n.count} 個客戶的可用指標權重不足 ${n.minCoveragePercent}%：「資料不足」（無評分、無等級）。`,
    'indicator-without-inputs': (n) => `沒有客戶具備指標「${indicatorWord(n.indicatorId, n.label, 'zh-TW')}」所需的資料；該指標不計分。`,
  },
};

/** A run's notice in the given language. */
export function scoringNoticeText(n: ScoringNotice, language: SheetLanguage): string {
  if (language === 'en') return scoringNoticeEnglish(n);
  const word = SCORING_NOTICE_WORDS[language][n.code] as (n: ScoringNotice) => string;
  return word(n);
}
