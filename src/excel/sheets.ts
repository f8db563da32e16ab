/** What the workbook holds, at a glance: the worksheets and the size of their used ranges. */
import { runWhileEditing } from './editMode';

export interface SheetSummary {
  name: string;
  rows: number;
  columns: number;
}

export async function listSheets(): Promise<SheetSummary[]> {
  return runWhileEditing(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const visible = sheets.items.filter((sheet) => sheet.visibility === Excel.SheetVisibility.visible);
    const used = visible.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowCount,columnCount'));
    await context.sync();
    return visible.map((sheet, i) => {
      const range = used[i];
      const empty = !range || range.isNullObject;
      return { name: sheet.name, rows: empty ? 0 : range.rowCount, columns: empty ? 0 : range.columnCount };
    });
  });
}
