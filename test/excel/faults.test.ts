import { snapshotCells } from '../../src/simulator';
import type { FailMode } from '../../src/simulator';
import { OWNED_COLUMNS, ownedHeader, STALE_SUFFIX } from '../../src/output/ownedColumns';
import { PLAN_SHEET } from '../../src/domain/plans/table';
import { MODEL_CHECK_SHEET } from '../../src/output/modelCheck';
import { OWNED_SHEETS as OWNED_SHEET_NAMES } from '../../src/output/sheets';
import { expectOk, run, sampleBook, sheetValues, workbookState, type Book } from './helpers';

const SMALL = { customers: 15, orders: 150 };
// Every sheet Tiers writes, the manager-editable plan table included: a failed run may leave them half written.
const OWNED_SHEETS = [...OWNED_SHEET_NAMES, PLAN_SHEET, MODEL_CHECK_SHEET].map((sheet) => ({ sheet }));

/** User cells: the customer sheet's first 20 columns (the sample has 20) and the order sheet. */
function userCells(book: Book) {
  return snapshotCells(book.sim.workbook, [...OWNED_SHEETS, { sheet: 'Customers', address: 'U:AZ' }]);
}

/** Owned headers are all absent, all fresh or all... at least visibly stale when values may be mixed. */
function ownedHeaderState(book: Book): 'none' | 'fresh' | 'stale' | 'mixed' {
  const header = sheetValues(book, 'Customers')[0]!;
  const fresh = OWNED_COLUMNS.filter((s) => header.includes(ownedHeader(s, 'profit'))).length;
  const stale = OWNED_COLUMNS.filter((s) => header.includes(ownedHeader(s, 'profit') + STALE_SUFFIX)).length;
  if (fresh === 0 && stale === 0) return 'none';
  if (stale > 0) return 'stale';
  return fresh === OWNED_COLUMNS.length ? 'fresh' : 'mixed';
}

describe('faults', () => {
  const reference = sampleBook(SMALL);
  let referenceState: unknown;
  let syncs = 0;

  beforeAll(async () => {
    const before = reference.sim.stats.syncCount;
    expectOk(await run(reference));
    syncs = reference.sim.stats.syncCount - before;
    referenceState = workbookState(reference);
  });

  it('counts the syncs of a clean run', () => {
    expect(syncs).toBeGreaterThan(5);
    console.log(`clean run: ${syncs} syncs`);
  });

  for (const mode of ['none', 'partial'] as FailMode[]) {
    it(`fails each sync of a run in turn (${mode}): reported, user data untouched, repaired by the next run`, async () => {
      for (let n = 1; n <= syncs; n++) {
        const book = sampleBook(SMALL);
        const user = userCells(book);
        book.sim.failSync(n, mode);
        const before = book.sim.stats.syncs.length;
        const failed = await run(book);
        // The client ignores a failed clean-up round trip (releasing tracked ranges after Excel.run).
        if (book.sim.stats.syncs[before + n - 1]?.cleanupOnly) continue;
        expect(failed.ok).toBe(false);
        if (failed.ok) continue;
        expect(failed.kind).toBe('excel-error');
        expect(userCells(book)).toEqual(user);
        const state = ownedHeaderState(book);
        // A first run has no previous results: owned headers are absent, or marked stale, or
        // unmarked only when every owned value is already the complete new result.
        expect(state).not.toBe('mixed');
        if (state === 'fresh') expect(sheetValues(book, 'Customers')).toEqual(sheetValues(reference, 'Customers'));
        if (failed.kind === 'excel-error' && failed.stage !== 'writing') expect(state).toBe('none');
        const repaired = expectOk(await run(book));
        expect(repaired.customers).toBeGreaterThan(0);
        if (state === 'stale') expect(repaired.repairedFailedRun).toBe(true);
        expect(workbookState(book)).toEqual(referenceState);
      }
      // Two full runs per sync of a run: seconds on an idle machine, much longer on a busy one.
    }, 120_000);
  }

  it('a failure on a re-run leaves the previous results or stale marks, and the next run repairs', async () => {
    const before = reference.sim.stats.syncCount;
    expectOk(await run(reference));
    const rerunSyncs = reference.sim.stats.syncCount - before;
    expect(workbookState(reference)).toEqual(referenceState);
    for (const mode of ['none', 'partial'] as FailMode[]) {
      for (let n = 1; n <= rerunSyncs; n++) {
        const book = sampleBook(SMALL);
        expectOk(await run(book));
        book.sim.failSync(n, mode);
        const failed = await run(book);
        expect(failed.ok).toBe(false);
        expect(['fresh', 'stale']).toContain(ownedHeaderState(book));
        expectOk(await run(book));
        expect(workbookState(book)).toEqual(referenceState);
      }
    }
  });
});
