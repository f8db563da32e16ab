/**
 * The seasonal index's, the survey's and the sales plans' notes (StudyNotice, src/domain/studyNotices.ts)
 * in the three languages (docs/sheet-language.md, "The domain's notes"): written to the sheets in the
 * workbook's language and shown in the pane in the pane's. English is the domain's
 * studyNoticeEnglish, which the CLI's JSON keeps.
 */
import { studyNoticeEnglish, type StudyNotice } from '../domain/studyNotices';
import type { SheetLanguage } from './language';

type ChineseStudyWords = { [C in StudyNotice['code']]: (n: Extract<StudyNotice, { code: C }>) => string };

const factor = (x: number): string => x.toFixed(2);

export const STUDY_NOTICE_WORDS: Record<Exclude<SheetLanguage, 'en'>, ChineseStudyWords> = {
  'zh-CN': {
    'seasonal-no-sales': () => '没有销售数据，无法计算季节指数。',
    'seasonal-short-history': (n) => `季节指数仅基于 ${n.months} 个月的销售数据；可靠的指数至少需要 ${n.needed} 个月（三年）。`,
    'seasonal-months-without-history': () => '部分月份没有销售历史，其指数为 0。',
    'seasonal-zero-sales': () => '销售总额为零。',
    'survey-after-analysis-date': (n) => `${n.count} 行调查记录的日期晚于分析日期，已略过。`,
    'survey-undated': (n) => `${n.count} 行调查记录没有日期，无法归入时间窗口，已略过。`,
    'survey-before-window': (n) => `${n.count} 行调查记录早于 ${n.windowDays} 天的时间窗口，已略过。`,
    'plans-none-chosen': () => '没有客户被选入销售计划：没有业务类型被识别为经销商，也没有选定等级或客户。',
    'plans-without-base': (n) => `${n.count} 个选定客户在计划开始前的十二个月没有销售额：不为其制定计划。`,
    'plans-short-history': (n) => `${n.customerId}：计划开始前只有 ${n.months} 个月的历史；其销售额已按这些月份在季节指数中的占比折算为一年（× ${factor(n.factor)}）。`,
    'plans-no-seasonal-index': () => '没有季节指数：计划各月目标相同。',
    'products-not-ranked': () => '无法对产品排名：订单表没有对应产品或产品线列。请对应一列（或使用订单明细表）后重新运行。',
    'products-one-row-per-order': () => '每张订单一行：每张订单全额计入该行所写的产品，含多种产品的订单不拆分。',
    'products-rows-without-product': (n) => `${n.count} 行订单没有产品，其销售额未计入排名。`,
  },
  'zh-TW': {
    'seasonal-no-sales': () => '沒有銷售資料，無法計算季節指數。',
    'seasonal-short-history': (n) => `季節指數僅根據 ${n.months} 個月的銷售資料；可靠的指數至少需要 ${n.needed} 個月（三年）。`,
    'seasonal-months-without-history': () => '部分月份沒有銷售歷史，其指數為 0。',
    'seasonal-zero-sales': () => '銷售總額為零。',
    'survey-after-analysis-date': (n) => `${n.count} 列調查記錄的日期晚於分析日期，已略過。`,
    'survey-undated': (n) => `${n.count} 列調查記錄沒有日期，無法歸入時間區間，已略過。`,
    'survey-before-window': (n) => `${n.count} 列調查記錄早於 ${n.windowDays} 天的時間區間，已略過。`,
    'plans-none-chosen': () => '沒有客戶被選入銷售計畫：沒有業務類型被識別為經銷商，也沒有選定等級或客戶。',
    'plans-without-base': (n) => `${n.count} 個選定客戶在計畫開始前的十二個月沒有銷售額：不為其制定計畫。`,
    'plans-short-history': (n) => `${n.customerId}：計畫開始前只有 ${n.months} 個月的歷史；其銷售額已依這些月份在季節指數中的佔比換算為一年（× ${factor(n.factor)}）。`,
    'plans-no-seasonal-index': () => '沒有季節指數：計畫各月目標相同。',
    'products-not-ranked': () => '無法對產品排名：訂單表沒有對應產品或產品線欄。請對應一欄（或使用訂單明細表）後重新執行。',
    'products-one-row-per-order': () => '每張訂單一列：每張訂單全額計入該列所寫的產品，含多種產品的訂單不拆分。',
    'products-rows-without-product': (n) => `${n.count} 列訂單沒有產品，其銷售額未計入排名。`,
  },
};

/** A study notice in the given language. */
export function studyNoticeText(n: StudyNotice, language: SheetLanguage): string {
  if (language === 'en') return studyNoticeEnglish(n);
  const word = STUDY_NOTICE_WORDS[language][n.code] as (n: StudyNotice) => string;
  return word(n);
}
