/**
 * The `Source` sheet that opens OUT.xlsx of a CSV or Parquet run: where the orders were read from
 * and how many lines, in the workbook's language (--lang, else the configuration's, else the
 * file's header language; docs/sheet-language.md).
 */
import type { SheetLanguage } from '../../output/language';
import type { NewSheet } from '../xlsx/newWorkbook';

export const SOURCE_SHEET_WORDS: Record<SheetLanguage, { sheet: string; readFrom: string; lines: string }> = {
  en: { sheet: 'Source', readFrom: 'Orders read from', lines: 'Order lines' },
  'zh-CN': { sheet: '数据来源', readFrom: '订单读取自', lines: '订单行数' },
  'zh-TW': { sheet: '資料來源', readFrom: '訂單讀取自', lines: '訂單行數' },
};

export function sourceSheet(language: SheetLanguage, input: string, lines: number): NewSheet {
  const words = SOURCE_SHEET_WORDS[language];
  return {
    name: words.sheet,
    rows: [
      [words.readFrom, input],
      [words.lines, lines],
    ],
    widths: [20, 60],
  };
}
