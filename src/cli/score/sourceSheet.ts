/**
 * The `Source` sheet that opens OUT.xlsx of a CSV or Parquet run: where the orders were read from
 * and how many lines, in the workbook's language (--lang, else the configuration's, else the
 * file's header language; docs/sheet-language.md).
 */
import type { SheetLanguage } from '../../output/language';
import type { NewSheet } from '../xlsx/newWorkbook';

export const SOURCE_SHEET_WORDS: Record<SheetLanguage, { sheet: string; readFrom: string; lines: string; customersFrom: string }> = {
  en: { sheet: 'Source', readFrom: 'Orders read from', lines: 'Order lines', customersFrom: 'Customers read from' },
  'zh-CN': { sheet: '数据来源', readFrom: '订单读取自', lines: '订单行数', customersFrom: '客户读取自' },
  'zh-TW': { sheet: '資料來源', readFrom: '訂單讀取自', lines: '訂單行數', customersFrom: '客戶讀取自' },
};

/** `customers`: the customer list read beside the orders (--customers), null without one. */
export function sourceSheet(language: SheetLanguage, input: string, lines: number, customers: string | null = null): NewSheet {
  const words = SOURCE_SHEET_WORDS[language];
  return {
    name: words.sheet,
    rows: [[words.readFrom, input], [words.lines, lines], ...(customers === null ? [] : [[words.customersFrom, customers]])],
    widths: [20, 60],
  };
}
