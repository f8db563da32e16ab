/**
 * The domain's notes as words, in the three languages (docs/sheet-language.md): the domain returns
 * codes with figures, never sentences; the pane, the CLI and the sheets word them from here.
 */
import type { PredictiveWarning, PredictiveWarningCode, Reliability, UnreliableReason } from '../domain/clv/predictive/predictive';
import type { SheetLanguage } from './language';

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
