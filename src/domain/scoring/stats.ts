/** Small numeric helpers shared by the scoring engine. NaN marks "no value" in every array. */

/** R's default (type 7) sample quantile of an ascending-sorted array. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

export function medianOfSorted(sorted: ArrayLike<number>): number {
  return quantileType7(sorted, 0.5);
}

/** The non-NaN values of `values`, ascending. */
export function sortedPresent(values: Float64Array): Float64Array {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i] as number)) k++;
  const out = new Float64Array(k);
  k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) out[k++] = v;
  }
  return out.sort();
}

/** Index of the first element >= x (lower) or > x (upper) in an ascending array. */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type Direction = 'higher' | 'lower';

/**
 * Robust 0-100 normalisation: mid-rank percentile among the customers that have a value.
 * score = 100 * (below + (ties - 1) / 2) / (n - 1), where `below` counts values strictly worse.
 * Ranks ignore distances, so one extreme customer cannot squash everyone else into a corner.
 * A lone value (n = 1) scores 50; NaN stays NaN (no sub-score).
 * Guarantee used by the tests: making one value better never lowers that customer's score.
 */
export function percentileScores(raw: Float64Array, direction: Direction): Float64Array {
  const sorted = sortedPresent(raw);
  const n = sorted.length;
  // Score of each run of equal values, stored at the run's first position.
  const runScore = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    const ties = end - start;
    const below = direction === 'higher' ? start : n - end;
    runScore[start] = n === 1 ? 50 : (100 * (below + (ties - 1) / 2)) / (n - 1);
    start = end;
  }
  const out = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i] as number;
    out[i] = v !== v ? v : (runScore[lowerBound(sorted, v)] as number);
  }
  return out;
}

/**
 * Round a sum of money to 1e-6 so that the order rows arrive in cannot change the result
 * through floating-point noise (determinism under shuffling).
 */
export function settle(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
