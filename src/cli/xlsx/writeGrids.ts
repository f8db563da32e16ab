/**
 * Grids -> a new .xlsx with exceljs's streaming writer (rows are committed as they go, so a
 * million-row sheet never sits in memory as cells). Column formats turn serials into dates.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../../domain/model';

export interface GridSheet {
  name: string;
  grid: Grid;
  /** Number format per column (null = General). */
  formats?: readonly (string | null)[];
  widths?: readonly number[];
}

export async function writeGridsXlsx(path: string, sheets: readonly GridSheet[], onProgress?: (sheet: string, rows: number) => void): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const width = sheet.grid[0]?.length ?? 0;
    ws.columns = Array.from({ length: width }, (_, c) => {
      const format = sheet.formats?.[c];
      return { width: sheet.widths?.[c] ?? 14, ...(format ? { style: { numFmt: format } } : {}) };
    });
    sheet.grid.forEach((row, r) => {
      const added = ws.addRow(row.map((v) => (v === '' ? null : v)));
      if (r === 0) added.font = { bold: true };
      added.commit();
      if (r > 0 && r % 200_000 === 0) onProgress?.(sheet.name, r);
    });
    ws.commit();
  }
  await workbook.commit();
}
