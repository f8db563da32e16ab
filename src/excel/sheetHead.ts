/**
 * The header row of a sheet the user names, for mapping columns by hand when detection found no
 * order sheet: the first rows are read and the row with the most text cells is taken as the header.
 */
import type { CellValue } from '../domain/model';
import { runWhileEditing } from './editMode';

/** Rows looked at for the header (detection looks at as many; docs/scoring.md). */
export const HEAD_ROWS = 10;

export interface SheetHead {
  sheet: string;
  /** 0-based row index of the header row; -1 when the first rows hold no text. */
  headerRow: number;
  /** Header texts of that row, one per column ('' for a blank header). */
  headers: string[];
}

/** The row with the most non-blank text cells among the first rows (the first such row on a tie). */
export function headerRowOf(rows: readonly (readonly CellValue[])[]): number {
  let best = -1;
  let bestCount = 0;
  rows.forEach((row, r) => {
    const count = row.filter((v) => typeof v === 'string' && v.trim() !== '').length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  });
  return best;
}

export function readSheetHead(sheet: string): Promise<SheetHead> {
  return runWhileEditing(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { sheet, headerRow: -1, headers: [] };
    const columns = used.columnIndex + used.columnCount;
    const rows = Math.min(HEAD_ROWS, used.rowIndex + used.rowCount);
    const head = ws.getRangeByIndexes(0, 0, rows, columns).load('values');
    await context.sync();
    const values = head.values as CellValue[][];
    const headerRow = headerRowOf(values);
    const headers = headerRow < 0 ? [] : (values[headerRow] ?? []).map((v) => (v === null || v === undefined ? '' : String(v).trim()));
    return { sheet, headerRow, headers };
  });
}
