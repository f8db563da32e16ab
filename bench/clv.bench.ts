/**
 * Predictive CLV benchmark: 100,000 synthetic customers through summary, BG/NBD + Gamma-Gamma fit
 * and scoring. Run: npx tsx bench/clv.bench.ts [customers]. Target: under 3 s in total.
 */
import { cpus } from 'node:os';
import { summariseOrders } from '../src/domain/clv/predictive/summary';
import { fitPredictiveClvFromSummary } from '../src/domain/clv/predictive/predictive';
import { syntheticOrders, type SyntheticTruth } from './clvSyntheticOrders';

// eslint forbids console.log outside cli/scripts/test; a benchmark's output is its point.
const print = (line: string) => process.stdout.write(`${line}\n`);

const CUSTOMERS = Number(process.argv[2] ?? 100_000);
const TRUTH: SyntheticTruth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5, p: 6, q: 4, v: 15 };
const END_DAY = 20000 + 546;
const RUNS = 3;

const orders = syntheticOrders(CUSTOMERS, TRUTH, { seed: 42, endDay: END_DAY });
print(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
print(`${CUSTOMERS} customers, ${orders.length} orders`);

const timings: { summary: number; fitAndScore: number; total: number }[] = [];
let last: ReturnType<typeof fitPredictiveClvFromSummary> | null = null;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const { summary } = summariseOrders(orders, { asOf: END_DAY, period: 'week' });
  const t1 = performance.now();
  last = fitPredictiveClvFromSummary(summary, { horizonMonths: 12, monthlyDiscountRate: 0.01 });
  const t2 = performance.now();
  timings.push({ summary: t1 - t0, fitAndScore: t2 - t1, total: t2 - t0 });
}
for (const [i, t] of timings.entries()) {
  print(`run ${i + 1}: summary ${t.summary.toFixed(0)} ms, fit + score ${t.fitAndScore.toFixed(0)} ms, total ${t.total.toFixed(0)} ms`);
}
if (last) {
  const { bgnbd, gammaGamma } = last.model;
  const fmt = (o: object | null) => JSON.stringify(o, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v));
  print(`truth ${fmt(TRUTH)}`);
  print(`BG/NBD ${fmt(bgnbd)}`);
  print(`Gamma-Gamma ${fmt(gammaGamma)}`);
  print(`warnings: ${last.warnings.map((w) => w.code).join(', ') || 'none'}`);
}
const worst = Math.max(...timings.map((t) => t.total));
print(`worst total ${worst.toFixed(0)} ms: ${worst < 3000 ? 'within' : 'OVER'} the 3 s target`);
