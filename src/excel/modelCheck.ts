/**
 * The owned "Tiers Model Check" sheet, as the output plan (src/output/modelCheck.ts) lays it out:
 * its cells in columns A-F and a native line chart named "Tiers model check tracking" over the
 * weekly tracking block. A second check clears the old cells and points the chart at the new
 * block with setData (never a second chart); the user's sheets are not touched.
 */
import type { Backtest } from '../domain/clv/predictive/backtest';
import { MODEL_CHECK_CHART, MODEL_CHECK_SHEET, MODEL_CHECK_WIDTH, modelCheckLayout } from '../output/modelCheck';
import type { SheetLanguage } from '../output/language';
import type { Refusal } from '../domain/refusals';
import { structureProtectedRefusal } from '../output/ownedColumns';
import { isDefaultChartName } from './dashboard';
import { runWhileEditing } from './editMode';
import { chunkRows } from './payload';
import { Syncer } from './syncs';
import { clearContents, formatColumns, safeBlock } from './textSafety';

export type ModelCheckWrite = { ok: true } | { ok: false; message: string; refusal?: Refusal };

/** `language`: of the sheet's words (the pane passes its own). */
export async function writeModelCheck(check: Backtest, language: SheetLanguage = 'en'): Promise<ModelCheckWrite> {
  const layout = modelCheckLayout(check, language);
  // Safe to repeat (the sheet is rewritten in place): tried again while a cell is being edited.
  return runWhileEditing(async (context) => {
    const s = new Syncer(context);
    const found = context.workbook.worksheets.getItemOrNullObject(MODEL_CHECK_SHEET);
    const protection = context.workbook.protection.load('protected');
    await s.sync();
    let sheet: Excel.Worksheet;
    let charts: string[] = [];
    let oldRows = 0;
    if (found.isNullObject) {
      if (protection.protected) {
        const { message, ...structure } = structureProtectedRefusal([MODEL_CHECK_SHEET]);
        return { ok: false, message, refusal: structure };
      }
      sheet = context.workbook.worksheets.add(MODEL_CHECK_SHEET);
    } else {
      sheet = found;
      const items = sheet.charts.load('items/name');
      const used = sheet.getUsedRangeOrNullObject(true).load('rowCount,rowIndex');
      await s.sync();
      charts = items.items.map((c) => c.name);
      oldRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    }
    const rowCount = Math.max(layout.rows.length, oldRows);
    await s.reserve(1_000);
    for (const name of charts.filter(isDefaultChartName)) sheet.charts.getItem(name).delete();
    clearContents(sheet.getRangeByIndexes(0, 0, rowCount, MODEL_CHECK_WIDTH));
    formatColumns(sheet, 0, 0, rowCount, layout.formats);
    for (const chunk of chunkRows(safeBlock(layout.rows, layout.kinds))) {
      await s.reserve(chunk.bytes);
      sheet.getRangeByIndexes(chunk.start, 0, chunk.rows.length, MODEL_CHECK_WIDTH).values = chunk.rows;
    }
    await s.reserve(1_000);
    const source = sheet.getRangeByIndexes(layout.tracking.headerRow, 0, layout.tracking.rows + 1, 3);
    let chart: Excel.Chart;
    if (charts.includes(MODEL_CHECK_CHART)) {
      chart = sheet.charts.getItem(MODEL_CHECK_CHART);
      chart.setData(source, 'Columns');
    } else {
      chart = sheet.charts.add('Line', source, 'Columns');
      chart.name = MODEL_CHECK_CHART;
      const p = layout.chart.place;
      chart.setPosition(sheet.getCell(p.fromRow, p.fromColumn), sheet.getCell(p.toRow, p.toColumn));
    }
    chart.title.text = layout.chart.title;
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    await s.flush();
    return { ok: true };
  });
}
