/**
 * The CLI's dashboard: no chart anchor covers a written cell (docs/plans.md, "On the dashboard and
 * in the pane"). The cells and anchors are the ones `buildDashboard` gives the writer, for a run
 * with a distributor's plan (the plan summary from AE) and notes (column AN).
 */
import { buildDashboard } from '../../src/cli/score/dashboard';
import { scoreGrids, type MutableSheet } from '../../src/cli/score/scoreGrids';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue } from '../../src/domain/model';
import { DASHBOARD_NOTES_COLUMN, dashboardNoteRows } from '../../src/output/dashboardNotes';
import { PLAN_DASHBOARD_COLUMN, planDashboardRows } from '../../src/output/planDashboard';

const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

function sheets(): MutableSheet[] {
  const orders: CellValue[][] = [['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', 'Product Line', 'Quantity']];
  // D1 starts in October 2025: a short history (a note); S1 orders all year.
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    if (m >= 10) orders.push([`a${m}`, 'D1', `2025-${mm}-10`, 120, 12, 'Chairs', 12]);
    orders.push([`b${m}`, 'S1', `2025-${mm}-12`, 30, 3, 'Lamps', 3]);
  }
  const customers = [
    ['Customer ID', 'Customer Name', 'Business Type'],
    ['D1', 'Dealer One', 'Distributor'],
    ['S1', 'Shop', 'Store'],
  ];
  return [
    { name: 'Orders', grid: orders },
    { name: 'Customers', grid: customers },
  ];
}

describe("the CLI's dashboard", () => {
  it('places no chart over a written cell of any block', () => {
    const scored = scoreGrids(sheets(), { config: defaultScoringConfig(), asOf: day('2026-01-01'), lenient: false });
    if (!scored.ok) throw new Error(scored.messages.join('\n'));
    const names = new Map(scored.result.columns.ids.map((id, i) => [id, scored.result.columns.names[i] ?? null]));
    const plan = planDashboardRows(scored.studies.plans.progress, names, scored.language).rows;
    const notes = dashboardNoteRows([...scored.result.studyNotices, ...scored.studies.plans.notices], scored.language);
    const dashboard = buildDashboard(scored.result, 'Tiers Dashboard', plan, scored.language, {}, notes);
    const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== '';
    expect(dashboard.rows.filter((r) => filled(r[PLAN_DASHBOARD_COLUMN])).length).toBeGreaterThan(5);
    expect(dashboard.rows.filter((r) => filled(r[DASHBOARD_NOTES_COLUMN])).length).toBeGreaterThan(1);
    expect(dashboard.anchors.length).toBeGreaterThan(0);
    const covered: string[] = [];
    dashboard.anchors.forEach((a, k) => {
      // A two-cell anchor ends at the top-left corner of (toRow, toCol): it covers the cells before it.
      for (let r = a.fromRow; r < a.toRow && r < dashboard.rows.length; r++) {
        for (let c = a.fromCol; c < a.toCol; c++) if (filled(dashboard.rows[r]?.[c])) covered.push(`${dashboard.names[k]} covers row ${r + 1}, column ${c + 1}`);
      }
    });
    expect(covered).toEqual([]);
  });
});
