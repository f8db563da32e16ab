/**
 * Smaller findings of the adapter review: leftover charts named in any language, the funnel chart's
 * place on the dashboard, selecting a cell on a hidden sheet, and the Office theme changing while
 * the pane is open.
 */
import { newProspect } from '../../src/domain/work';
import { officeTheme, watchOfficeTheme } from '../../src/excel/host';
import { selectCell } from '../../src/excel/selection';
import { saveProspectsAndFunnel } from '../../src/excel/work/workActions';
import { expectOk, run, sampleBook } from './helpers';

describe('charts on the owned dashboard', () => {
  it("a chart a run left under Excel's default name is removed whatever the display language", async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const dash = wb.sheetByName('Tiers Dashboard')!;
    const source = { sheetId: dash.id, rect: { r0: 0, c0: 0, r1: 6, c1: 1 } };
    for (const name of ['Chart 7', '图表 3', '圖表 2', 'Diagramm 4', 'Graphique 12']) wb.addChart(dash.id, 'ColumnClustered', source, 'Columns').name = name;
    const before = wb.charts.filter((c) => c.sheetId === dash.id).length;
    expectOk(await run(book, { runId: 'run-2' }));
    const names = wb.charts.filter((c) => c.sheetId === dash.id).map((c) => c.name);
    expect(names).toHaveLength(before - 5);
    expect(names.every((n) => n.startsWith('Tiers '))).toBe(true);
  });

  it('the funnel chart has its own place next to its data, clear of the scoring charts and of the data', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    await saveProspectsAndFunnel([newProspect({ id: 'P-1', company: 'Acme' }, book.asOf)], 'en');
    const wb = book.sim.workbook;
    const dash = wb.sheetByName('Tiers Dashboard')!;
    const charts = wb.charts.filter((c) => c.sheetId === dash.id);
    const funnel = charts.find((c) => c.name === 'Tiers Funnel')!;
    const overlaps = (a: typeof funnel, b: typeof funnel) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
    expect(charts.filter((c) => c !== funnel && overlaps(c, funnel)).map((c) => c.name)).toEqual([]);
    // Next to its data block (AA1:AC7) and clear of it: under it in AA:AD (test/excel/dashboardChartPlaces.test.ts checks every block).
    expect(funnel.left).toBe(wb.cellPosition(dash.id, 0, 26).left);
    expect(funnel.top).toBeGreaterThanOrEqual(wb.cellPosition(dash.id, 7, 26).top);
    expect(funnel.left + funnel.width).toBeLessThanOrEqual(wb.cellPosition(dash.id, 0, 30).left);
  });
});

describe('selecting a problem cell', () => {
  it('on a hidden sheet: nothing is activated, no error, and the caller is told', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    const wb = book.sim.workbook;
    wb.setSheetProps(wb.sheetByName('Orders')!.id, { visibility: 'Hidden' });
    const active = wb.activeSheetId;
    await expect(selectCell('Orders', 'C5')).resolves.toBe(false);
    expect(wb.activeSheetId).toBe(active);
    expect(wb.sheetByName('Orders')!.visibility).toBe('Hidden');
    await expect(selectCell('Customers', 'B3')).resolves.toBe(true);
  });
});

describe('the Office theme', () => {
  it('is followed when it changes while the pane is open', async () => {
    const book = sampleBook({ customers: 5, orders: 20 });
    book.sim.setDarkTheme(false);
    expect(officeTheme().dark).toBe(false);
    const seen: boolean[] = [];
    const stop = watchOfficeTheme((theme) => seen.push(theme.dark), 5);
    book.sim.setDarkTheme(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    book.sim.setDarkTheme(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop();
    expect(seen).toEqual([true, false]);
  });
});
