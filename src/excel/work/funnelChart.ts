/**
 * The prospect funnel as a native Excel bar chart on the dashboard sheet: a small data block
 * (stage, reached, open now) and the chart "Tiers Funnel" over it, replaced in place on each run.
 */
import { funnelSeries, type Prospect, type WorkLanguage } from '../../domain/work';
import { DASHBOARD_SHEET, FUNNEL_CHART } from './tableSpecs';

/** Far enough right of what the scoring dashboard writes, so the two never overlap. */
const DATA_ROW = 0;
const DATA_COLUMN = 26; // column AA
const CHART_TOP_ROW = 0;
const CHART_LEFT_COLUMN = 30; // column AE
const CHART_HEADERS: Record<WorkLanguage, [string, string, string]> = {
  en: ['Funnel stage', 'Reached', 'Open now'],
  'zh-CN': ['漏斗阶段', '曾到达', '当前'],
};
const CHART_TITLE: Record<WorkLanguage, string> = { en: 'Prospect funnel', 'zh-CN': '潜在客户漏斗' };

export function funnelBlock(prospects: readonly Prospect[], language: WorkLanguage): (string | number)[][] {
  const header: (string | number)[] = [...CHART_HEADERS[language]];
  return [header, ...funnelSeries(prospects).map((p) => [language === 'zh-CN' ? p.label.zh : p.label.en, p.reached, p.current])];
}

export async function writeFunnelChart(context: Excel.RequestContext, prospects: readonly Prospect[], language: WorkLanguage = 'en'): Promise<void> {
  const found = context.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  await context.sync();
  const sheet = found.isNullObject ? context.workbook.worksheets.add(DASHBOARD_SHEET) : found;
  const block = funnelBlock(prospects, language);
  const data = sheet.getRangeByIndexes(DATA_ROW, DATA_COLUMN, block.length, 3);
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
  chart.title.text = CHART_TITLE[language];
  await context.sync();
}
