/**
 * Every Excel.run entry point (the mapping editor's sheet head, the last run and tier moves read
 * from the snapshots included) on a book larger than one payload (60,000 orders, about 6 MB of
 * order cells), with Excel on the web's 5 MB caps on: none fails, no sync goes over 5 MB, and the
 * syncs stay within total bytes / 4.5 MB + 10. The 100,000- and 1,000,000-order books run in
 * `npm run bench` (bench/entryPoints.bench.ts; docs/benchmarks.md).
 */
import { entryPointBook, MAX_SYNC_BYTES, sweepEntryPoints } from './entryPoints';

describe('every entry point on a 60,000-order book, payload caps on', () => {
  it('reads and writes in blocks within the limits', async () => {
    const sim = entryPointBook(60_000);
    expect(sim.options.payloadLimits).toBe(true);
    const rows = await sweepEntryPoints(sim);
    expect(rows.map((r) => r.entryPoint)).toHaveLength(18);
    for (const row of rows) {
      expect({ entryPoint: row.entryPoint, request: row.maxRequestBytes <= MAX_SYNC_BYTES, response: row.maxResponseBytes <= MAX_SYNC_BYTES, syncs: row.syncs <= row.syncTarget }).toEqual({
        entryPoint: row.entryPoint,
        request: true,
        response: true,
        syncs: true,
      });
    }
    // The work tables ride the work basis's round trips: an action that reads both and writes one
    // batch takes at most one sync more than the work state (which reads both, writes nothing).
    const syncsOf = (entryPoint: string) => rows.find((r) => r.entryPoint === entryPoint)!.syncs;
    expect({ dueTasks: syncsOf('due tasks') - syncsOf('work state'), markLost: syncsOf('mark lost') - syncsOf('work state') }).toEqual({ dueTasks: 1, markLost: 1 });
    // The work area read the whole order sheet, in more than one block.
    expect(rows.find((r) => r.entryPoint === 'work state')!.totalBytes).toBeGreaterThan(MAX_SYNC_BYTES);
  }, 300_000);
});
