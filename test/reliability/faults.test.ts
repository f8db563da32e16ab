/**
 * Faults on bad workbooks: every sync of a full run fails in turn (both simulator failure modes),
 * and a cancel lands at every progress callback. After each: the user's cells are intact and the
 * next run converges to exactly what an undisturbed run writes.
 */
import type { FailMode } from '../../src/simulator';
import { BAD_WORKBOOKS, type BadWorkbook } from '../fixtures/bad-workbooks';
import { AS_OF } from '../fixtures/bad-workbooks/base';
import { workbookState } from '../excel/helpers';
import { checkedRun, createCase, runOnce } from './support/runCase';

/** A workbook with problems on a customer sheet, and one the add-in must derive customers for. */
const SWEPT = ['customers-without-orders', 'order-only-workbook'].map((id) => BAD_WORKBOOKS.find((b) => b.id === id) as BadWorkbook);
const MODES: FailMode[] = ['none', 'partial'];

const stateOf = (sim: ReturnType<typeof createCase>) => workbookState({ sim, asOf: AS_OF });

/** An undisturbed first run and re-run: the state they leave, their sync counts, the first run's progress callbacks. */
async function reference(bad: BadWorkbook): Promise<{ state: unknown; syncs: number; rerunSyncs: number; callbacks: number }> {
  const sim = createCase(bad);
  let callbacks = 0;
  const outcome = await runOnce({ onProgress: () => void callbacks++ });
  if (!outcome.ok) throw new Error(`${bad.id}: ${outcome.message}`);
  const syncs = sim.stats.syncCount;
  const state = stateOf(sim);
  expect((await runOnce()).ok).toBe(true);
  expect(stateOf(sim)).toEqual(state);
  return { state, syncs, rerunSyncs: sim.stats.syncCount - syncs, callbacks };
}

const counts = { faults: 0, cancels: 0 };

afterAll(() => {
  console.log(`faults injected: ${counts.faults}; cancels: ${counts.cancels}`);
});

describe.each(SWEPT.map((b) => [b.id, b] as const))('faults on %s', (_id, bad) => {
  let ref: Awaited<ReturnType<typeof reference>>;
  beforeAll(async () => {
    ref = await reference(bad);
  });

  it.each(MODES)('fails each sync of a first run in turn (%s): an error, the user data intact, the next run converges', async (mode) => {
    expect(ref.syncs).toBeGreaterThan(4);
    for (let n = 1; n <= ref.syncs; n++) {
      const sim = createCase(bad);
      sim.failSync(n, mode);
      counts.faults++;
      const failed = await checkedRun(sim);
      expect({ n, changed: failed.changedUserCells, taken: failed.takenUserColumns }).toEqual({ n, changed: [], taken: [] });
      // The client ignores a failed clean-up round trip (releasing tracked ranges after Excel.run).
      const cleanup = sim.stats.syncs[n - 1]?.cleanupOnly === true;
      expect(failed.outcome.ok ? 'ok' : failed.outcome.kind).toBe(cleanup ? 'ok' : 'excel-error');
      const repaired = await runOnce();
      expect(repaired.ok).toBe(true);
      expect(stateOf(sim)).toEqual(ref.state);
    }
  });

  it('cancels at every progress callback: cancelled before writing (nothing written) or finished; the next run converges', async () => {
    expect(ref.callbacks).toBeGreaterThan(3);
    const kinds = new Set<string>();
    for (let k = 1; k <= ref.callbacks; k++) {
      const sim = createCase(bad);
      const pristine = stateOf(sim);
      const controller = new AbortController();
      let seen = 0;
      counts.cancels++;
      const run = await checkedRun(sim, { signal: controller.signal, onProgress: () => ++seen === k && controller.abort() });
      expect(run.changedUserCells).toEqual([]);
      const { outcome } = run;
      kinds.add(outcome.ok ? 'finished' : outcome.kind);
      if (!outcome.ok) {
        expect(outcome.kind).toBe('cancelled');
        expect(stateOf(sim)).toEqual(pristine);
      } else {
        expect(stateOf(sim)).toEqual(ref.state);
      }
      expect((await runOnce()).ok).toBe(true);
      expect(stateOf(sim)).toEqual(ref.state);
    }
    // Both sides of the "no cancel once writing has begun" line were exercised.
    expect(kinds).toEqual(new Set(['cancelled', 'finished']));
  });
});

// Re-runs are swept on the customer-sheet workbook only (the suite's time budget).
describe.each([[SWEPT[0]!.id, SWEPT[0]!] as const])('faults on a re-run of %s', (_id, bad) => {
  let ref: Awaited<ReturnType<typeof reference>>;
  beforeAll(async () => {
    ref = await reference(bad);
  });

  it.each(MODES)('fails each sync of a re-run in turn (%s): the next run converges', async (mode) => {
    expect(ref.rerunSyncs).toBeGreaterThan(4);
    for (let n = 1; n <= ref.rerunSyncs; n++) {
      const sim = createCase(bad);
      expect((await runOnce()).ok).toBe(true);
      const before = sim.stats.syncs.length;
      sim.failSync(n, mode);
      counts.faults++;
      const failed = await checkedRun(sim);
      expect({ n, changed: failed.changedUserCells }).toEqual({ n, changed: [] });
      // The client ignores a failed clean-up round trip (releasing tracked ranges after Excel.run).
      const cleanup = sim.stats.syncs[before + n - 1]?.cleanupOnly === true;
      expect(failed.outcome.ok).toBe(cleanup);
      expect((await runOnce()).ok).toBe(true);
      expect(stateOf(sim)).toEqual(ref.state);
    }
  });
});
