/**
 * The dashboard of the output plan (src/output/dashboard.ts) as package parts: the blocks' cells
 * and one DrawingML chart per block, where the add-in puts its native charts.
 */
import type { CellValue } from '../../domain/model';
import { absoluteRange } from '../../output/address';
import type { TierNames } from '../../domain/segments/tiers';
import { DASHBOARD_NOTES_COLUMN } from '../../output/dashboardNotes';
import { blockRows, chartPlace, dashboardBlocks, type ChartBlock, type DashboardResult } from '../../output/dashboard';
import type { SheetLanguage } from '../../output/language';
import { PLAN_DASHBOARD_COLUMN } from '../../output/planDashboard';
import type { ChartSpec } from '../xlsx/chartParts';
import type { Anchor } from '../xlsx/drawingParts';

export interface Dashboard {
  rows: CellValue[][];
  charts: ChartSpec[];
  /** Chart names ("Tiers ..."), as the add-in names its charts. */
  names: string[];
  anchors: Anchor[];
}

function chartOf(block: ChartBlock, sheet: string): ChartSpec {
  const last = Math.max(1, block.rows.length);
  const categories = { ref: absoluteRange(sheet, block.column, 1, last), labels: block.rows.map((r) => r[0]) };
  const series = [{ name: block.headers[1], ref: absoluteRange(sheet, block.column + 1, 1, last), values: block.rows.map((r) => r[1] ?? NaN), color: block.color }];
  const common = { title: block.title, axes: block.axes, categories, series, valueFormat: block.valueFormat };
  return block.type === 'Line' ? { kind: 'line', ...common } : { kind: 'column', ...common };
}

/** `planRows`: actual against plan (src/output/planDashboard.ts), placed at its column; none without plans. */
/** `noteRows`: the studies' notes (src/output/dashboardNotes.ts), placed at their column. */
export function buildDashboard(
  result: DashboardResult,
  sheet: string,
  planRows: readonly (readonly CellValue[])[] = [],
  language: SheetLanguage = 'en',
  tierNames: TierNames = {},
  noteRows: readonly (readonly CellValue[])[] = [],
): Dashboard {
  const blocks = dashboardBlocks(result, language, tierNames);
  const rows: CellValue[][] = [];
  for (const block of blocks) {
    blockRows(block).forEach((cells, r) => {
      const row = (rows[r] ??= []);
      cells.forEach((v, c) => (row[block.column + c] = v));
    });
  }
  planRows.forEach((cells, r) => {
    const row = (rows[r] ??= []);
    cells.forEach((v, c) => (row[PLAN_DASHBOARD_COLUMN + c] = v));
  });
  noteRows.forEach((cells, r) => {
    const row = (rows[r] ??= []);
    cells.forEach((v, c) => (row[DASHBOARD_NOTES_COLUMN + c] = v));
  });
  const filled = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  const anchors = blocks.map((_, k) => {
    const p = chartPlace(k);
    return { fromCol: p.fromColumn, fromRow: p.fromRow, toCol: p.toColumn + 1, toRow: p.toRow + 1 };
  });
  return { rows: filled, charts: blocks.map((b) => chartOf(b, sheet)), names: blocks.map((b) => b.chart), anchors };
}
