import { readWorkbookInputs } from '../../src/excel/readInputs';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { runScoring } from '../../src/excel/runScoring';
import { createSimulator, PAYLOAD_LIMIT_BYTES } from '../../src/simulator';
import { largeCustomers, largeOrders } from './largeBook';

describe('payload limits', () => {
  it('a 200k x 12 order sheet: every request and response stays under 5 MB, with few syncs', async () => {
    const orders = largeOrders(200_000, 5_000);
    const sim = createSimulator({
      sheets: [
        { name: 'Customers', rows: largeCustomers(5_000) },
        { name: 'Orders', rows: orders },
      ],
    });
    sim.installGlobals(globalThis);
    const outcome = await runScoring({ asOf: 20_500, score: scoreLocally, runId: 'big' });
    if (!outcome.ok) console.log(JSON.stringify(outcome).slice(0, 500), sim.stats.syncs.slice(-3));
    expect(outcome.ok).toBe(true);
    const { syncs, totalRequestBytes, totalResponseBytes } = sim.stats;
    const maxRequest = Math.max(...syncs.map((s) => s.requestBytes));
    const maxResponse = Math.max(...syncs.map((s) => s.responseBytes));
    expect(maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(maxResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(syncs.length).toBeLessThanOrEqual((totalRequestBytes + totalResponseBytes) / 4_500_000 + 10);
    // Screen updating is suspended once per run (office-js#545); calculation never (see syncs.ts).
    expect(sim.stats.suspendCalculationCalls).toBe(0);
    expect(sim.stats.suspendScreenUpdatingCalls).toBeLessThanOrEqual(1);
    // About 70 s alone on 2 shared cores (7 s of it the predictive fit, which runs all 500 BFGS
    // iterations on this drop-out-free synthetic book); more while other suites run beside it.
  }, 240_000);

  it('retries a block at half size when Excel reports a payload limit, and reads everything', async () => {
    const orders = largeOrders(20_000, 500);
    const sim = createSimulator({ sheets: [{ name: 'Orders', rows: orders }] }, { responseLimitBytes: 300_000 });
    sim.installGlobals(globalThis);
    const inputs = await readWorkbookInputs();
    // What crosses the wire is JSON: -0 arrives as 0, as from Excel.
    expect(inputs.orders?.grid).toEqual(JSON.parse(JSON.stringify(orders)));
    expect(Math.max(...sim.stats.syncs.map((s) => s.responseBytes))).toBeGreaterThan(300_000); // the failed attempts
    expect(sim.stats.syncs.filter((s) => s.responseBytes <= 300_000).length).toBeGreaterThan(1);
  });

  it('reports progress while reading, in blocks', async () => {
    const sim = createSimulator({ sheets: [{ name: 'Orders', rows: largeOrders(30_000, 500) }] }, { responseLimitBytes: 500_000 });
    sim.installGlobals(globalThis);
    const seen: number[] = [];
    await readWorkbookInputs({ onProgress: (p) => seen.push(p.done) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(30_001);
  });
});
