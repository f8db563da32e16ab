/**
 * Cell problems and refusals as words, in the three languages (docs/i18n.md, "Problems and
 * refusals"): the domain hands over codes and figures (src/domain/validation/problemCodes.ts,
 * src/domain/refusals.ts) and keeps the English the CLI prints; the Chinese is here. Sheet names,
 * headers and cell values are the user's own and are shown as written.
 */
import { FIELD_LABELS } from '../domain/mapping/fieldLabels';
import { FIELD_LABELS_HANT } from '../domain/mapping/fieldLabelsHant';
import { listOf, refusalEnglish, type Refusal, type RefusalCode } from '../domain/refusals';
import type { ProblemCode, ProblemValues } from '../domain/validation/problemCodes';
import { fieldEnglish, PROBLEM_ENGLISH, type ProblemWording } from '../domain/validation/problemEnglish';
import type { SheetLanguage } from './language';
import type { ChineseSheetLanguage } from './sheetWords';

/** A field's name in the language; the caller may pass its own (the pane passes the names it shows). */
export type FieldWord = (field: string) => string;

const v = (values: ProblemValues, key: string): string => String(values[key] ?? '');

/** The domain's field names (fieldLabels.ts, fieldLabelsHant.ts); an unknown field keeps its id. */
function defaultFieldWord(language: SheetLanguage): FieldWord {
  if (language === 'en') return fieldEnglish;
  if (language === 'zh-TW') return (field) => (FIELD_LABELS_HANT as Partial<Record<string, string>>)[field] ?? field;
  return (field) => (FIELD_LABELS as Partial<Record<string, { zh: string }>>)[field]?.zh ?? field;
}

type ChineseProblemWording = { general: (values: ProblemValues, field: FieldWord) => string; detail?: (values: ProblemValues) => string };

export const PROBLEM_WORDS: Record<ChineseSheetLanguage, Record<ProblemCode, ChineseProblemWording>> = {
  'zh-CN': {
    'missing-value': { general: () => '缺少值' },
    'no-column-mapped': { general: (x, f) => `没有列对应“${f(v(x, 'field'))}”` },
    'not-a-number': { general: () => '不是数字' },
    'not-a-finite-number': { general: () => '不是有限的数字' },
    'boolean-not-number': { general: () => 'TRUE/FALSE 不是数字' },
    'share-out-of-range': { general: () => '占比超出范围', detail: () => '应为 0-1 或 0-100%' },
    'negative-value': { general: () => '负值', detail: () => '应为 0 或以上' },
    'not-whole-number': { general: () => '不是 0 或以上的整数' },
    'rating-out-of-range': { general: () => '评分超出范围', detail: () => '应为 1-5' },
    'score-out-of-range': { general: () => '分数超出范围', detail: () => '应为 1-5 或 1-10' },
    'not-a-date': { general: () => '不是日期' },
    'no-such-date': { general: () => '日期不存在' },
    'ambiguous-date-order': { general: () => '无法判断日和月的先后' },
    'date-out-of-range': { general: () => '日期超出范围', detail: () => '应在 1900 年至 2100 年之间' },
    'fake-leap-day': { general: () => '日期不存在', detail: () => 'Excel 序列号 60 是并不存在的 1900-02-29' },
    'boolean-not-date': { general: () => 'TRUE/FALSE 不是日期' },
    'excel-error': { general: (x) => `Excel 错误 ${v(x, 'error')}` },
    'duplicate-customer-id': { general: () => '客户编号重复', detail: (x) => `第 ${v(x, 'row')} 行与第 ${v(x, 'first')} 行重复，保留第 ${v(x, 'first')} 行` },
    'customer-not-on-sheet': { general: () => '客户不在客户表中', detail: () => '仅按其订单评分' },
    'customer-has-no-orders': { general: () => '客户没有订单' },
    'survey-row-without-score': { general: () => '调查行没有任何评分' },
    blank: { general: () => '空白' },
  },
  'zh-TW': {
    'missing-value': { general: () => '缺少值' },
    'no-column-mapped': { general: (x, f) => `沒有欄對應「${f(v(x, 'field'))}」` },
    'not-a-number': { general: () => '不是數字' },
    'not-a-finite-number': { general: () => '不是有限的數字' },
    'boolean-not-number': { general: () => 'TRUE/FALSE 不是數字' },
    'share-out-of-range': { general: () => '占比超出範圍', detail: () => '應為 0-1 或 0-100%' },
    'negative-value': { general: () => '負值', detail: () => '應為 0 或以上' },
    'not-whole-number': { general: () => '不是 0 或以上的整數' },
    'rating-out-of-range': { general: () => '評分超出範圍', detail: () => '應為 1-5' },
    'score-out-of-range': { general: () => '分數超出範圍', detail: () => '應為 1-5 或 1-10' },
    'not-a-date': { general: () => '不是日期' },
    'no-such-date': { general: () => '日期不存在' },
    'ambiguous-date-order': { general: () => '無法判斷日和月的先後' },
    'date-out-of-range': { general: () => '日期超出範圍', detail: () => '應在 1900 年至 2100 年之間' },
    'fake-leap-day': { general: () => '日期不存在', detail: () => 'Excel 序列值 60 是並不存在的 1900-02-29' },
    'boolean-not-date': { general: () => 'TRUE/FALSE 不是日期' },
    'excel-error': { general: (x) => `Excel 錯誤 ${v(x, 'error')}` },
    'duplicate-customer-id': { general: () => '客戶編號重複', detail: (x) => `第 ${v(x, 'row')} 列與第 ${v(x, 'first')} 列重複，保留第 ${v(x, 'first')} 列` },
    'customer-not-on-sheet': { general: () => '客戶不在客戶表中', detail: () => '僅依其訂單評分' },
    'customer-has-no-orders': { general: () => '客戶沒有訂單' },
    'survey-row-without-score': { general: () => '調查列沒有任何評分' },
    blank: { general: () => '空白' },
  },
};

const DETAIL_SEPARATOR: Record<SheetLanguage, string> = { en: '; ', 'zh-CN': '；', 'zh-TW': '；' };

function worded(wording: ProblemWording | ChineseProblemWording, values: ProblemValues, field: FieldWord, language: SheetLanguage, detail: boolean): string {
  const general = wording.general(values, field);
  return detail && wording.detail ? `${general}${DETAIL_SEPARATOR[language]}${wording.detail(values)}` : general;
}

/**
 * A cell problem in the language, detail included (`general: true` for the part problems are
 * grouped by). English names a field by its English name, never by its id.
 */
export function problemText(problem: { code: ProblemCode; values?: ProblemValues }, language: SheetLanguage, options: { fieldWord?: FieldWord; general?: boolean } = {}): string {
  const field = options.fieldWord ?? defaultFieldWord(language);
  const values = problem.values ?? {};
  const detail = options.general !== true;
  if (language === 'en') return worded(PROBLEM_ENGLISH[problem.code], { ...values, ...(values.field === undefined ? {} : { field: field(String(values.field)) }) }, field, language, detail);
  return worded(PROBLEM_WORDS[language][problem.code], values, field, language, detail);
}

type RefusalWording = (values: ProblemValues, field: FieldWord) => string;

const quotedCN = (headers: readonly string[]): string => (headers.length ? headers.map((h) => `“${h}”`).join('、') : '无');
const quotedTW = (headers: readonly string[]): string => (headers.length ? headers.map((h) => `「${h}」`).join('、') : '無');

export const REFUSAL_WORDS: Record<ChineseSheetLanguage, Record<RefusalCode, RefusalWording>> = {
  'zh-CN': {
    'no-order-sheet': (x) => `没有工作表包含订单所需的“客户编号”、“订单日期”和“金额”列。工作表：${quotedCN(listOf(x, 'sheets'))}。`,
    'mapping-invalid': (x) => `工作表“${v(x, 'sheet')}”已保存的列对应无效；请重新对应各列。`,
    'missing-column': (x, f) => `工作表“${v(x, 'sheet')}”没有“${f(v(x, 'field'))}”列。找到的表头：${quotedCN(listOf(x, 'seen'))}。`,
    'order-sheet-unreadable': () => '无法读取订单表。',
    'no-order-rows': (x) => `工作表“${v(x, 'sheet')}”的表头行下面没有订单行。`,
    'no-readable-rows': (x) => `工作表“${v(x, 'sheet')}”的 ${v(x, 'rows')} 行都无法读取；请查看问题列表。`,
    'currencies-without-rates': (x) =>
      `工作表“${v(x, 'sheet')}”中的金额使用了 ${v(x, 'count')} 种币种（${v(x, 'currencies')}），但缺少 ${v(x, 'missing')} 的汇率。Tiers 不会把不同币种的金额相加：请添加名为“汇率”的工作表（列：币种、汇率，即每单位外币折合多少本位币），或在配置中设置本位币和汇率，然后重新运行。未评分，也未写入任何内容。`,
    'analysis-date-not-a-date': (x) => `分析日期“${v(x, 'date')}”不是按 YYYY-MM-DD 书写的日期。`,
    'analysis-date-after-today': (x) => `分析日期 ${v(x, 'date')} 晚于今天（${v(x, 'today')}）；请选择今天或更早的日期，或留空。`,
    'analysis-date-before-first-order': (x) => `分析日期 ${v(x, 'date')} 早于第一笔订单（${v(x, 'first')}）；请选择更晚的日期，或留空。`,
    'model-check-no-dated-orders': () => '模型检验需要带日期的订单；目前没有。',
    'model-check-bad-split': () => '模型检验需要有效的拆分日期（YYYY-MM-DD）。',
    'model-check-split-before-first-order': (x) => `模型检验的拆分日期 ${v(x, 'date')} 早于第一笔订单（${v(x, 'first')}）。`,
    'model-check-short-holdout': (x) => `模型检验需要拆分日期 ${v(x, 'date')} 之后至少一周的订单；订单止于 ${v(x, 'end')}。`,
    'model-check-few-customers': (x) => `模型检验需要在拆分日期 ${v(x, 'date')} 当天或之前购买过的客户；目前只有 ${v(x, 'count')} 位。`,
    'model-check-no-repeat-buyers': (x) => `到拆分日期 ${v(x, 'date')} 为止没有客户购买过两次，无法拟合购买模型；请选择更晚的拆分日期。`,
    'sheet-protected': (x) => `工作表“${v(x, 'sheet')}”受保护：请撤消保护（审阅 > 撤消工作表保护），以便 Tiers 在您的数据旁写入它的列，然后重新运行。未写入任何内容。`,
    'structure-protected': (x) => `工作簿结构受保护，Tiers 无法添加它的工作表（${quotedCN(listOf(x, 'sheets'))}）：请撤消保护（审阅 > 保护工作簿）后重试。未写入任何内容。`,
  },
  'zh-TW': {
    'no-order-sheet': (x) => `沒有工作表包含訂單所需的「客戶編號」、「訂單日期」和「金額」欄。工作表：${quotedTW(listOf(x, 'sheets'))}。`,
    'mapping-invalid': (x) => `工作表「${v(x, 'sheet')}」已儲存的欄位對應無效；請重新對應各欄。`,
    'missing-column': (x, f) => `工作表「${v(x, 'sheet')}」沒有「${f(v(x, 'field'))}」欄。找到的標題：${quotedTW(listOf(x, 'seen'))}。`,
    'order-sheet-unreadable': () => '無法讀取訂單表。',
    'no-order-rows': (x) => `工作表「${v(x, 'sheet')}」的標題列下方沒有訂單列。`,
    'no-readable-rows': (x) => `工作表「${v(x, 'sheet')}」的 ${v(x, 'rows')} 列都無法讀取；請查看問題清單。`,
    'currencies-without-rates': (x) =>
      `工作表「${v(x, 'sheet')}」中的金額使用了 ${v(x, 'count')} 種幣別（${v(x, 'currencies')}），但缺少 ${v(x, 'missing')} 的匯率。Tiers 不會把不同幣別的金額相加：請新增名為「匯率」的工作表（欄：幣別、匯率，即每單位外幣折合多少本位幣），或在設定中指定本位幣與匯率，然後重新執行。未評分，也未寫入任何內容。`,
    'analysis-date-not-a-date': (x) => `分析日期「${v(x, 'date')}」不是以 YYYY-MM-DD 書寫的日期。`,
    'analysis-date-after-today': (x) => `分析日期 ${v(x, 'date')} 晚於今天（${v(x, 'today')}）；請選擇今天或更早的日期，或留空。`,
    'analysis-date-before-first-order': (x) => `分析日期 ${v(x, 'date')} 早於第一筆訂單（${v(x, 'first')}）；請選擇更晚的日期，或留空。`,
    'model-check-no-dated-orders': () => '模型檢驗需要有日期的訂單；目前沒有。',
    'model-check-bad-split': () => '模型檢驗需要有效的拆分日期（YYYY-MM-DD）。',
    'model-check-split-before-first-order': (x) => `模型檢驗的拆分日期 ${v(x, 'date')} 早於第一筆訂單（${v(x, 'first')}）。`,
    'model-check-short-holdout': (x) => `模型檢驗需要拆分日期 ${v(x, 'date')} 之後至少一週的訂單；訂單止於 ${v(x, 'end')}。`,
    'model-check-few-customers': (x) => `模型檢驗需要在拆分日期 ${v(x, 'date')} 當天或之前購買過的客戶；目前只有 ${v(x, 'count')} 位。`,
    'model-check-no-repeat-buyers': (x) => `到拆分日期 ${v(x, 'date')} 為止沒有客戶購買過兩次，無法擬合購買模型；請選擇更晚的拆分日期。`,
    'sheet-protected': (x) => `工作表「${v(x, 'sheet')}」受保護：請取消保護（校閱 > 取消保護工作表），讓 Tiers 能在您的資料旁寫入它的欄，然後重新執行。未寫入任何內容。`,
    'structure-protected': (x) => `活頁簿結構受保護，Tiers 無法新增它的工作表（${quotedTW(listOf(x, 'sheets'))}）：請取消保護（校閱 > 保護活頁簿）後再試一次。未寫入任何內容。`,
  },
};

/** A refusal in the language; English names a field by its English name (and, as the CLI prints it, its Simplified one). */
export function refusalText(refusal: Refusal, language: SheetLanguage, fieldWord?: FieldWord): string {
  if (language === 'en') return refusalEnglish(refusal);
  return REFUSAL_WORDS[language][refusal.code](refusal.values, fieldWord ?? defaultFieldWord(language));
}
