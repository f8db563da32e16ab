/**
 * The prospect funnel as a native Excel bar chart on the dashboard sheet: the block the output
 * plan lays out (stage, reached, open now) and the chart "Tiers Funnel" over it, its data and
 * words replaced on each save, in the workbook's language (docs/sheet-language.md).
 */
import type { Prospect, WorkWordLanguage } from '../../domain/work';
import { EARLIER_FUNNEL_CHART_PLACES, FUNNEL_CHART, FUNNEL_CHART_PLACE, FUNNEL_PLACE, FUNNEL_TITLE, funnelBlock, type ChartPlace } from '../../output/dashboard';
import { DASHBOARD_SHEET } from '../../output/sheets';

/** A frame within this many points of a range's edges is that range's: leeway for rounding, far less than a drag moves a chart. */
const SAME_FRAME = 1;

const placeRange = (sheet: Excel.Worksheet, p: ChartPlace): Excel.Range => sheet.getRangeByIndexes(p.fromRow, p.fromColumn, p.toRow - p.fromRow + 1, p.toColumn - p.fromColumn + 1);

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
  const place = (chart: Excel.Chart) =>
    chart.setPosition(sheet.getCell(FUNNEL_CHART_PLACE.fromRow, FUNNEL_CHART_PLACE.fromColumn), sheet.getCell(FUNNEL_CHART_PLACE.toRow, FUNNEL_CHART_PLACE.toColumn));
  let chart: Excel.Chart;
  if (existing.isNullObject) {
    // "Columns" explicitly: "Auto" reads ranges differently on the web (office-js#1830).
    chart = sheet.charts.add('BarClustered', data, 'Columns');
    // Next to its data (src/output/dashboard.ts FUNNEL_CHART_PLACE), over no written block.
    place(chart);
  } else {
    chart = existing;
    chart.setData(data, 'Columns');
    // Found by its name: left where it is (the user may have moved or resized it), unless its frame
    // is exactly where an earlier version put it (Chart.top/left/width/height, Range.top/left/
    // width/height, ExcelApi 1.10), which then moves next to its data.
    chart.load('top, left, width, height');
    const earlier = EARLIER_FUNNEL_CHART_PLACES.map((p) => placeRange(sheet, p).load('top, left, width, height'));
    await context.sync();
    const same = (r: Excel.Range) => [r.top - chart.top, r.left - chart.left, r.width - chart.width, r.height - chart.height].every((d) => Math.abs(d) <= SAME_FRAME);
    if (earlier.some(same)) place(chart);
  }
  chart.name = FUNNEL_CHART;
  chart.title.text = FUNNEL_TITLE[language];
  await context.sync();
}
