/**
 * Every word Tiers writes into a workbook, once per language (docs/sheet-language.md): the owned
 * column headers beside the customer data, the stale mark, and the words of the owned sheets. The
 * adapter and the CLI take their words from here; a re-run recognises what any language wrote.
 */
import type { SheetLanguage } from './language';

export const SHEET_LANGUAGES: readonly SheetLanguage[] = ['en', 'zh-CN', 'zh-TW'];

export function isSheetLanguage(value: unknown): value is SheetLanguage {
  return typeof value === 'string' && (SHEET_LANGUAGES as readonly string[]).includes(value);
}

/** The Chinese languages; English sheet words are the catalogue's `en` or, for owned columns, the spec's header. */
export type ChineseSheetLanguage = Exclude<SheetLanguage, 'en'>;

/**
 * The owned column headers by column key in Chinese; the English header is the column's spec
 * (OWNED_COLUMNS in src/output/ownedColumns.ts). Every key of OWNED_COLUMNS has an entry in each
 * (test/output/sheetWords.test.ts).
 */
export const OWNED_HEADER_WORDS: Record<ChineseSheetLanguage, Readonly<Record<string, string>>> = {
  'zh-CN': {
    score: 'Tiers 评分',
    tier: 'Tiers 等级',
    abc: 'Tiers ABC 分类',
    rfm: 'Tiers RFM 细分',
    clv: 'Tiers 客户终身价值',
    paymentDays: 'Tiers 平均付款天数',
    onTime: 'Tiers 按时付款比例',
    arrears: 'Tiers 欠款',
    ageing: 'Tiers 账龄',
    shippingDays: 'Tiers 平均发货天数',
    why: 'Tiers 评分原因',
    tierChange: 'Tiers 等级变化',
    pAlive: 'Tiers 活跃概率',
    predictedClv: 'Tiers 预测客户终身价值',
    expectedPurchases: 'Tiers 预计购买次数',
    likelyChurning: 'Tiers 可能流失',
    rating: 'Tiers 评级状态',
    coverage: 'Tiers 数据覆盖',
  },
  'zh-TW': {
    score: 'Tiers 評分',
    tier: 'Tiers 等級',
    abc: 'Tiers ABC 分類',
    rfm: 'Tiers RFM 細分',
    clv: 'Tiers 客戶終身價值',
    paymentDays: 'Tiers 平均付款天數',
    onTime: 'Tiers 準時付款比例',
    arrears: 'Tiers 欠款',
    ageing: 'Tiers 帳齡',
    shippingDays: 'Tiers 平均出貨天數',
    why: 'Tiers 評分原因',
    tierChange: 'Tiers 等級變化',
    pAlive: 'Tiers 活躍機率',
    predictedClv: 'Tiers 預測客戶終身價值',
    expectedPurchases: 'Tiers 預計購買次數',
    likelyChurning: 'Tiers 可能流失',
    rating: 'Tiers 評級狀態',
    coverage: 'Tiers 資料涵蓋',
  },
};

/**
 * Headers earlier versions wrote for a column key, still recognised (and renamed) on a re-run.
 * A renamed header goes here with its old text, so a workbook scored before keeps one set.
 */
export const FORMER_OWNED_HEADERS: Readonly<Record<string, readonly string[]>> = {};

/** Appended to owned headers while a write is under way; a failed run leaves it visible. */
export const STALE_SUFFIXES: Record<SheetLanguage, string> = {
  en: ' (stale)',
  'zh-CN': '（待更新）',
  'zh-TW': '（待更新）',
};
