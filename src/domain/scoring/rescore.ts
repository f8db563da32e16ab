/**
 * Step two of scoring: weighted mean of cached sub-scores. A customer lacking an indicator
 * simply leaves it out: the weights of the indicators it has are rescaled to sum to 100%.
 */
import { assignTiers, countTiers, type TierName, type TierRule } from '../segments/tiers';
import { DEFAULT_MIN_COVERAGE, inData, RATED, ratingStatus } from './coverage';
import type { ScoringCache } from './prepare';

const NOT_A_NUMBER = NaN;

export type Weights = Readonly<Record<string, number>>;

export interface RescoreResult {
  /** 0-100; NaN when the customer is not rated (see `status`). */
  scores: Float64Array;
  /** Share of the weight its indicators carry (docs/scoring.md, "Coverage"). */
  coverage: Float64Array;
  /** Index into RATING_STATUSES. */
  status: Uint8Array;
  /** Index into TIER_NAMES, NO_TIER when unscored. */
  tiers: Uint8Array;
  tierCounts: Record<TierName, number>;
}

/** Weights aligned with cache.indicatorIds; unknown or missing ids weigh 0, negatives are clamped. */
export function weightVector(cache: ScoringCache, weights: Weights): Float64Array {
  return Float64Array.from(cache.indicatorIds, (id) => Math.max(0, weights[id] ?? 0));
}

/**
 * What every rescore of one cache reuses: sub-scores with NaN replaced by 0 (so the weighted sum
 * needs no branch: a missing indicator adds exactly 0), and customers grouped by which indicators
 * they have, so the sum of the weights present is computed once per group, not per customer.
 * Built on the first rescore of a cache; caches are never mutated after prepareScoring.
 */
interface RescorePlan {
  filled: Float64Array[];
  /** Group of each customer (customers with the same indicators present share one). */
  group: Uint32Array;
  /** Per group, the indicator positions present, ascending. */
  present: number[][];
}

const plans = new WeakMap<ScoringCache, RescorePlan>();

function planOf(cache: ScoringCache): RescorePlan {
  const known = plans.get(cache);
  if (known) return known;
  const n = cache.agg.n;
  const filled = cache.subScores.map((s) => {
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = s[i] as number;
      if (v === v) f[i] = v;
    }
    return f;
  });
  const group = new Uint32Array(n);
  const present: number[][] = [];
  const groupOf = new Map<number | string, number>();
  const wide = cache.subScores.length > 30; // presence as a bit mask up to 30 indicators, else as text
  const ks: number[] = [];
  let lastMask = -1;
  let lastGroup = 0;
  for (let i = 0; i < n; i++) {
    ks.length = 0;
    let mask = 0;
    for (let k = 0; k < cache.subScores.length; k++) {
      const v = (cache.subScores[k] as Float64Array)[i] as number;
      if (v !== v) continue;
      ks.push(k);
      mask |= 1 << (k & 31);
    }
    // Neighbours mostly share their indicators: the last group is tried before the map.
    if (!wide && mask === lastMask) {
      group[i] = lastGroup;
      continue;
    }
    const key = wide ? ks.join(',') : mask;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = present.length;
      groupOf.set(key, g);
      present.push([...ks]);
    }
    group[i] = g;
    if (!wide) {
      lastMask = mask;
      lastGroup = g;
    }
  }
  const plan = { filled, group, present };
  plans.set(cache, plan);
  return plan;
}

export function computeScores(cache: ScoringCache, w: Float64Array): Float64Array {
  const n = cache.agg.n;
  const { filled, group, present } = planOf(cache);
  // Weight sum per group, adding in indicator order as a per-customer sum would.
  const groupWsum = new Float64Array(present.length);
  present.forEach((ks, g) => {
    let ws = 0;
    for (const k of ks) if (w[k] !== 0) ws += w[k] as number;
    groupWsum[g] = ws;
  });
  const sum = new Float64Array(n);
  for (let k = 0; k < filled.length; k++) {
    const wk = w[k] as number;
    if (wk === 0) continue;
    if (wk - wk !== 0) {
      // An infinite or NaN weight times a filled-in 0 would not be 0: add present values only.
      const raw = cache.subScores[k] as Float64Array;
      for (let i = 0; i < n; i++) {
        const v = raw[i] as number;
        if (v === v) sum[i] = (sum[i] as number) + wk * v;
      }
      continue;
    }
    const s = filled[k] as Float64Array;
    for (let i = 0; i < n; i++) sum[i] = (sum[i] as number) + wk * (s[i] as number);
  }
  for (let i = 0; i < n; i++) {
    const ws = groupWsum[group[i] as number] as number;
    const score = (sum[i] as number) / ws;
    // Clamp float noise; written without Math.* since global lookups are slow in some sandboxes.
    sum[i] = ws > 0 ? (score > 100 ? 100 : score < 0 ? 0 : score) : NOT_A_NUMBER;
  }
  return sum;
}

/**
 * Coverage per customer: the weight of its indicators over the weight of the indicators the data
 * has, computed once per group of customers sharing the same indicators.
 */
export function coverageShares(cache: ScoringCache, w: Float64Array): Float64Array {
  const { group, present } = planOf(cache);
  const inTheData = inData(cache);
  let total = 0;
  for (let k = 0; k < w.length; k++) if (inTheData[k]) total += w[k] as number;
  const perGroup = present.map((ks) => {
    let have = 0;
    for (const k of ks) have += w[k] as number;
    return total > 0 ? have / total : 0;
  });
  const out = new Float64Array(group.length);
  for (let i = 0; i < out.length; i++) out[i] = perGroup[group[i] as number] as number;
  return out;
}

export function rescore(cache: ScoringCache, weights: Weights, tierRule: TierRule, minCoverage = DEFAULT_MIN_COVERAGE): RescoreResult {
  const w = weightVector(cache, weights);
  const scores = computeScores(cache, w);
  const coverage = coverageShares(cache, w);
  const status = new Uint8Array(scores.length);
  const { orders, sales } = cache.agg;
  for (let i = 0; i < scores.length; i++) {
    const s = ratingStatus(sales[i] as number, orders[i] as number, coverage[i] as number, minCoverage);
    status[i] = s;
    if (s !== RATED) scores[i] = NOT_A_NUMBER;
  }
  const tiers = assignTiers(scores, tierRule);
  return { scores, coverage, status, tierCounts: countTiers(tiers), tiers };
}
