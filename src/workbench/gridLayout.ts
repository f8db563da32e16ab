/** How big the grid is and how wide its columns are, from the sheet's used range and contents. */
import type { Sheet, Workbook } from '../simulator/model';
import { cellText } from './cellText';

/** Empty rows and columns shown past the used range, as Excel does. */
const SPARE_ROWS = 30;
const SPARE_COLUMNS = 6;
const MIN_ROWS = 60;
const MIN_COLUMNS = 16;
const DEFAULT_WIDTH_PX = 72;
const SAMPLE_ROWS = 60;
const CHAR_PX = 7;

export interface GridShape {
  rows: number;
  columns: number;
}

export function gridShape(workbook: Workbook, sheet: Sheet): GridShape {
  const used = workbook.usedRect(sheet.id, false);
  return {
    rows: Math.max(MIN_ROWS, (used ? used.r1 + 1 : 0) + SPARE_ROWS),
    columns: Math.max(MIN_COLUMNS, (used ? used.c1 + 1 : 0) + SPARE_COLUMNS),
  };
}

/** Column width in px: the sheet's own width (points) if set, else fitted to the first rows' text. */
export function columnWidthPx(sheet: Sheet, column: number): number {
  const points = sheet.columnWidths[column];
  if (points !== undefined) return Math.round((points * 4) / 3);
  let longest = 0;
  const last = Math.min(SAMPLE_ROWS, sheet.cells.values.rows.length);
  for (let r = 0; r < last; r++) longest = Math.max(longest, displayWidth(cellText(sheet, r, column)));
  return Math.min(280, Math.max(DEFAULT_WIDTH_PX, longest * CHAR_PX + 14));
}

/** Width of a text in narrow-character units: CJK and other wide characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}
