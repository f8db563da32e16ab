/** The study notes column on the dashboard sheet (src/output/dashboardNotes.ts), rewritten on every run. */
import { DASHBOARD_NOTES_COLUMN, dashboardNoteRows, type DataNote } from '../output/dashboardNotes';
import type { SheetLanguage } from '../output/language';
import { chunkRows } from './payload';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { clearContents, formatColumns, safeBlock, TEXT_FORMAT } from './textSafety';

/** `sheet`: the dashboard as written earlier in this run; `found`: as read before (its rows bound what an earlier run left). */
export async function writeDashboardNotes(syncer: Syncer, sheet: Excel.Worksheet, notices: readonly DataNote[], language: SheetLanguage, found: OwnedSheetInfo | undefined): Promise<void> {
  const oldRows = found?.rows ?? 0;
  const rows = dashboardNoteRows(notices, language);
  if (rows.length === 0 && oldRows === 0) return;
  await syncer.reserve(1_000);
  if (oldRows > 0) clearContents(sheet.getRangeByIndexes(0, DASHBOARD_NOTES_COLUMN, oldRows, 1));
  if (rows.length === 0) return;
  formatColumns(sheet, 0, DASHBOARD_NOTES_COLUMN, rows.length, [TEXT_FORMAT]);
  for (const chunk of chunkRows(safeBlock(rows, ['text']))) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(chunk.start, DASHBOARD_NOTES_COLUMN, chunk.rows.length, 1).values = chunk.rows;
  }
}
