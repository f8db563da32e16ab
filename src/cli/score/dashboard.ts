/**
 * The dashboard sheet: small data tables (column A-C) that the native charts beside them read:
 * tier distribution, ABC Pareto, whale curve, seasonal index and payment ageing.
 */
import { isoFromDay } from '../../domain/dates';
import type { ScoringResult } from '../../domain/score';
import { TIER_NAMES } from '../../domain/segments/tiers';
import type { ChartSpec } from '../xlsx/chartParts';
import type { Anchor } from '../xlsx/drawingParts';
import type { OutValue } from '../xlsx/sheetXml';
import { absoluteRange } from '../xlsx/xmlText';
import { ageingLabel, round } from '../ownedColumns';

export interface Dashboard {
  rows: OutValue[][];
  charts: ChartSpec[];
  anchors: Anchor[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PARETO_GROUPS = 20;
const COLORS = { blue: '4472C4', orange: 'ED7D31', green: '70AD47', gold: 'FFC000', grey: '7F7F7F' };

/** Sales by customer-rank group (top 5%, next 5% ...), with the cumulative share of all sales. */
export function paretoGroups(sales: readonly number[]): { labels: string[]; sales: number[]; cumulative: number[] } {
  const ranked = [...sales].filter((s) => Number.isFinite(s)).sort((a, b) => b - a);
  const n = ranked.length;
  const groups = Math.min(PARETO_GROUPS, n);
  const total = ranked.reduce((a, b) => a + b, 0);
  const labels: string[] = [];
  const groupSales: number[] = [];
  const cumulative: number[] = [];
  let running = 0;
  for (let g = 0; g < groups; g++) {
    const from = Math.round((g * n) / groups);
    const to = Math.round(((g + 1) * n) / groups);
    const sum = ranked.slice(from, to).reduce((a, b) => a + b, 0);
    running += sum;
    labels.push(n <= PARETO_GROUPS ? `#${g + 1}` : `${Math.round((100 * g) / groups)}-${Math.round((100 * (g + 1)) / groups)}%`);
    groupSales.push(round(sum, 2) ?? 0);
    cumulative.push(total === 0 ? 0 : (round(running / total, 4) ?? 0));
  }
  return { labels, sales: groupSales, cumulative };
}

interface Table {
  title: string;
  headers: string[];
  columns: OutValue[][]; // column-major
}

/** Lays tables out one under another from row 3; returns where each table's data starts (1-based). */
function layTables(heading: string, tables: readonly Table[]): { rows: OutValue[][]; dataStart: number[] } {
  const rows: OutValue[][] = [[heading], []];
  const dataStart: number[] = [];
  for (const t of tables) {
    rows.push([t.title]);
    rows.push(t.headers);
    dataStart.push(rows.length + 1);
    const length = Math.max(0, ...t.columns.map((c) => c.length));
    for (let i = 0; i < length; i++) rows.push(t.columns.map((c) => c[i] ?? null));
    rows.push([]);
  }
  return { rows, dataStart };
}

function anchorAt(i: number): Anchor {
  const col = 5 + (i % 2) * 9;
  const row = 2 + Math.floor(i / 2) * 22;
  return { fromCol: col, fromRow: row, toCol: col + 8, toRow: row + 20 };
}

export function buildDashboard(result: ScoringResult, sheet: string): Dashboard {
  const tierCounts = TIER_NAMES.map((t) => result.tierCounts[t] ?? 0);
  const pareto = paretoGroups(result.customers.map((c) => c.sales));
  const whale = result.whaleCurve.points;
  const season = result.seasonality.index;
  const ageing = { b0_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 };
  for (const c of result.customers) {
    const a = c.payment.ageing;
    if (a) for (const key of Object.keys(ageing) as (keyof typeof ageing)[]) ageing[key] += a[key];
  }
  const ageingKeys = Object.keys(ageing) as (keyof typeof ageing)[];
  const tables: Table[] = [
    { title: 'Tier distribution', headers: ['Tier', 'Customers'], columns: [[...TIER_NAMES], tierCounts] },
    { title: 'ABC Pareto (customers ranked by sales)', headers: ['Customer rank', 'Sales', 'Cumulative share'], columns: [pareto.labels, pareto.sales, pareto.cumulative] },
    {
      title: 'Whale curve (customers ranked by profit)',
      headers: ['Share of customers', 'Cumulative share of profit'],
      columns: [whale.map((p) => round(p.customerShare / 100, 4)), whale.map((p) => round(p.profitShare / 100, 4))],
    },
    { title: 'Seasonal index (100 = average month)', headers: ['Month', 'Index'], columns: [MONTHS, season ? season.map((v) => round(v, 1)) : []] },
    { title: 'Payment ageing (outstanding)', headers: ['Bucket', 'Outstanding'], columns: [ageingKeys.map((k) => ageingLabel(k)), ageingKeys.map((k) => round(ageing[k], 2))] },
  ];
  const { rows, dataStart } = layTables(`Tiers dashboard, as of ${isoFromDay(result.asOf)}: ${result.customers.length} customers`, tables);
  const range = (table: number, column: number, length: number): string => {
    const first = dataStart[table] as number;
    return absoluteRange(sheet, column, first, first + Math.max(1, length) - 1);
  };
  const charts: ChartSpec[] = [
    {
      kind: 'column',
      title: 'Tier distribution',
      axes: { x: 'Tier', y: 'Customers' },
      categories: { ref: range(0, 1, 6), labels: [...TIER_NAMES] },
      series: [{ name: 'Customers', ref: range(0, 2, 6), values: tierCounts, color: COLORS.blue }],
    },
    {
      kind: 'pareto',
      title: 'ABC Pareto: sales by customer rank',
      axes: { x: 'Customers ranked by sales', y: 'Sales', y2: 'Cumulative share' },
      categories: { ref: range(1, 1, pareto.labels.length), labels: pareto.labels },
      bars: { name: 'Sales', ref: range(1, 2, pareto.labels.length), values: pareto.sales, color: COLORS.blue },
      cumulative: { name: 'Cumulative share', ref: range(1, 3, pareto.labels.length), values: pareto.cumulative, color: COLORS.orange },
    },
    {
      kind: 'scatter',
      title: 'Whale curve: cumulative profit',
      axes: { x: 'Share of customers (ranked by profit)', y: 'Cumulative share of profit' },
      x: { ref: range(2, 1, whale.length), values: whale.map((p) => p.customerShare / 100) },
      series: [{ name: 'Cumulative profit', ref: range(2, 2, whale.length), values: whale.map((p) => p.profitShare / 100), color: COLORS.green }],
      xFormat: '0%',
      yFormat: '0%',
    },
    {
      kind: 'line',
      title: 'Seasonal index',
      axes: { x: 'Month', y: 'Index (100 = average)' },
      categories: { ref: range(3, 1, 12), labels: MONTHS },
      series: [{ name: 'Seasonal index', ref: range(3, 2, 12), values: season ?? [], color: COLORS.gold }],
    },
    {
      kind: 'column',
      title: 'Payment ageing',
      axes: { x: 'Days past due', y: 'Outstanding' },
      categories: { ref: range(4, 1, 4), labels: ageingKeys.map((k) => ageingLabel(k) ?? k) },
      series: [{ name: 'Outstanding', ref: range(4, 2, 4), values: ageingKeys.map((k) => ageing[k]), color: COLORS.grey }],
      valueFormat: '#,##0',
    },
  ];
  return { rows, charts, anchors: charts.map((_, i) => anchorAt(i)) };
}
