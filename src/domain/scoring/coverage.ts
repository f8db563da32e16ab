/**
 * Whether a customer can be rated at all (docs/scoring.md, "Coverage"): a customer with no orders
 * is not rated, and a score needs the customer's own indicators to carry at least `minCoverage`
 * of the weight of the indicators the data has. Below it the customer is "not enough data".
 */
import type { ScoringCache } from './prepare';

export const DEFAULT_MIN_COVERAGE = 0.5;

export const RATING_STATUSES = ['rated', 'not-rated', 'not-enough-data', 'negative-net'] as const;
export type RatingStatus = (typeof RATING_STATUSES)[number];
export const RATED = 0;
export const NOT_RATED = 1;
export const NOT_ENOUGH_DATA = 2;
/** Returns exceed purchases (net sales below 0): flagged, not scored (docs/scoring.md, "Returns and credit notes"). */
export const NEGATIVE_NET = 3;

/** Indicators that at least one customer has: an indicator nobody has does not count against anyone. */
export function inData(cache: ScoringCache): boolean[] {
  const n = cache.agg.n;
  return cache.indicatorIds.map((id) => (cache.missing[id] ?? n) < n);
}

/** Status of one customer from its net sales, order count and coverage share. */
export function ratingStatus(netSales: number, orders: number, share: number, minCoverage: number): number {
  if (netSales < 0) return NEGATIVE_NET;
  if (orders === 0) return NOT_RATED;
  return share > 0 && share >= minCoverage - 1e-12 ? RATED : NOT_ENOUGH_DATA;
}

/** Labels of the weighted indicators (present somewhere in the data) that customer i lacks, heaviest first. */
export function missingInputs(cache: ScoringCache, w: Float64Array, i: number): string[] {
  return missingInputsOf(cache, inData(cache), w, i);
}

/** `missingInputs` with `present` = inData(cache) worked out once for every customer. */
export function missingInputsOf(cache: Pick<ScoringCache, 'subScores' | 'labels'>, present: readonly boolean[], w: Float64Array, i: number): string[] {
  const lacking: number[] = [];
  for (let k = 0; k < w.length; k++) {
    if (!present[k] || !((w[k] as number) > 0)) continue;
    const v = (cache.subScores[k] as Float64Array)[i] as number;
    if (v !== v) lacking.push(k);
  }
  lacking.sort((a, b) => (w[b] as number) - (w[a] as number) || a - b);
  return lacking.map((k) => cache.labels[k] as string);
}
