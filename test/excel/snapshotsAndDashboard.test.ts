import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso, isoFromDay } from '../../src/domain/dates';
import { paretoBands } from '../../src/output/dashboard';
import { planSnapshotWrite, previousSnapshot, type SnapshotRow } from '../../src/output/snapshots';
import { columnOf, expectOk, run, sampleBook, sheetValues, workbookState } from './helpers';

const row = (asOf: string, customerId: string, tier = 'Gold'): SnapshotRow => ({ runId: 'r', asOf, customerId, score: 50, tier });

describe('snapshots (pure)', () => {
  it('previous = the latest date strictly before as-of', () => {
    const rows = [row('2025-01-01', 'a', 'Iron'), row('2025-02-01', 'a', 'Gold'), row('2025-03-01', 'a', 'Lead')];
    expect(previousSnapshot(rows, '2025-03-01')).toEqual([{ customerId: 'a', score: 50, tier: 'Gold' }]);
    expect(previousSnapshot(rows, '2025-01-01')).toEqual([]);
  });

  it('replaces the as-of date rows, rewriting only the tail', () => {
    const existing = [row('2025-01-01', 'a'), row('2025-02-01', 'a'), row('2025-02-01', 'b')];
    const plan = planSnapshotWrite(existing, [row('2025-02-01', 'c')], '2025-02-01');
    expect(plan).toEqual({ start: 1, rows: [row('2025-02-01', 'c')], clearTo: 3 });
    expect(planSnapshotWrite(existing, [row('2025-03-01', 'a')], '2025-03-01')).toEqual({ start: 3, rows: [row('2025-03-01', 'a')], clearTo: 4 });
  });
});

describe('snapshots through runs', () => {
  it('same as-of replaces, a later as-of appends, and tier movement reads the previous snapshot', async () => {
    const book = sampleBook({ customers: 12, orders: 150 });
    const first = expectOk(await run(book));
    const n = first.customers;
    expect(sheetValues(book, 'Tiers Snapshots')).toHaveLength(n + 1);
    expectOk(await run(book));
    expect(sheetValues(book, 'Tiers Snapshots')).toHaveLength(n + 1);
    const changeCol = columnOf(book, 'Customers', 'Tiers tier change');
    expect(
      sheetValues(book, 'Customers')
        .slice(1)
        .every((r) => r[changeCol] === null),
    ).toBe(true);
    // A date set 30 days on (left blank, a history whose last order is a month old would be scored as of the day after it).
    const later = expectOk(await run(book, { asOf: book.asOf + 30, runId: 'run-2', config: { ...defaultScoringConfig(), asOf: isoFromDay(book.asOf + 30) } }));
    const snap = sheetValues(book, 'Tiers Snapshots');
    expect(snap).toHaveLength(2 * n + 1);
    expect(new Set(snap.slice(1).map((r) => r[1]))).toEqual(new Set([first.asOf, later.asOf]));
    expect(dayFromIso(later.asOf) - dayFromIso(first.asOf)).toBe(30);
    const changes = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => r[changeCol]);
    expect(changes.every((c) => ['up', 'down', 'same', 'new'].includes(String(c)))).toBe(true);
  });
});

describe('dashboard', () => {
  it('pareto bands add up to the total and end at 100 %', () => {
    const bands = paretoBands(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(bands).toHaveLength(50);
    expect(bands[bands.length - 1]!.cumulative).toBe(100);
    expect(bands.reduce((s, b) => s + b.sales, 0)).toBe(20100);
    expect(bands[0]!.sales).toBeGreaterThan(bands[49]!.sales);
  });

  it('native charts named "Tiers ...", seriesBy Columns, over owned ranges; a re-run updates them without duplicates', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const dash = wb.sheetByName('Tiers Dashboard')!;
    const charts = wb.charts.filter((c) => c.sheetId === dash.id);
    expect(charts.map((c) => c.name).sort()).toEqual([
      'Tiers ABC Pareto cumulative',
      'Tiers ABC Pareto sales',
      'Tiers payment ageing',
      'Tiers seasonal index',
      'Tiers tier distribution',
      'Tiers whale curve',
    ]);
    expect(charts.every((c) => c.seriesBy === 'Columns' && c.source?.sheetId === dash.id)).toBe(true);
    const tierChart = charts.find((c) => c.name === 'Tiers tier distribution')!;
    const counts = () =>
      sheetValues(book, 'Tiers Dashboard')
        .slice(1, 7)
        .map((r) => r[1]);
    // 7 of the 20 sample customers have no orders: not rated, so in no tier (docs/scoring.md, "Coverage").
    expect((counts() as number[]).reduce((a, b) => a + b, 0)).toBe(13);
    const before = counts();
    // Damage the chart data; the re-run rewrites it and re-points the same charts (setData).
    wb.writeValues(dash.id, 1, 1, [[999], [999]]);
    wb.writeValues(dash.id, 50, 0, [['left over'], ['rows']]);
    expectOk(await run(book, { asOf: book.asOf + 1 }));
    expect(counts()).toEqual(before);
    expect(sheetValues(book, 'Tiers Dashboard')[50]?.[0] ?? null).toBeNull();
    expect(wb.charts.filter((c) => c.sheetId === dash.id)).toHaveLength(6);
    expect(wb.charts.find((c) => c.name === 'Tiers tier distribution')!.id).toBe(tierChart.id);
  });

  it('keeps the owned columns outside a customer table, leaving the table as it was', async () => {
    const book = sampleBook({ customers: 12, orders: 120, tables: true });
    expect(book.sim.workbook.autoExpandTables).toBe(true);
    const table = book.sim.workbook.tables[0]!;
    const rect = { ...table.rect };
    expectOk(await run(book));
    const first = workbookState(book, ['Tiers.runState']);
    expectOk(await run(book));
    expect(book.sim.workbook.tables).toHaveLength(1);
    // Excel takes an entry right beside a table into it: the column beside the table stays empty.
    expect(book.sim.workbook.tables[0]!.rect).toEqual(rect);
    expect(columnOf(book, 'Customers', 'Tiers score')).toBe(rect.c1 + 2);
    expect(sheetValues(book, 'Customers').every((row) => (row[rect.c1 + 1] ?? null) === null)).toBe(true);
    expect(workbookState(book, ['Tiers.runState'])).toEqual(first);
  });

  it('owned columns a user took into the customer table are found again and written in place', async () => {
    const book = sampleBook({ customers: 12, orders: 120, tables: true });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const table = wb.tables[0]!;
    const last = sheetValues(book, 'Customers')[0]!.length - 1;
    // The user resizes the table over the owned columns (Table Design > Resize Table).
    wb.mutate('objects', table.sheetId, () => {
      for (let c = table.rect.c1 + 1; c <= last; c++) table.columnIds.push(table.nextColumnId++);
      table.rect = { ...table.rect, c1: last };
    });
    const first = workbookState(book, ['Tiers.runState']);
    const score = columnOf(book, 'Customers', 'Tiers score');
    expectOk(await run(book));
    expect(columnOf(book, 'Customers', 'Tiers score')).toBe(score);
    expect(sheetValues(book, 'Customers')[0]!.length - 1).toBe(last);
    expect(wb.tables[0]!.rect.c1).toBe(last);
    expect(workbookState(book, ['Tiers.runState'])).toEqual(first);
  });

  it('suspends screen updating once per run and never calculation (office-js#545, #2734; see syncs.ts)', async () => {
    const book = sampleBook({ customers: 12, orders: 120 });
    expectOk(await run(book));
    const { stats } = book.sim;
    expect(stats.suspendCalculationCalls).toBe(0);
    expect(stats.suspendScreenUpdatingCalls).toBe(1);
  });
});
