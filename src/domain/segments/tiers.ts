/**
 * The customer pyramid (source 2 of docs/domain.md): six named tiers by score cut-offs or by share of customers.
 * Hot loops avoid global lookups (Math, Number): under jest's sandboxed global they cost ~50x.
 */

export const TIER_NAMES = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead'] as const;
export type TierName = (typeof TIER_NAMES)[number];
/** A manager's own names for some tiers (ScoringConfig.tierNames), written and shown as typed, never translated (docs/sheet-language.md). */
export type TierNames = Partial<Record<TierName, string>>;
/** Marks a customer without a score (no indicator input at all) in a tier array. */
export const NO_TIER = 255;

export type TierRule =
  /** Minimum score of Diamond, Platinum, Gold, Bronze, Iron (descending); below the last is Lead. */
  | { kind: 'score'; cutoffs: readonly number[] }
  /** Share of scored customers in each of the six tiers, from Diamond down; sums to 1. */
  | { kind: 'share'; shares: readonly number[] };

export const DEFAULT_TIER_SHARES: readonly number[] = [0.01, 0.04, 0.15, 0.3, 0.3, 0.2];
export const DEFAULT_TIER_CUTOFFS: readonly number[] = [75, 65, 55, 45, 35];

export function defaultTierRule(): TierRule {
  return { kind: 'share', shares: [...DEFAULT_TIER_SHARES] };
}

/**
 * Minimum score of each of the five upper tiers. For shares, the cut is the score of the last
 * customer inside the share (scores descending); customers tied with it join it, so ties never
 * split across tiers and a tier may hold slightly more than its share.
 */
export function tierThresholds(scores: Float64Array, rule: TierRule): Float64Array {
  const out = new Float64Array(TIER_NAMES.length - 1);
  if (rule.kind === 'score') {
    for (let k = 0; k < out.length; k++) out[k] = rule.cutoffs[k] ?? -Infinity;
    return out;
  }
  let m = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] === scores[i]) m++; // not NaN
  const ranks: number[] = [];
  let cumulative = 0;
  for (let k = 0; k < out.length; k++) {
    cumulative += rule.shares[k] ?? 0;
    ranks.push(Math.min(m, Math.round(cumulative * m)));
  }
  const values = kthLargest(scores, ranks);
  for (let k = 0; k < out.length; k++) out[k] = (ranks[k] as number) > 0 ? (values[k] as number) : Infinity;
  return out;
}

const HISTOGRAM_BINS = 1 << 16;
/** Reused by every call (cleared first): rescoring runs this on each weight change. */
const binCounts = new Uint32Array(HISTOGRAM_BINS);

/**
 * The k-th largest non-NaN value for each k (1-based; k = 0 gives NaN) in linear time: a
 * histogram over the value range locates each k's bin, and only that bin's values are sorted.
 * Rescoring calls this on every weight change, where a full sort would cost most of the budget.
 */
export function kthLargest(values: Float64Array, ks: readonly number[]): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = new Float64Array(ks.length).fill(NaN);
  if (!(hi >= lo)) return out;
  const scale = hi > lo ? (HISTOGRAM_BINS - 1) / (hi - lo) : 0;
  const counts = binCounts.fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    const b = ((v - lo) * scale) | 0; // bins fit in int32
    counts[b] = (counts[b] as number) + 1;
  }
  // For each k: the bin holding the k-th largest, and how many values lie in higher bins.
  const targetBin = new Int32Array(ks.length).fill(-1);
  const above = new Uint32Array(ks.length);
  ks.forEach((k, j) => {
    if (k <= 0) return;
    let count = 0;
    let bin = HISTOGRAM_BINS - 1;
    while (bin >= 0 && count + (counts[bin] as number) < k) count += counts[bin--] as number;
    targetBin[j] = bin;
    above[j] = count;
  });
  // The values of the target bins, one list per distinct bin (a handful: one per tier cut).
  const bins: number[] = [];
  const lists: number[][] = [];
  for (const b of targetBin) {
    if (b < 0 || bins.includes(b)) continue;
    bins.push(b);
    lists.push([]);
  }
  if (bins.length > 0) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v !== v) continue;
      const b = ((v - lo) * scale) | 0;
      for (let t = 0; t < bins.length; t++) if (bins[t] === b) (lists[t] as number[]).push(v);
    }
  }
  for (const list of lists) list.sort((a, b) => b - a);
  ks.forEach((k, j) => {
    const t = bins.indexOf(targetBin[j] as number);
    if (t >= 0) out[j] = (lists[t] as number[])[k - (above[j] as number) - 1] as number;
  });
  return out;
}

export function assignTiers(scores: Float64Array, rule: TierRule): Uint8Array {
  const thresholds = tierThresholds(scores, rule);
  const tiers = new Uint8Array(scores.length);
  const last = TIER_NAMES.length - 1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s !== s) {
      tiers[i] = NO_TIER;
      continue;
    }
    let k = 0;
    while (k < last && s < (thresholds[k] as number)) k++;
    tiers[i] = k;
  }
  return tiers;
}

export function tierName(code: number): TierName | null {
  return code === NO_TIER ? null : (TIER_NAMES[code] ?? null);
}

/** The inverse of tierName: a tier's code, NO_TIER for none. */
export function tierCode(name: TierName | null): number {
  return name === null ? NO_TIER : TIER_NAMES.indexOf(name);
}

export function countTiers(tiers: Uint8Array): Record<TierName, number> {
  const counts = new Uint32Array(TIER_NAMES.length + 1);
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as number;
    counts[t === NO_TIER ? TIER_NAMES.length : t] = (counts[t === NO_TIER ? TIER_NAMES.length : t] as number) + 1;
  }
  return Object.fromEntries(TIER_NAMES.map((t, k) => [t, counts[k] as number])) as Record<TierName, number>;
}
