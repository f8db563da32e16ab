/**
 * Step two of scoring: weighted mean of cached sub-scores. A customer lacking an indicator
 * simply leaves it out: the weights of the indicators it has are rescaled to sum to 100%.
 */
import { assignTiers, countTiers, type TierName, type TierRule } from '../segments/tiers';
import type { ScoringCache } from './prepare';

const NOT_A_NUMBER = NaN;

export type Weights = Readonly<Record<string, number>>;

export interface RescoreResult {
  /** 0-100; NaN when the customer has no indicator at all. */
  scores: Float64Array;
  /** Index into TIER_NAMES, NO_TIER when unscored. */
  tiers: Uint8Array;
  tierCounts: Record<TierName, number>;
}

/** Weights aligned with cache.indicatorIds; unknown or missing ids weigh 0, negatives are clamped. */
export function weightVector(cache: ScoringCache, weights: Weights): Float64Array {
  return Float64Array.from(cache.indicatorIds, (id) => Math.max(0, weights[id] ?? 0));
}

export function computeScores(cache: ScoringCache, w: Float64Array): Float64Array {
  const n = cache.agg.n;
  const sum = new Float64Array(n);
  const wsum = new Float64Array(n);
  cache.subScores.forEach((s, k) => {
    const wk = w[k] as number;
    if (wk === 0) return;
    for (let i = 0; i < n; i++) {
      const v = s[i] as number;
      if (v === v) {
        sum[i] = (sum[i] as number) + wk * v;
        wsum[i] = (wsum[i] as number) + wk;
      }
    }
  });
  for (let i = 0; i < n; i++) {
    const ws = wsum[i] as number;
    const score = (sum[i] as number) / ws;
    // Clamp float noise; written without Math.* since global lookups are slow in some sandboxes.
    sum[i] = ws > 0 ? (score > 100 ? 100 : score < 0 ? 0 : score) : NOT_A_NUMBER;
  }
  return sum;
}

export function rescore(cache: ScoringCache, weights: Weights, tierRule: TierRule): RescoreResult {
  const scores = computeScores(cache, weightVector(cache, weights));
  const tiers = assignTiers(scores, tierRule);
  return { scores, tiers, tierCounts: countTiers(tiers) };
}
