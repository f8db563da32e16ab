/**
 * The owned "Tiers Dashboard" sheet: chart data in owned ranges (one block per chart, header row
 * first) and native Excel charts named "Tiers ...". A re-run rewrites the data and points each
 * existing chart at it with setData; it adds a chart only when none of that name exists, so
 * charts never stack. seriesBy is always "Columns" (office-js#1830, #2929).
 * The ABC Pareto is two charts (sales columns; cumulative share line): a combo chart needs
 * per-series chartType and a secondary axis, which the simulator does not model.
 */
import type { CellValue } from '../domain/model';
import type { ScoringResult } from '../domain/score';
import { AGEING_BUCKETS } from '../domain/finance/payment';
import { TIER_NAMES } from '../domain/segments/tiers';
import { ensureSheet } from './ensureSheet';
import { DASHBOARD_SHEET } from './ownedSpec';
import { blockBytes } from './payload';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { formatColumns, safeBlock, clearContents, TEXT_FORMAT } from './textSafety';

export type DashboardResult = Pick<ScoringResult, 'customers' | 'tierCounts' | 'whaleCurve' | 'seasonality'>;

type ChartKind = 'ColumnClustered' | 'Line';

export interface ChartBlock {
  chart: string;
  title: string;
  type: ChartKind;
  /** First column of the block on the dashboard sheet. */
  column: number;
  headers: [string, string];
  rows: [string, number | null][];
  valueFormat: string;
}

/** Space reserved per block; blocks are cleared to this depth before each write. */
export const BLOCK_ROWS = 120;
const PARETO_BANDS = 50;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AGEING_LABELS = ['0-30 days', '31-60 days', '61-90 days', 'over 90 days'];

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Sales by customer rank, in at most 50 bands of equal customer count, with cumulative share. */
export function paretoBands(sales: readonly number[]): { label: string; sales: number; cumulative: number }[] {
  const sorted = [...sales].sort((a, b) => b - a);
  const total = sorted.reduce((s, x) => s + x, 0);
  const bands = Math.min(PARETO_BANDS, sorted.length);
  const out: { label: string; sales: number; cumulative: number }[] = [];
  let cumulative = 0;
  for (let b = 0; b < bands; b++) {
    const from = Math.floor((b * sorted.length) / bands);
    const to = Math.floor(((b + 1) * sorted.length) / bands);
    const sum = sorted.slice(from, to).reduce((s, x) => s + x, 0);
    cumulative += sum;
    const label = bands === sorted.length ? `#${b + 1}` : `Top ${round(((b + 1) * 100) / bands, 1)}%`;
    out.push({ label, sales: round(sum, 2), cumulative: total > 0 ? round((cumulative / total) * 100, 2) : 0 });
  }
  return out;
}

export function dashboardBlocks(result: DashboardResult): ChartBlock[] {
  const pareto = paretoBands(result.customers.map((c) => c.sales));
  const ageing = AGEING_BUCKETS.map((bucket) => result.customers.reduce((s, c) => s + (c.payment.ageing?.[bucket] ?? 0), 0));
  const index = result.seasonality.index;
  return [
    { chart: 'Tiers tier distribution', title: 'Customers per tier', type: 'ColumnClustered', column: 0, headers: ['Tier', 'Customers'], rows: TIER_NAMES.map((t) => [t, result.tierCounts[t] ?? 0]), valueFormat: '0' },
    { chart: 'Tiers ABC Pareto sales', title: 'ABC Pareto: sales by customer rank', type: 'ColumnClustered', column: 3, headers: ['Customers', 'Sales'], rows: pareto.map((p) => [p.label, p.sales]), valueFormat: '#,##0' },
    { chart: 'Tiers ABC Pareto cumulative', title: 'ABC Pareto: cumulative share of sales (%)', type: 'Line', column: 6, headers: ['Customers', 'Cumulative %'], rows: pareto.map((p) => [p.label, p.cumulative]), valueFormat: '0.0' },
    { chart: 'Tiers whale curve', title: 'Whale curve: cumulative profit (%)', type: 'Line', column: 9, headers: ['Customers %', 'Profit %'], rows: result.whaleCurve.points.map((p) => [String(round(p.customerShare, 1)), round(p.profitShare, 2)]), valueFormat: '0.0' },
    { chart: 'Tiers seasonal index', title: 'Seasonal index (100 = average month)', type: 'ColumnClustered', column: 12, headers: ['Month', 'Index'], rows: MONTHS.map((m, k) => [m, index ? round(index[k] ?? 0, 1) : null]), valueFormat: '0.0' },
    { chart: 'Tiers payment ageing', title: 'Outstanding by age', type: 'ColumnClustered', column: 15, headers: ['Age', 'Outstanding'], rows: AGEING_LABELS.map((label, k) => [label, round(ageing[k] ?? 0, 2)]), valueFormat: '#,##0' },
  ];
}

/** Excel's default chart name in any display language: a word, a space, a number; never one of ours. */
export function isDefaultChartName(name: string): boolean {
  return !name.startsWith('Tiers ') && /^\p{L}[\p{L} ]*\s\d+$/u.test(name);
}

const CHART_COLUMN = 18;
const CHART_ROWS = 18;

/** `found`: the dashboard sheet and its chart names as looked up while reading. */
export async function writeDashboard(syncer: Syncer, result: DashboardResult, found: OwnedSheetInfo | undefined): Promise<void> {
  const { sheet } = await ensureSheet(syncer, DASHBOARD_SHEET, found?.sheet ?? null);
  const blocks = dashboardBlocks(result);
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
    const rows: CellValue[][] = [[...block.headers], ...block.rows.map((r) => [...r] as CellValue[])];
    await syncer.reserve(blockBytes(rows) + 500);
    const area = sheet.getRangeByIndexes(0, block.column, BLOCK_ROWS, 2);
    formatColumns(sheet, 0, block.column, BLOCK_ROWS, [TEXT_FORMAT, block.valueFormat]);
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
      chart.setPosition(sheet.getCell(k * CHART_ROWS, CHART_COLUMN), sheet.getCell(k * CHART_ROWS + CHART_ROWS - 2, CHART_COLUMN + 7));
    } else {
      chart = sheet.charts.getItem(block.chart);
      chart.setData(source, 'Columns');
    }
    chart.title.text = block.title;
  });
}
