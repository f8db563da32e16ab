/**
 * The language of the sheets Tiers writes beside a workbook's data: the language of the order
 * sheet's headers (docs/products.md, "Output"). Chinese headers with a traditional-only character
 * give zh-TW, other Chinese headers zh-CN, anything else English.
 */
import type { CellValue } from '../domain/model';
import type { PlanLanguage } from '../domain/plans/table';

export type SheetLanguage = PlanLanguage;

const HAN = /\p{Script=Han}/u;
/** Characters of order and customer headers that only traditional Chinese writes so. */
const TRADITIONAL = /[戶訂單額銷貨幣據號碼區務產類數稱聯絡話郵價與應帳賬張員營業資]/u;

export function sheetLanguage(headers: readonly CellValue[]): SheetLanguage {
  const text = headers.filter((h) => typeof h === 'string').join(' ');
  if (!HAN.test(text)) return 'en';
  return TRADITIONAL.test(text) ? 'zh-TW' : 'zh-CN';
}
