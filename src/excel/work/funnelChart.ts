/**
 * The prospect funnel as a native Excel bar chart on the dashboard sheet: the block the output
 * plan lays out (stage, reached, open now) and the chart "Tiers Funnel" over it, replaced in place
 * on each run, its words in the workbook's language (docs/sheet-language.md).
 */
import type { Prospect, WorkWordLanguage } from '../../domain/work';
import { FUNNEL_CHART, FUNNEL_CHART_PLACE, FUNNEL_PLACE, FUNNEL_TITLE, funnelBlock } from '../../output/dashboard';
import { DASHBOARD_SHEET } from '../../output/sheets';

export async function writeFunnelChart(context: Excel.RequestContext, prospects: readonly Prospect[], language: WorkWordLanguage = 'en'): Promise<void> {
  const found = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  await context.sync();
  const sheet = found.isNullObject ? context.workbook.worksheets.add(DASHBOARD_SHEET) : found;
  const block = funnelBlock(prospects, language);
  const data = sheet.getRangeByIndexes(FUNNEL_PLACE.row, FUNNEL_PLACE.column, block.length, 3);
  data.getColumn(0).numberFormat = block.map(() => ['@']);
  data.values = block;
  const existing = sheet.charts.getItemOrNullObject(FUNNEL_CHART);
  await context.sync();
  // "Columns" explicitly: "Auto" reads ranges differently on the web (office-js#1830).
  const chart = existing.isNullObject ? sheet.charts.add('BarClustered', data, 'Columns') : existing;
  // Under the scoring charts (src/output/dashboard.ts FUNNEL_CHART_PLACE), over no written block.
  // Placed on every save, so a chart an earlier version put over the plan table (AE1:AL17) moves.
  const p = FUNNEL_CHART_PLACE;
  chart.setPosition(sheet.getCell(p.fromRow, p.fromColumn), sheet.getCell(p.toRow, p.toColumn));
  if (!existing.isNullObject) chart.setData(data, 'Columns');
  chart.name = FUNNEL_CHART;
  chart.title.text = FUNNEL_TITLE[language];
  await context.sync();
}
