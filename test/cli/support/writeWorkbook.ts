/**
 * Grids written as an .xlsx by ExcelJS (another producer than ours), one sheet per grid; an empty
 * text is left as an empty cell, as a user's export has it.
 */
import ExcelJS from 'exceljs';

export async function writeWorkbook(path: string, sheets: readonly (readonly [string, readonly (readonly unknown[])[]])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of grid) ws.addRow(r.map((v) => (v === '' ? null : v)));
  }
  await wb.xlsx.writeFile(path);
}
