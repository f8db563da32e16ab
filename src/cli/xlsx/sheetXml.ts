/**
 * Worksheet XML for the sheets we own (dashboard, derived customers), and cells for the owned
 * columns added to the user's sheet. Text goes in as inline strings, so sharedStrings.xml and the
 * user's string indexes are never touched.
 */
import { columnLetter } from '../../output/address';
import { escapeXml } from './xmlText';

export type OutValue = string | number | boolean | null;

/** Letters of the first columns, computed once: cellXml runs for every cell of a million-row sheet. */
const LETTERS = Array.from({ length: 128 }, (_, i) => columnLetter(i));

export function cellXml(column: number, row: number, value: OutValue, style?: number): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const ref = `${LETTERS[column - 1] ?? columnLetter(column - 1)}${row}`;
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
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

/** Rows of sheet data written per piece by worksheetPieces. */
const ROWS_PER_PIECE = 2000;

/** worksheetXml in pieces (a few thousand rows each), for a sheet too big to write as one string. */
export function* worksheetPieces(rows: readonly (readonly OutValue[])[], options: NewSheetOptions = {}): Generator<string> {
  // A loop, not Math.max(...): a spread of a million rows overflows the stack.
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  const cols = options.widths?.length ? `<cols>${options.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const drawing = options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : '';
  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (options.onePage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${columnLetter(width - 1)}${Math.max(1, rows.length)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `${cols}<sheetData>`
  );
  for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
    const piece: string[] = [];
    for (let r = from; r < Math.min(rows.length, from + ROWS_PER_PIECE); r++) {
      const cells = (rows[r] as readonly OutValue[]).map((v, c) => cellXml(c + 1, r + 1, v)).join('');
      if (cells) piece.push(`<row r="${r + 1}">${cells}</row>`);
    }
    yield piece.join('');
  }
  yield (
    `</sheetData><pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>` +
    `<pageSetup orientation="landscape"${options.onePage ? ' fitToWidth="1" fitToHeight="1"' : ''}/>${drawing}</worksheet>`
  );
}

/** Rows from sheet row 1; `rows[r][c]` goes to row r+1, column c+1. */
export function worksheetXml(rows: readonly (readonly OutValue[])[], options: NewSheetOptions = {}): string {
  return [...worksheetPieces(rows, options)].join('');
}
