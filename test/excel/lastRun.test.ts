/** The last run, rebuilt on open from the snapshot sheet and the data, writing nothing; a data change is counted. */
import { readLastRun } from '../../src/excel/lastRun';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { isoFromDay } from '../../src/domain/dates';
import { snapshotCells } from '../../src/simulator';
import { defaultScoringConfig } from '../../src/domain/config';
import { saveConfig } from '../../src/excel/settingsStore';
import { columnOf, expectOk, run, sampleBook, sheetValues } from './helpers';

describe('readLastRun', () => {
  it('is null before any run', async () => {
    sampleBook({ customers: 20, orders: 200 });
    await expect(readLastRun(scoreLocally)).resolves.toBeNull();
  });

  it('rebuilds the last run as of its own date, writes nothing, and finds no change', async () => {
    const book = sampleBook({ customers: 30, orders: 400 });
    const summary = expectOk(await run(book));
    const before = snapshotCells(book.sim.workbook);
    const last = await readLastRun(scoreLocally);
    expect(snapshotCells(book.sim.workbook)).toEqual(before);
    expect(last).toMatchObject({ asOf: isoFromDay(book.asOf), customers: summary.customers, customerSheet: 'Customers', problemCount: summary.problemCount, changed: 0 });
    // The run summary's notes survive a reopen: the same mapping and product notes as the run's.
    expect(summary.productNotices?.length).toBeGreaterThan(0);
    expect(last?.productNotices).toEqual(summary.productNotices);
    expect(last?.mappingNotes).toEqual(summary.mappingNotes);
  });

  it('counts the customers who would now score differently after the data changed', async () => {
    const book = sampleBook({ customers: 30, orders: 400 });
    expectOk(await run(book));
    const orders = book.sim.workbook.sheetByName('Orders');
    if (!orders) throw new Error('no Orders sheet');
    const amount = columnOf(book, 'Orders', 'Amount');
    book.sim.workbook.writeValues(orders.id, 1, amount, [[Number(orders.cells.values.get(1, amount)) * 50]]);
    const last = await readLastRun(scoreLocally);
    expect(last?.changed).toBeGreaterThan(0);
  });

  it('finds no change in a workbook whose snapshot is in zh-TW, with the tiers in the snapshot as Chinese words', async () => {
    const book = sampleBook({ customers: 30, orders: 400 });
    const saved = await saveConfig({ ...defaultScoringConfig(), sheetLanguage: 'zh-TW' }, { expectedRevision: null });
    expect(saved.ok).toBe(true);
    expectOk(await run(book));
    const tiers = sheetValues(book, 'Tiers Snapshots')
      .slice(1)
      .map((r) => r[4]);
    expect(tiers).toContain('鉛');
    const last = await readLastRun(scoreLocally);
    expect(last?.changed).toBe(0);
  });
});
