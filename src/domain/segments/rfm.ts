/**
 * RFM scores 1-5 and named segments (source 4 of docs/domain.md).
 * Mode 'r-package' reproduces the R package `rfm` (rsquaredacademy): break points are type-7
 * quantiles at 0.2, 0.4, 0.6, 0.8 plus 1; bins are [lower, upper) with the first starting at
 * the minimum and the last ending at the maximum + 1; recency scores are reversed.
 * Mode 'quintile' scores by mid-rank percentile: 1 + floor(5 * (below + ties / 2) / n), so tied
 * customers always share a score.
 */
import { valuesAtRanks } from '../scoring/select';
import { lowerBound, sortedPresent, type7Between, upperBound } from '../scoring/stats';

export type RfmMode = 'r-package' | 'quintile';

export interface RfmSegmentRule {
  name: string;
  r: readonly [number, number];
  f: readonly [number, number];
  m: readonly [number, number];
}

/** The package's documented rules, tried in this order; the first that matches wins. */
export const RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { name: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { name: 'Potential Loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { name: 'Loyal Customers', r: [2, 4], f: [2, 4], m: [2, 4] },
  { name: 'Promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { name: 'New Customers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { name: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { name: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { name: 'Need Attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { name: 'About To Sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { name: 'Lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];
export const RFM_OTHERS = 'Others';

const BINS = 5;

/** The R package's bin edges: lower edges and upper edges of the five bins. */
export function rPackageBins(values: Float64Array): { lower: Float64Array; upper: Float64Array } {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  // Type-7 quantiles need two ranks each (quantileType7's lo and hi); with min and max, ten
  // order statistics, selected rather than sorted for.
  const probabilities = Array.from({ length: BINS - 1 }, (_, k) => (k + 1) / BINS);
  const rankPairs = probabilities.map((p) => {
    const lo = Math.floor((n - 1) * p);
    return [lo, Math.min(lo + 1, n - 1)] as const;
  });
  const at = valuesAtRanks(values, [0, n - 1, ...rankPairs.flat()]);
  const breaks = probabilities.map((p, k) => {
    const [lo, hi] = rankPairs[k] as readonly [number, number];
    return n === 0 ? NaN : type7Between(at.get(lo) as number, at.get(hi) as number, (n - 1) * p) + 1;
  });
  const min = n ? (at.get(0) as number) : NaN;
  const max = n ? (at.get(n - 1) as number) : NaN;
  return { lower: Float64Array.from([min, ...breaks]), upper: Float64Array.from([...breaks, max + 1]) };
}

/** Score 1-5 per value; 0 when the value is NaN or falls in no bin (as in the package). */
function rPackageScores(values: Float64Array): Uint8Array {
  const { lower, upper } = rPackageBins(values);
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    // Later bins win when break points coincide: the package assigns bins in order, overwriting.
    for (let b = BINS - 1; b >= 0; b--) {
      if (v >= (lower[b] as number) && v < (upper[b] as number)) {
        out[i] = b + 1;
        break;
      }
    }
  }
  return out;
}

function quintileScores(values: Float64Array): Uint8Array {
  const sorted = sortedPresent(values);
  const n = sorted.length;
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const lo = lowerBound(sorted, v);
    const ties = upperBound(sorted, v) - lo;
    out[i] = Math.min(BINS, 1 + Math.floor((BINS * (lo + ties / 2)) / n));
  }
  return out;
}

export function rfmBinScores(values: Float64Array, mode: RfmMode): Uint8Array {
  return mode === 'r-package' ? rPackageScores(values) : quintileScores(values);
}

export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segments: string[];
}

export function rfmSegment(r: number, f: number, m: number): string {
  const within = (x: number, range: readonly [number, number]): boolean => x >= range[0] && x <= range[1];
  for (const rule of RFM_SEGMENTS) if (within(r, rule.r) && within(f, rule.f) && within(m, rule.m)) return rule.name;
  return RFM_OTHERS;
}

/** Segment names of every (r, f, m) score triple 0-5, built once from the rules: index (r * 6 + f) * 6 + m. */
const SEGMENT_OF: readonly string[] = Array.from({ length: 6 * 6 * 6 }, (_, k) => rfmSegment(Math.floor(k / 36), Math.floor(k / 6) % 6, k % 6));

/** Recency in days (fewer = better), frequency and monetary; NaN for customers without orders. */
export function rfmScores(recencyDays: Float64Array, frequency: Float64Array, monetary: Float64Array, mode: RfmMode): RfmScores {
  const rAsc = rfmBinScores(recencyDays, mode);
  const r = rAsc.map((s) => (s === 0 ? 0 : BINS + 1 - s));
  const f = rfmBinScores(frequency, mode);
  const m = rfmBinScores(monetary, mode);
  const segments = Array.from(r, (ri, i) => (ri === 0 ? RFM_OTHERS : (SEGMENT_OF[(ri * 6 + (f[i] as number)) * 6 + (m[i] as number)] as string)));
  return { r, f, m, segments };
}

export function countSegments(segments: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of segments) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}
