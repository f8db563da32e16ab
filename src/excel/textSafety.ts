/**
 * Text safety: no string from the user's data or a form may become a formula when written.
 *
 * The `Range.values` reference (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * says a value starting with "=", "+" or "-" is interpreted as a formula; spreadsheet-injection
 * guidance adds "@", tab and carriage return. We rely on Excel's text number format "@": a cell
 * formatted as text keeps what is entered verbatim (as typing into a text cell does), provided the
 * format is in place before the values arrive (earlier in the same batch is enough: batched
 * actions run in order). The leading apostrophe is NOT used for "@" columns, because in a text
 * cell the apostrophe would itself be stored (and office-js#6687 shows a `formulas` round trip
 * dropping it). For the rare string written into a column that is not text-formatted (a number
 * column holding a label), `quoteRisky` adds Excel's quote prefix instead.
 */
import type { CellValue } from '../domain/model';
import type { ColumnKind } from '../output/format';

export { TEXT_FORMAT, type ColumnKind } from '../output/format';

const RISKY_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return RISKY_START.test(text);
}

/** A string for a cell that is not text-formatted: risky text gets Excel's quote prefix. */
export function quoteRisky(value: CellValue): CellValue {
  return typeof value === 'string' && (looksLikeFormula(value) || value.startsWith("'")) ? `'${value}` : value;
}

/**
 * Values ready for a block whose columns have the given kinds: text columns pass through (their
 * "@" format keeps them text); strings in number columns are quoted. null becomes "" (empty).
 */
export function safeBlock(rows: readonly (readonly CellValue[])[], kinds: readonly ColumnKind[]): CellValue[][] {
  return rows.map((row) =>
    row.map((v, c) => {
      if (v === null || v === undefined) return '';
      if (kinds[c] === 'text') return typeof v === 'string' ? v : String(v);
      return quoteRisky(v);
    }),
  );
}

/**
 * One number format for a whole range. Office.js accepts a single (non-array) value for a
 * multi-cell range and applies it to every cell; the typings only declare the 2-D form.
 */
export function setWholeFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Queues number formats per column (one write per column, not per cell) before the values. */
export function formatColumns(sheet: Excel.Worksheet, startRow: number, startColumn: number, rowCount: number, formats: readonly string[]): void {
  formats.forEach((format, c) => setWholeFormat(sheet.getRangeByIndexes(startRow, startColumn + c, rowCount, 1), format));
}

/**
 * Empties a range's cells, keeping their formats. Not a single "" assigned to `values`: the
 * typings declare `any[][]` only and office-js-docs-reference#578 reports the scalar form failing.
 */
export function clearContents(range: Excel.Range): void {
  range.clear('Contents');
}
