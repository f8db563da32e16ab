/** Small numeric helpers shared by the scoring engine. NaN marks "no value" in every array. */
import { presentOrder } from './radixOrder';

/** R's default (type 7) sample quantile of an ascending-sorted array. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  return quantileType7Range(sorted, 0, sorted.length, p);
}

/** quantileType7 of sorted[from, to), for groups kept side by side in one array. */
export function quantileType7Range(sorted: ArrayLike<number>, from: number, to: number, p: number): number {
  const n = to - from;
  if (n <= 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return type7Between(sorted[from + lo] as number, sorted[from + hi] as number, h);
}

/** The type-7 interpolation at position h (0-based, fractional) between a = x[floor(h)] and b, the next. */
export function type7Between(a: number, b: number, h: number): number {
  return a + (h - Math.floor(h)) * (b - a);
}

export function medianOfSorted(sorted: ArrayLike<number>): number {
  return quantileType7(sorted, 0.5);
}

/** The non-NaN values of `values`, ascending. */
export function sortedPresent(values: Float64Array): Float64Array {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) k++;
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
  // Ascending order of the present values; each run of equal values gets one score.
  const order = presentOrder(raw);
  const n = order.length;
  const out = new Float64Array(raw.length).fill(NaN);
  for (let start = 0; start < n;) {
    const value = raw[order[start] as number] as number;
    let end = start + 1;
    while (end < n && raw[order[end] as number] === value) end++;
    const ties = end - start;
    const below = direction === 'higher' ? start : n - end;
    const score = n === 1 ? 50 : (100 * (below + (ties - 1) / 2)) / (n - 1);
    for (let j = start; j < end; j++) out[order[j] as number] = score;
    start = end;
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
