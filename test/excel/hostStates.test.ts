/**
 * The scoring run against host states a review of the adapter found it would break on (issue
 * "What would break in real Excel"): a user's multi-area conditional format on the tier column,
 * workbook structure protection, calculation and screen updating left suspended, cell-edit mode,
 * the 1904 date system.
 */
import { OWNED_SHEETS } from '../../src/output/sheets';
import { parseRunState, RUN_STATE_KEY } from '../../src/excel/runState';
import { Syncer } from '../../src/excel/syncs';
import { snapshotCells } from '../../src/simulator';
import { columnOf, expectOk, run, sampleBook, sheetValues, workbookState } from './helpers';
import { refusalText } from '../../src/output/problemWords';
import { RefusedError } from '../../src/domain/refusals';
import { loadWorkState, markCustomerLost } from '../../src/excel/work/workActions';

const STALE = /\(stale\)/;

describe('a user conditional format over several areas, one on the tier column', () => {
  it('does not stop a later run, which leaves no column stale and keeps the user format', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const tier = columnOf(book, 'Customers', 'Tiers tier');
    wb.addConditionalFormat(sheet.id, { r0: 1, c0: 0, r1: 20, c1: 0 }, 'Custom', [{ r0: 1, c0: tier, r1: 20, c1: tier }]);
    const summary = expectOk(await run(book, { runId: 'run-2' }));
    expect(summary.customers).toBe(20);
    expect(sheetValues(book, 'Customers')[0]!.filter((h) => STALE.test(String(h)))).toEqual([]);
    expect(parseRunState(wb.getSetting(RUN_STATE_KEY))?.state).toBe('complete');
    expect(wb.conditionalFormats.filter((f) => f.moreAreas?.length)).toHaveLength(1);
    // Our six tier rules are still there once, not stacked.
    expect(wb.conditionalFormats.filter((f) => f.type === 'ContainsText')).toHaveLength(6);
  });
});

describe('workbook structure protection', () => {
  it('a first run that must add its sheets is refused up front, saying so, and writes nothing', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    book.sim.workbook.structureProtected = true;
    const before = snapshotCells(book.sim.workbook);
    const settings = [...book.sim.workbook.settings.entries()];
    const outcome = await run(book);
    expect(outcome).toMatchObject({ ok: false, kind: 'refused' });
    if (outcome.ok || outcome.kind !== 'refused') throw new Error('expected a refused run');
    expect(outcome.message).toMatch(/workbook structure is protected/i);
    expect(outcome.message).toMatch(/Nothing was written/);
    expect(outcome.refusal?.code).toBe('structure-protected');
    expect(refusalText(outcome.refusal!, 'zh-CN')).toMatch(/^工作簿结构受保护，Tiers 无法添加它的工作表（“Tiers Dashboard”/);
    expect(snapshotCells(book.sim.workbook)).toEqual(before);
    expect([...book.sim.workbook.settings.entries()]).toEqual(settings);
    expect(book.sim.workbook.sheets.map((s) => s.name)).toEqual(['Customers', 'Orders']);
  });

  it('once its sheets exist, a protected structure is no reason to refuse', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    expect(OWNED_SHEETS.filter((n) => book.sim.workbook.sheetByName(n)).length).toBeGreaterThan(0);
    book.sim.workbook.structureProtected = true;
    expectOk(await run(book));
  });

  it('a work table that cannot be added is refused with a code the pane words in its language', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    book.sim.workbook.structureProtected = true;
    const before = snapshotCells(book.sim.workbook);
    const error: unknown = await markCustomerLost((await loadWorkState()).basis.customers[0]!.customerId, 'competitor', book.asOf).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RefusedError);
    const { refusal } = error as RefusedError;
    expect(refusal.code).toBe('structure-protected');
    expect((error as Error).message).toMatch(/workbook structure is protected/);
    expect(refusalText(refusal, 'zh-TW')).toMatch(/^活頁簿結構受保護/);
    expect(snapshotCells(book.sim.workbook)).toEqual(before);
  });
});

describe('calculation and screen updating', () => {
  it('a run leaves no formula stale: calculation is not left suspended without a recalculation', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    expect(book.sim.workbook.calculationStale).toBe(false);
  });

  it('screen updating is suspended once per run at most, even with many write batches', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    const syncs = await Excel.run(async (context) => {
      const syncer = new Syncer(context, { budget: 1_000 });
      const sheet = context.workbook.worksheets.getItem('Customers');
      for (let i = 0; i < 10; i++) {
        await syncer.reserve(600);
        sheet.getRangeByIndexes(100 + i, 0, 1, 1).values = [[i]];
      }
      await syncer.flush();
      return syncer.syncs;
    });
    expect(syncs).toBeGreaterThanOrEqual(9);
    expect(book.sim.stats.suspendScreenUpdatingCalls).toBe(1);
  });
});

describe('cell-edit mode', () => {
  it('a run that meets cell-edit mode waits, tells the pane, and completes once editing ends: nothing stale', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expectOk(await run(book));
    const reference = workbookState(book, ['Tiers.runState']);
    const wb = book.sim.workbook;
    wb.cellEditMode = true;
    const waits: number[] = [];
    const finished = run(book, {
      onWaitingForEdit: (attempt) => {
        waits.push(attempt);
        if (attempt === 2) wb.cellEditMode = false;
      },
      editRetryDelaysMs: [1, 1, 1, 1, 1],
    });
    const summary = expectOk(await finished);
    expect(summary.customers).toBe(20);
    expect(waits).toEqual([1, 2]);
    expect(parseRunState(wb.getSetting(RUN_STATE_KEY))?.state).toBe('complete');
    expect(workbookState(book, ['Tiers.runState'])).toEqual(reference);
  });

  it('edit mode that starts while writing: the run starts again and leaves nothing stale', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    const wb = book.sim.workbook;
    let writes = 0;
    const off = wb.onChange((change) => {
      if (change.kinds.includes('cells') && ++writes === 1) wb.cellEditMode = true;
    });
    const summary = expectOk(
      await run(book, {
        onWaitingForEdit: () => {
          wb.cellEditMode = false;
        },
        editRetryDelaysMs: [1, 1, 1],
      }),
    );
    off();
    expect(summary.customers).toBe(20);
    expect(sheetValues(book, 'Customers')[0]!.filter((h) => STALE.test(String(h)))).toEqual([]);
    expect(parseRunState(wb.getSetting(RUN_STATE_KEY))?.state).toBe('complete');
  });

  it('edit mode that never ends: the run gives up with its own message, after the retries', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    book.sim.workbook.cellEditMode = true;
    const outcome = await run(book, { editRetryDelaysMs: [1, 1] });
    expect(outcome).toMatchObject({ ok: false, kind: 'excel-error', error: { code: 'InvalidOperationInCellEditMode' } });
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/finish editing the cell/i);
  });
});
