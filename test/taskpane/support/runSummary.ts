/** A finished run's summary as the adapter reports it (src/excel/runScoring.ts), for fake ports and reducer tests. */
import type { RunSummary } from '../../../src/excel/runScoring';

export function runSummary(over: Partial<RunSummary> = {}): RunSummary {
  return {
    runId: 'run-1',
    asOf: '2025-06-30',
    customerSheet: 'Customers',
    orderSheet: 'Orders',
    customers: 60,
    tierCounts: { Diamond: 1, Platinum: 2, Gold: 9, Bronze: 18, Iron: 18, Lead: 12 },
    abcCounts: { A: 12, B: 18, C: 30 },
    problems: [],
    problemCount: 0,
    warnings: [],
    repairedFailedRun: false,
    timings: { readingMs: 0, scoringMs: 0, writingMs: 0, totalMs: 0 },
    syncs: 0,
    ...over,
  };
}
