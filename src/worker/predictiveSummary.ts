/**
 * The predictive fit as the pane shows it. Apart from the engine (src/worker/engine.ts) because the
 * pane's main thread calls it on the fit the worker sent in pages, and must not load the engine for it.
 */
import type { PredictiveClvResult } from '../domain/clv/predictive/predictive';
import type { PredictiveSummary } from './protocol';

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Per-customer figures for the pane, null where the model gives no finite figure. */
export function summariseFit(fit: PredictiveClvResult | null): PredictiveSummary {
  const customers: PredictiveSummary['customers'] = {};
  if (!fit) return { customers, warnings: [] };
  // An unreliable fit shows no P(alive) (and, unless only the drop-out is degenerate, no figures): docs/clv.md.
  const r = fit.reliability;
  const figures = r.reliable || r.reason === 'no-dropout';
  for (const [id, c] of fit.customers) {
    customers[id] = {
      pAlive: r.reliable ? finiteOrNull(c.pAlive) : null,
      predictedClv: figures ? finiteOrNull(c.predictedClv) : null,
      expectedPurchases: figures ? finiteOrNull(c.expectedPurchases) : null,
    };
  }
  return { customers, warnings: fit.warnings.filter((w) => w.code !== 'bgnbd-no-dropout'), basis: fit.basis, unreliable: r.reliable ? null : r.reason };
}
