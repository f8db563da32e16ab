/**
 * No chart on the dashboard covers a written cell (docs/plans.md, "On the dashboard and in the
 * pane"): after a run with plans and a saved prospect funnel, every chart's frame is read back
 * from the emulated host (points), turned into its top-left and bottom-right cells with the
 * sheet's column widths and row heights, and checked against every non-empty cell of the sheet:
 * the scoring blocks, the funnel block, the plan table and the notes, whatever they hold.
 */
import { newProspect } from '../../src/domain/work';
import { PLAN_DASHBOARD_COLUMN } from '../../src/output/planDashboard';
import { FUNNEL_PLACE } from '../../src/output/dashboard';
import { saveProspectsAndFunnel } from '../../src/excel/work/workActions';
import { expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

interface CellBox {
  name: string;
  fromRow: number;
  fromColumn: number;
  toRow: number;
  toColumn: number;
}

/** The cells a chart frame covers: the last row/column starting at or before each edge. */
function chartCells(book: Book, sheetName: string): CellBox[] {
  const wb = book.sim.workbook;
  const sheet = wb.sheetByName(sheetName)!;
  const lastColumnAt = (x: number, strict: boolean) => {
    let c = 0;
    while ((strict ? wb.cellPosition(sheet.id, 0, c + 1).left < x : wb.cellPosition(sheet.id, 0, c + 1).left <= x) && c < 16_384) c++;
    return c;
  };
  const lastRowAt = (y: number, strict: boolean) => {
    let r = 0;
    while ((strict ? wb.cellPosition(sheet.id, r + 1, 0).top < y : wb.cellPosition(sheet.id, r + 1, 0).top <= y) && r < 1_048_576) r++;
    return r;
  };
  return wb.charts
    .filter((c) => c.sheetId === sheet.id)
    .map((c) => ({
      name: c.name,
      fromRow: lastRowAt(c.top, false),
      fromColumn: lastColumnAt(c.left, false),
      toRow: lastRowAt(c.top + c.height, true),
      toColumn: lastColumnAt(c.left + c.width, true),
    }));
}

const filled = (v: unknown) => v !== null && v !== undefined && v !== '';

function coveredCells(book: Book): string[] {
  const grid = sheetValues(book, 'Tiers Dashboard');
  const out: string[] = [];
  for (const box of chartCells(book, 'Tiers Dashboard')) {
    for (let r = box.fromRow; r <= box.toRow && r < grid.length; r++) {
      for (let c = box.fromColumn; c <= box.toColumn; c++) if (filled(grid[r]?.[c])) out.push(`${box.name} covers row ${r + 1}, column ${c + 1}`);
    }
  }
  return out;
}

describe('charts on the dashboard sheet', () => {
  it('cover no written cell of any block, after a run with plans and a funnel, and after a re-run', async () => {
    const book = sampleBook({ customers: 60, orders: 900 });
    expectOk(await run(book));
    await saveProspectsAndFunnel([newProspect({ id: 'P-1', company: 'Acme' }, book.asOf), newProspect({ id: 'P-2', company: 'Beta' }, book.asOf)], 'en');
    expectOk(await run(book, { runId: 'run-2' }));
    const grid = sheetValues(book, 'Tiers Dashboard');
    // The blocks the check is about are there: the plan table from AE, the funnel block from AA.
    expect(grid.filter((r) => filled(r[PLAN_DASHBOARD_COLUMN])).length).toBeGreaterThan(5);
    expect(grid.filter((r) => filled(r[FUNNEL_PLACE.column])).length).toBeGreaterThan(2);
    const charts = chartCells(book, 'Tiers Dashboard');
    expect(charts.map((c) => c.name)).toContain('Tiers Funnel');
    expect(charts.length).toBeGreaterThanOrEqual(7);
    expect(coveredCells(book)).toEqual([]);
    // Nor does any chart cover another.
    const overlap = (a: CellBox, b: CellBox) => a.fromRow <= b.toRow && b.fromRow <= a.toRow && a.fromColumn <= b.toColumn && b.fromColumn <= a.toColumn;
    expect(
      charts.flatMap((a, i) =>
        charts
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.name} / ${b.name}`),
      ),
    ).toEqual([]);
  });

  it('a funnel chart an earlier version put over the plan table (AE1:AL17) moves off it on the next save', async () => {
    const book = sampleBook({ customers: 60, orders: 900 });
    expectOk(await run(book));
    await saveProspectsAndFunnel([newProspect({ id: 'P-1', company: 'Acme' }, book.asOf)], 'en');
    const wb = book.sim.workbook;
    const dash = wb.sheetByName('Tiers Dashboard')!;
    const funnel = wb.charts.find((c) => c.sheetId === dash.id && c.name === 'Tiers Funnel')!;
    const from = wb.cellPosition(dash.id, 0, PLAN_DASHBOARD_COLUMN);
    const to = wb.cellPosition(dash.id, 17, PLAN_DASHBOARD_COLUMN + 8);
    Object.assign(funnel, { top: from.top, left: from.left, width: to.left - from.left, height: to.top - from.top });
    expect(coveredCells(book).length).toBeGreaterThan(0);
    await saveProspectsAndFunnel([newProspect({ id: 'P-2', company: 'Beta' }, book.asOf)], 'en');
    expect(coveredCells(book)).toEqual([]);
  });
});
