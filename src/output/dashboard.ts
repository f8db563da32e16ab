/**
 * The dashboard Tiers writes on its own sheet, for the add-in and the CLI alike: one small data
 * block per chart (header row first, side by side from row 1), the chart over each block and where
 * it sits. The writers only put this into a workbook: same cells, same charts, same series.
 */
import type { CellValue } from '../domain/model';
import { AGEING_BUCKETS, type PaymentColumns } from '../domain/finance/payment';
import type { CustomerResult, ScoringResult } from '../domain/score';
import type { CustomerColumns } from '../domain/scoring/customerColumns';
import { TIER_NAMES, type TierNames } from '../domain/segments/tiers';
import { tierWord } from './tierWords';
import { FUNNEL_STAGES, funnelSeries, workWord, type Prospect, type WorkWordLanguage } from '../domain/work';
import { ageingLabel, round, TEXT_FORMAT } from './format';
import type { SheetLanguage } from './language';
import { DASHBOARD_WORDS, type ChartWords } from './sheetWords';

/** The customers as objects (scoreCustomers) or as columns (scoreCustomerColumns). */
export type DashboardResult = Pick<ScoringResult, 'tierCounts' | 'whaleCurve' | 'seasonality'> &
  ({ customers: readonly Pick<CustomerResult, 'sales' | 'payment'>[] } | { columns: Pick<CustomerColumns, 'sales' | 'payment'> });

/** Amount owed per ageing bucket over every customer, added in customer order (as the objects' sums are). */
function ageingTotals(payment: PaymentColumns): number[] {
  const buckets = AGEING_BUCKETS.length;
  return AGEING_BUCKETS.map((_, j) => {
    let s = 0;
    if (payment.owedKnown) for (let at = j; at < payment.ageing.length; at += buckets) s += payment.ageing[at] as number;
    return s;
  });
}

export type ChartKind = 'ColumnClustered' | 'Line' | 'BarClustered';

export interface ChartBlock {
  /** The chart's name ("Tiers ..."): found again by it on the next run. */
  chart: string;
  title: string;
  type: ChartKind;
  /** Axis titles (the CLI draws them; Excel's charts keep their defaults). */
  axes: { x: string; y: string };
  /** RRGGBB of the series. */
  color: string;
  /** First column (0-based) of the block on the dashboard sheet; its header is on row 1. */
  column: number;
  headers: [string, string];
  rows: [string, number | null][];
  valueFormat: string;
}

/** Cell corners (0-based, inclusive) of a chart frame. */
export interface ChartPlace {
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/** Space reserved per block; blocks are cleared to this depth before each write. */
export const BLOCK_ROWS = 120;
/** Number formats of a block's two columns. */
export const blockFormats = (block: ChartBlock): [string, string] => [TEXT_FORMAT, block.valueFormat];

const PARETO_BANDS = 50;
const COLORS = { blue: '4472C4', orange: 'ED7D31', green: '70AD47', gold: 'FFC000', grey: '7F7F7F' };

const rounded = (x: number, digits: number): number => round(x, digits) ?? 0;

/**
 * Sales by customer rank, in at most 50 bands of equal customer count (every customer its own
 * band when there are fewer), with the cumulative share of all sales in percent.
 */
export function paretoBands(sales: readonly number[], topShare: (share: number) => string = DASHBOARD_WORDS.en.topShare): { label: string; sales: number; cumulative: number }[] {
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
    const label = bands === sorted.length ? `#${b + 1}` : topShare(rounded(((b + 1) * 100) / bands, 1));
    out.push({ label, sales: rounded(sum, 2), cumulative: total > 0 ? rounded((cumulative / total) * 100, 2) : 0 });
  }
  return out;
}

/** A chart's title, axes and block headers from the sheet's words. */
const worded = (w: ChartWords): Pick<ChartBlock, 'title' | 'axes' | 'headers'> => ({ title: w.title, axes: { x: w.x, y: w.y }, headers: [...w.headers] });

/** The dashboard's blocks, their words in the sheet's language (src/output/sheetWords.ts); tiers as the manager named them (`tierNames`). */
export function dashboardBlocks(result: DashboardResult, language: SheetLanguage = 'en', tierNames: TierNames = {}): ChartBlock[] {
  const words = DASHBOARD_WORDS[language];
  const pareto = paretoBands('columns' in result ? Array.from(result.columns.sales) : result.customers.map((c) => c.sales), words.topShare);
  const ageing = 'columns' in result ? ageingTotals(result.columns.payment) : AGEING_BUCKETS.map((bucket) => result.customers.reduce((s, c) => s + (c.payment.ageing?.[bucket] ?? 0), 0));
  const index = result.seasonality.index;
  return [
    {
      chart: 'Tiers tier distribution',
      ...worded(words.tiers),
      type: 'ColumnClustered',
      color: COLORS.blue,
      column: 0,
      rows: TIER_NAMES.map((t) => [tierWord(t, language, tierNames) ?? t, result.tierCounts[t] ?? 0]),
      valueFormat: '0',
    },
    {
      chart: 'Tiers ABC Pareto sales',
      ...worded(words.paretoSales),
      type: 'ColumnClustered',
      color: COLORS.blue,
      column: 3,
      rows: pareto.map((p) => [p.label, p.sales]),
      valueFormat: '#,##0',
    },
    {
      chart: 'Tiers ABC Pareto cumulative',
      ...worded(words.paretoCumulative),
      type: 'Line',
      color: COLORS.orange,
      column: 6,
      rows: pareto.map((p) => [p.label, p.cumulative]),
      valueFormat: '0.0',
    },
    {
      chart: 'Tiers whale curve',
      ...worded(words.whale),
      type: 'Line',
      color: COLORS.green,
      column: 9,
      rows: result.whaleCurve.points.map((p) => [String(rounded(p.customerShare, 1)), rounded(p.profitShare, 2)]),
      valueFormat: '0.0',
    },
    {
      chart: 'Tiers seasonal index',
      ...worded(words.seasonal),
      type: 'ColumnClustered',
      color: COLORS.gold,
      column: 12,
      rows: words.months.map((m, k) => [m, index ? rounded(index[k] ?? 0, 1) : null]),
      valueFormat: '0.0',
    },
    {
      chart: 'Tiers payment ageing',
      ...worded(words.ageing),
      type: 'ColumnClustered',
      color: COLORS.grey,
      column: 15,
      rows: AGEING_BUCKETS.map((bucket, k) => [ageingLabel(bucket, language) ?? bucket, rounded(ageing[k] ?? 0, 2)]),
      valueFormat: '#,##0',
    },
  ];
}

/** A block's cells, header row first. */
export function blockRows(block: ChartBlock): CellValue[][] {
  return [[...block.headers], ...block.rows.map((r) => [...r] as CellValue[])];
}

const CHART_COLUMN = 18;
const CHART_ROWS = 18;
const CHART_WIDTH = 8;

/**
 * Where chart `k` of the dashboard sits: one under another in S:Z, right of the data blocks
 * (A-Q) and left of the funnel block (AA-AC), the plan table (AE-AJ) and the notes (AN), so no
 * chart covers a written cell (docs/plans.md, "On the dashboard and in the pane").
 */
export function chartPlace(k: number): ChartPlace {
  return { fromRow: k * CHART_ROWS, fromColumn: CHART_COLUMN, toRow: k * CHART_ROWS + CHART_ROWS - 2, toColumn: CHART_COLUMN + CHART_WIDTH - 1 };
}

/** The prospect funnel's block and chart, written by the work area on the same sheet. */
export const FUNNEL_CHART = 'Tiers Funnel';
/** Far enough right of the scoring dashboard (column AA), so the two never overlap. */
export const FUNNEL_PLACE = { row: 0, column: 26 } as const;
/** How many charts the scoring dashboard has (`dashboardBlocks`, one per block). */
export const SCORING_CHARTS = 6;
/** Rows of the funnel block: its header and one per stage. */
export const FUNNEL_BLOCK_ROWS = 1 + FUNNEL_STAGES.length;
/**
 * The funnel chart: next to its data, under the funnel block after one blank row, in AA:AD
 * (AA9:AD23): AD is the empty column between the funnel block (AA-AC) and the plan table (from
 * AE), and nothing else is written in AA-AD, so it covers no block and no other chart (the
 * scoring charts are in S:Z). Placed when the chart is created; a chart the user moved or resized
 * stays where the user left it.
 */
export const FUNNEL_CHART_PLACE: ChartPlace = {
  fromRow: FUNNEL_PLACE.row + FUNNEL_BLOCK_ROWS + 1,
  fromColumn: FUNNEL_PLACE.column,
  toRow: FUNNEL_PLACE.row + FUNNEL_BLOCK_ROWS + 1 + 14,
  toColumn: FUNNEL_PLACE.column + 3,
};
/**
 * Where earlier versions put the funnel chart: AE1:AL17 (when created; it covered the plan table
 * that came later) and S109:Z125 (under the scoring charts, far from its data, on every save). A
 * chart whose frame is exactly one of these was placed by Tiers, not by the user, and is moved
 * to FUNNEL_CHART_PLACE.
 */
export const EARLIER_FUNNEL_CHART_PLACES: readonly ChartPlace[] = [{ fromRow: 0, fromColumn: 30, toRow: 16, toColumn: 37 }, chartPlace(SCORING_CHARTS)];
/** The funnel's words in the workbook's language (docs/sheet-language.md). */
export const FUNNEL_HEADERS: Record<WorkWordLanguage, readonly [string, string, string]> = {
  en: ['Funnel stage', 'Reached', 'Open now'],
  'zh-CN': ['漏斗阶段', '曾到达', '当前'],
  'zh-TW': ['漏斗階段', '曾到達', '目前'],
};
export const FUNNEL_TITLE: Record<WorkWordLanguage, string> = { en: 'Prospect funnel', 'zh-CN': '潜在客户漏斗', 'zh-TW': '潛在客戶漏斗' };

export function funnelBlock(prospects: readonly Prospect[], language: WorkWordLanguage): (string | number)[][] {
  const header: (string | number)[] = [...FUNNEL_HEADERS[language]];
  return [header, ...funnelSeries(prospects).map((p) => [workWord(`stage.${p.stage}`, language), p.reached, p.current])];
}
