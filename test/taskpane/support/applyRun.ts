/**
 * Apply after a preview, through the pane's controller (usePane) over the real port
 * (excelWorkbook) on the emulated host, with the scoring engine in-thread: one Run, a weight
 * change previewed, then Apply, measured on its own. Counts the syncs, the bytes and the order
 * sheet's rows whose values Excel sent back (the emulated host's Range.values, wrapped).
 * Used by test/taskpane/applyAfterPreview.test.ts and bench/apply.bench.ts.
 */
import type { ScoringConfig } from '../../../src/domain/config';
import type { DayNumber } from '../../../src/domain/model';
import { createSimulator, type Simulator } from '../../../src/simulator';
import { rangeType } from '../../../src/simulator/host/range';
import { excelWorkbook } from '../../../src/taskpane/services/excelWorkbook';
import { InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import type { WorkbookPort } from '../../../src/taskpane/services/workbookPort';
import { largeCustomers, largeOrders } from '../../excel/largeBook';
import { mountPane, type MountedPane } from './paneHarness';

export const APPLY_AS_OF: DayNumber = 19_800; // 2024-03-18, inside the large book's order dates

export interface ApplyMeasure {
  ms: number;
  syncs: number;
  bytes: number;
  /** Rows of the order sheet whose values a sync returned. */
  orderRowsRead: number;
  /** Syncs that returned any of the order sheet's values. */
  orderSyncs: number;
  /** The adapter's own split of the last run: reading, scoring, writing (ms). */
  phases: { readingMs: number; scoringMs: number; writingMs: number } | null;
}

export interface ApplyBench {
  sim: Simulator;
  pane: MountedPane;
  /** Order-sheet rows read since the last `measure` started. */
  orderRowsRead(): number;
  /** Runs `step` and measures it on its own. */
  measure(step: () => Promise<void>): Promise<ApplyMeasure>;
  dispose(): void;
}

/** A book of `customers` customers and `orders` orders, the pane mounted over it, nothing run yet. */
export async function applyBench(customers: number, orders: number): Promise<ApplyBench> {
  const sim = createSimulator({
    sheets: [
      { name: 'Customers', rows: largeCustomers(customers) },
      { name: 'Orders', rows: largeOrders(orders, customers) },
    ],
  });
  sim.installGlobals(globalThis);
  const orderSheetId = sim.workbook.sheetByName('Orders')?.id;
  const scalars = rangeType.scalars as NonNullable<typeof rangeType.scalars>;
  const values = scalars.values as NonNullable<(typeof scalars)['values']>;
  let rowsRead = 0;
  const orderSyncs = new Set<number>();
  scalars.values = (t, env) => {
    if (t.sheetId === orderSheetId) {
      rowsRead += t.rect.r1 - t.rect.r0 + 1;
      orderSyncs.add(sim.stats.syncCount);
    }
    return values(t, env);
  };
  // The pane rebuilds the last run when it opens: wait for that read to end before anything is measured.
  const opening: Promise<unknown>[] = [];
  const port: WorkbookPort = {
    ...excelWorkbook,
    restoreLastRun: (score) => {
      const restoring = excelWorkbook.restoreLastRun?.(score) ?? Promise.resolve(null);
      opening.push(restoring);
      return restoring;
    },
  };
  const pane = await mountPane(port, new InThreadClient(), () => APPLY_AS_OF);
  await pane.act(() => Promise.all(opening));
  return {
    sim,
    pane,
    orderRowsRead: () => rowsRead,
    async measure(step) {
      sim.stats.reset();
      rowsRead = 0;
      orderSyncs.clear();
      const started = performance.now();
      await step();
      const ms = performance.now() - started;
      return {
        ms,
        syncs: sim.stats.syncCount,
        bytes: sim.stats.totalRequestBytes + sim.stats.totalResponseBytes,
        orderRowsRead: rowsRead,
        orderSyncs: orderSyncs.size,
        phases: phasesOf(pane.state().outcome),
      };
    },
    dispose() {
      pane.unmount();
      scalars.values = values;
    },
  };
}

function phasesOf(outcome: unknown): ApplyMeasure['phases'] {
  const summary = (outcome as { ok?: boolean; summary?: { timings?: ApplyMeasure['phases'] } } | null)?.summary;
  return summary?.timings ? { readingMs: summary.timings.readingMs, scoringMs: summary.timings.scoringMs, writingMs: summary.timings.writingMs } : null;
}

/** A weight change the pane previews: profit margin counts more, payment efficiency not at all. */
export const changedWeights = (config: ScoringConfig): ScoringConfig => ({ ...config, weights: { ...config.weights, profitMargin: 80, paymentEfficiency: 0 } });

/** Run, then preview `changedWeights`; resolves once the preview is on the pane. */
export async function runThenPreview(bench: ApplyBench): Promise<void> {
  const { pane } = bench;
  await pane.act((a) => a.run());
  if (pane.state().status !== 'done') throw new Error(`The first run did not finish: ${JSON.stringify(pane.state().outcome)}`);
  await pane.act((a) => a.setDraft(changedWeights(pane.state().saved)));
  await pane.until((s) => s.preview !== null);
}

/** Apply, awaited to its end; throws unless the run finished. */
export async function applyDraft(bench: ApplyBench): Promise<void> {
  await bench.pane.act((a) => a.apply());
  const state = bench.pane.state();
  if (state.status !== 'done') throw new Error(`Apply did not finish: ${JSON.stringify(state.outcome)}`);
}
