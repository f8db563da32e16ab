/**
 * No chart on the dashboard covers a written cell (docs/plans.md, "On the dashboard and in the
 * pane"): after a run with plans and a saved prospect funnel, every chart's frame is read back
 * from the emulated host (points), turned into its top-left and bottom-right cells with the
 * sheet's column widths and row heights, and checked against every non-empty cell of the sheet:
 * the scoring blocks, the funnel block, the plan table and the notes, whatever they hold.
 */
import { newProspect } from '../../src/domain/work';
import { PLAN_DASHBOARD_COLUMN } from '../../src/output/planDashboard';
import { chartPlace, FUNNEL_BLOCK_ROWS, FUNNEL_PLACE } from '../../src/output/dashboard';
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
    // The funnel chart sits next to its data: under the funnel block (AA1:AC7) after one blank row, in AA:AD.
    const funnel = charts.find((c) => c.name === 'Tiers Funnel')!;
    expect(grid.filter((r) => filled(r[FUNNEL_PLACE.column]))).toHaveLength(FUNNEL_BLOCK_ROWS);
    expect(funnel).toEqual({ name: 'Tiers Funnel', fromRow: FUNNEL_BLOCK_ROWS + 1, fromColumn: FUNNEL_PLACE.column, toRow: FUNNEL_BLOCK_ROWS + 15, toColumn: FUNNEL_PLACE.column + 3 });
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

  /** Puts the funnel chart's frame over the cells (0-based, inclusive), as a drag or an earlier version would. */
  function moveFunnel(book: Book, fromRow: number, fromColumn: number, toRow: number, toColumn: number) {
    const wb = book.sim.workbook;
    const dash = wb.sheetByName('Tiers Dashboard')!;
    const funnel = wb.charts.find((c) => c.sheetId === dash.id && c.name === 'Tiers Funnel')!;
    const from = wb.cellPosition(dash.id, fromRow, fromColumn);
    const to = wb.cellPosition(dash.id, toRow + 1, toColumn + 1);
    Object.assign(funnel, { top: from.top, left: from.left, width: to.left - from.left, height: to.top - from.top });
  }
  const funnelCells = (book: Book) => chartCells(book, 'Tiers Dashboard').find((c) => c.name === 'Tiers Funnel');
  const besideItsData = { name: 'Tiers Funnel', fromRow: FUNNEL_BLOCK_ROWS + 1, fromColumn: FUNNEL_PLACE.column, toRow: FUNNEL_BLOCK_ROWS + 15, toColumn: FUNNEL_PLACE.column + 3 };

  it('a funnel chart where an earlier version put it (AE1:AL17 over the plan table, S109:Z125 under the scoring charts) moves next to its data on the next save', async () => {
    const book = sampleBook({ customers: 60, orders: 900 });
    expectOk(await run(book));
    await saveProspectsAndFunnel([newProspect({ id: 'P-1', company: 'Acme' }, book.asOf)], 'en');
    expect(funnelCells(book)).toEqual(besideItsData);
    moveFunnel(book, 0, PLAN_DASHBOARD_COLUMN, 16, PLAN_DASHBOARD_COLUMN + 7);
    expect(coveredCells(book).length).toBeGreaterThan(0);
    await saveProspectsAndFunnel([newProspect({ id: 'P-2', company: 'Beta' }, book.asOf)], 'en');
    expect(coveredCells(book)).toEqual([]);
    expect(funnelCells(book)).toEqual(besideItsData);
    const under = chartPlace(6);
    expect(under).toEqual({ fromRow: 108, fromColumn: 18, toRow: 124, toColumn: 25 });
    moveFunnel(book, under.fromRow, under.fromColumn, under.toRow, under.toColumn);
    await saveProspectsAndFunnel([newProspect({ id: 'P-3', company: 'Gamma' }, book.asOf)], 'en');
    expect(funnelCells(book)).toEqual(besideItsData);
  });

  it('a funnel chart the user moved or resized stays where the user left it, through saves and re-runs', async () => {
    const book = sampleBook({ customers: 60, orders: 900 });
    expectOk(await run(book));
    await saveProspectsAndFunnel([newProspect({ id: 'P-1', company: 'Acme' }, book.asOf)], 'en');
    const wb = book.sim.workbook;
    const funnel = () => wb.charts.find((c) => c.name === 'Tiers Funnel')!;
    // Moved to S130:Z150 (below everything), then, another time, only made wider.
    moveFunnel(book, 129, 18, 149, 25);
    const moved = { top: funnel().top, left: funnel().left, width: funnel().width, height: funnel().height };
    await saveProspectsAndFunnel([newProspect({ id: 'P-2', company: 'Beta' }, book.asOf)], 'zh-CN');
    expectOk(await run(book, { runId: 'run-2' }));
    expect({ top: funnel().top, left: funnel().left, width: funnel().width, height: funnel().height }).toEqual(moved);
    expect(wb.charts.filter((c) => c.name === 'Tiers Funnel')).toHaveLength(1);
    expect(funnel().title).toBe('潜在客户漏斗');
    moveFunnel(book, besideItsData.fromRow, besideItsData.fromColumn, besideItsData.toRow, besideItsData.toColumn);
    funnel().width += 30;
    const wider = funnel().width;
    await saveProspectsAndFunnel([newProspect({ id: 'P-3', company: 'Gamma' }, book.asOf)], 'en');
    expect(funnel().width).toBe(wider);
  });
});
