/**
 * Worksheet XML for the sheets we own (dashboard, derived customers), and cells for the owned
 * columns added to the user's sheet. Text goes in as inline strings, so sharedStrings.xml and the
 * user's string indexes are never touched.
 */
import { columnLetter } from '../../output/address';
import { escapeXml } from './xmlText';
import { XmlBytes } from './xmlBytes';

export type OutValue = string | number | boolean | null;

/** Letters of the first columns, computed once: cellXml runs for every cell of a million-row sheet. */
const LETTERS = Array.from({ length: 128 }, (_, i) => columnLetter(i));

/** Text starting or ending with white space keeps it (xml:space). */
const EDGE_SPACE = /^\s|\s$/;

export function cellXml(column: number, row: number, value: OutValue, style?: number): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const ref = `${LETTERS[column - 1] ?? columnLetter(column - 1)}${row}`;
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = EDGE_SPACE.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

export interface NewSheetOptions {
  /** Character widths of the first columns. */
  widths?: readonly number[];
  /** Relationship id of a drawing part in the sheet's .rels. */
  drawingRelId?: string;
  /** Print (and export to PDF) the whole sheet on one landscape page. */
  onePage?: boolean;
}

/** `<c r="` and the letters of the first columns: the start of every cell of a column, made once. */
const CELL_OPEN_BYTES = LETTERS.map((letters) => Buffer.from(`<c r="${letters}`, 'latin1'));

/** A cell as cellXml writes it, straight into bytes. */
export function writeCell(out: XmlBytes, column: number, row: number, value: OutValue, style?: number): void {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return;
  out.cellStart(CELL_OPEN_BYTES[column - 1] ?? Buffer.from(`<c r="${columnLetter(column - 1)}`, 'latin1'), row);
  if (style !== undefined) {
    out.ascii('" s="');
    out.uint(style);
  }
  if (typeof value === 'number') out.numberElement(value);
  else if (typeof value === 'boolean') out.ascii(value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
  else {
    const memo = out.memo.get(value);
    if (memo !== undefined) {
      out.bytes(memo);
      return;
    }
    const from = out.length;
    out.ascii(value.length > 0 && (isSpaceCode(value.charCodeAt(0)) || isSpaceCode(value.charCodeAt(value.length - 1))) ? '" t="inlineStr"><is><t xml:space="preserve">' : '" t="inlineStr"><is><t>');
    out.text(value);
    out.ascii('</t></is></c>');
    if (value.length <= MEMO_LENGTH && out.memo.size < MEMO_TEXTS) out.memo.set(value, out.copyFrom(from));
  }
}

/**
 * Text cells whose bytes are kept for the next cell with the same text (XmlBytes.memo): short
 * words, and not so many that ids, which never repeat in a sheet, fill memory.
 */
const MEMO_LENGTH = 48;
const MEMO_TEXTS = 4096;

/** A UTF-16 unit /\s/ matches (EDGE_SPACE's test, without a regular expression per cell). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when writeCell writes something for the value. */
const written = (value: OutValue | undefined): boolean => value !== null && value !== undefined && (typeof value !== 'number' || Number.isFinite(value));

/** The rows of a sheet produced as they are written: `count` rows from sheet row 1 (a null row is empty), at most `width` cells wide. */
export interface RowSource {
  count: number;
  width: number;
  rows: Iterable<readonly OutValue[] | null>;
}

/**
 * worksheetXml as UTF-8 bytes in chunks of about a megabyte (xmlBytes.ts), for a sheet too big
 * to write as one string; `rows` may be produced row by row (RowSource) so no grid of the sheet is
 * built either.
 */
export function* worksheetPieces(rows: readonly (readonly OutValue[])[] | RowSource, options: NewSheetOptions = {}): Generator<Buffer> {
  const source: RowSource = isRowSource(rows) ? rows : { count: rows.length, width: widthOf(rows), rows };
  const cols = options.widths?.length ? `<cols>${options.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const drawing = options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : '';
  const out = new XmlBytes();
  out.utf8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (options.onePage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
      `<dimension ref="A1:${columnLetter(source.width - 1)}${Math.max(1, source.count)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `${cols}<sheetData>`,
  );
  let r = 0;
  for (const cells of source.rows) {
    r++;
    if (!cells || !cells.some(written)) continue;
    out.ascii('<row r="');
    out.uint(r);
    out.ascii('">');
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v !== undefined) writeCell(out, c + 1, r, v);
    }
    out.ascii('</row>');
    if (out.full) yield out.take();
  }
  out.utf8(
    `</sheetData><pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>` +
      `<pageSetup orientation="landscape"${options.onePage ? ' fitToWidth="1" fitToHeight="1"' : ''}/>${drawing}</worksheet>`,
  );
  yield out.finish();
}

function isRowSource(rows: readonly (readonly OutValue[])[] | RowSource): rows is RowSource {
  return !Array.isArray(rows);
}

/** The widest row, at least 1 (a loop, not Math.max(...): a spread of a million rows overflows the stack). */
function widthOf(rows: readonly (readonly OutValue[])[]): number {
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

/** Rows from sheet row 1; `rows[r][c]` goes to row r+1, column c+1. */
export function worksheetXml(rows: readonly (readonly OutValue[])[], options: NewSheetOptions = {}): string {
  return Buffer.concat([...worksheetPieces(rows, options)]).toString('utf8');
}
