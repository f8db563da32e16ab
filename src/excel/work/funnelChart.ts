/**
 * The prospect funnel as a native Excel bar chart on the dashboard sheet: the block the output
 * plan lays out (stage, reached, open now) and the chart "Tiers Funnel" over it, replaced in place
 * on each run, its words in the workbook's language (docs/sheet-language.md).
 */
import type { Prospect, WorkWordLanguage } from '../../domain/work';
import { FUNNEL_CHART, FUNNEL_PLACE, FUNNEL_TITLE, funnelBlock } from '../../output/dashboard';
import { DASHBOARD_SHEET } from '../../output/sheets';

/** The chart's own place right of its data (AE1:AL17), clear of the scoring charts in S:Z. */
const CHART_TOP_ROW = FUNNEL_PLACE.row;
const CHART_LEFT_COLUMN = FUNNEL_PLACE.column + 4;

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
  // Its own place right of its data (AE1:AL17), clear of the scoring charts in S:Z.
  if (existing.isNullObject) chart.setPosition(sheet.getCell(CHART_TOP_ROW, CHART_LEFT_COLUMN), sheet.getCell(CHART_TOP_ROW + 16, CHART_LEFT_COLUMN + 7));
  if (!existing.isNullObject) chart.setData(data, 'Columns');
  chart.name = FUNNEL_CHART;
  chart.title.text = FUNNEL_TITLE[language];
  await context.sync();
}
