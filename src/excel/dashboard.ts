/**
 * The owned "Tiers Dashboard" sheet, as the output plan (src/output/dashboard.ts) lays it out:
 * chart data in owned ranges and native Excel charts named "Tiers ...". A re-run rewrites the data
 * and points each existing chart at it with setData; it adds a chart only when none of that name
 * exists, so charts never stack. seriesBy is always "Columns" (office-js#1830, #2929).
 */
import type { TierNames } from '../domain/segments/tiers';
import { blockFormats, blockRows, BLOCK_ROWS, chartPlace, dashboardBlocks, type DashboardResult } from '../output/dashboard';
import type { SheetLanguage } from '../output/language';
import { DASHBOARD_SHEET } from '../output/sheets';
import { ensureSheet } from './ensureSheet';
import { blockBytes } from './payload';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { formatColumns, safeBlock, clearContents } from './textSafety';

export type { DashboardResult };

/** Excel's default chart name in any display language: a word, a space, a number; never one of ours. */
export function isDefaultChartName(name: string): boolean {
  return !name.startsWith('Tiers ') && /^\p{L}[\p{L} ]*\s\d+$/u.test(name);
}

/** `found`: the dashboard sheet and its chart names as looked up while reading. */
/** Returns the dashboard sheet, for the blocks written after it in the same run (no second lookup). */
export async function writeDashboard(syncer: Syncer, result: DashboardResult, found: OwnedSheetInfo | undefined, language: SheetLanguage = 'en', tierNames: TierNames = {}): Promise<Excel.Worksheet> {
  const { sheet } = await ensureSheet(syncer, DASHBOARD_SHEET, found?.sheet ?? null);
  const blocks = dashboardBlocks(result, language, tierNames);
  const chartNames = new Set(found?.chartNames ?? []);
  // A run interrupted between charts.add and naming the chart leaves Excel's default name behind,
  // in the display language ("Chart 3", "图表 3", "Diagramm 3"): such orphans on our own sheet are
  // removed so re-runs never stack charts.
  const orphans = [...chartNames].filter(isDefaultChartName);
  if (orphans.length > 0) {
    await syncer.reserve(orphans.length * 100);
    for (const name of orphans) sheet.charts.getItem(name).delete();
  }
  for (const block of blocks) {
    const rows = blockRows(block);
    await syncer.reserve(blockBytes(rows) + 500);
    const area = sheet.getRangeByIndexes(0, block.column, BLOCK_ROWS, 2);
    formatColumns(sheet, 0, block.column, BLOCK_ROWS, blockFormats(block));
    clearContents(area);
    sheet.getRangeByIndexes(0, block.column, rows.length, 2).values = safeBlock(rows, ['text', 'number']);
  }
  await syncer.reserve(blocks.length * 600);
  blocks.forEach((block, k) => {
    const source = sheet.getRangeByIndexes(0, block.column, block.rows.length + 1, 2);
    let chart: Excel.Chart;
    if (!chartNames.has(block.chart)) {
      chart = sheet.charts.add(block.type, source, 'Columns');
      chart.name = block.chart;
      const place = chartPlace(k);
      chart.setPosition(sheet.getCell(place.fromRow, place.fromColumn), sheet.getCell(place.toRow, place.toColumn));
    } else {
      chart = sheet.charts.getItem(block.chart);
      chart.setData(source, 'Columns');
    }
    chart.title.text = block.title;
  });
  return sheet;
}
