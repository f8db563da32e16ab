/** Why a customer scored what it did: points per indicator (they add up to the score) and a top 3. */
import type { ScoringCache } from './prepare';

export interface WhyItem {
  indicatorId: string;
  label: string;
  /** Points this indicator adds to the 0-100 score. */
  points: number;
  subScore: number;
  /** Share of the score's weight this indicator carried for this customer (0-1). */
  weightShare: number;
}

export interface Explanation {
  /** Points per indicator id (indicators the customer lacks, or weighted 0, are absent). Sum = the score. */
  contributions: Record<string, number>;
  /** The indicators adding the most points, largest first, ties in profile order. */
  why: WhyItem[];
}

/**
 * Built for every customer on every run, so it allocates only the record and the top items
 * (a candidate list of indicator positions, not one object per indicator), and no closure per
 * call: under tsx (the CLI) each named closure is also renamed by a helper on every call
 * (docs/benchmarks.md, "Fifth session: the 10M scaling").
 */
export function explain(cache: ScoringCache, w: Float64Array, i: number, top = 3): Explanation {
  return explainOf(cache, w, i, top);
}

/** The indicators' sub-scores, ids and labels: a ScoringCache's, or a CustomerColumns' (scoring/customerColumns.ts). */
export type ExplainSource = Pick<ScoringCache, 'subScores' | 'indicatorIds' | 'labels'>;

/** The top items so far (indicator positions and their points, largest first): scratch shared by every call (nothing here calls out). */
const topAt: number[] = [];
const topPoints: number[] = [];

/** The weight sum of the last `rank`: the weights of the indicators the customer has. */
let rankedWeightSum = 0;

/**
 * The top `top` items of customer i into topAt/topPoints (largest first, ties in profile order);
 * returns how many, and leaves the weight sum in rankedWeightSum. `contributions`, when given,
 * gets every indicator's points.
 */
function rank(cache: ExplainSource, w: Float64Array, i: number, top: number, contributions: Record<string, number> | null): number {
  const { subScores, indicatorIds } = cache;
  let wsum = 0;
  for (let k = 0; k < subScores.length; k++) {
    const v = (subScores[k] as Float64Array)[i] as number;
    if (v === v) wsum += w[k] as number;
  }
  rankedWeightSum = wsum;
  let kept = 0;
  if (wsum > 0) {
    for (let k = 0; k < subScores.length; k++) {
      const v = (subScores[k] as Float64Array)[i] as number;
      const wk = w[k] as number;
      if (v !== v || wk === 0) continue;
      // The points indicator k adds to the score (weights summing to wsum over the indicators present).
      const points = (wk * v) / wsum;
      if (contributions) contributions[indicatorIds[k] as string] = points;
      // Its place among the top items: after every item with as many points (ties in profile order).
      let at = kept;
      while (at > 0 && (topPoints[at - 1] as number) < points) at--;
      if (at >= top) continue;
      if (kept < top) kept++;
      for (let j = kept - 1; j > at; j--) {
        topAt[j] = topAt[j - 1] as number;
        topPoints[j] = topPoints[j - 1] as number;
      }
      topAt[at] = k;
      topPoints[at] = points;
    }
  }
  return kept;
}

/**
 * `explain` on the sub-score columns alone. Each output of a run (the sheet, the CSV, the JSON)
 * explains every customer, so each indicator's points are worked out once per call and the top
 * items kept with their points (not recomputed at every comparison).
 */
export function explainOf(cache: ExplainSource, w: Float64Array, i: number, top = 3): Explanation {
  const { subScores, indicatorIds } = cache;
  const contributions: Record<string, number> = {};
  const kept = rank(cache, w, i, top, contributions);
  const wsum = rankedWeightSum;
  const why: WhyItem[] = [];
  for (let j = 0; j < kept; j++) {
    const k = topAt[j] as number;
    why.push({
      indicatorId: indicatorIds[k] as string,
      label: cache.labels[k] as string,
      points: topPoints[j] as number,
      subScore: (subScores[k] as Float64Array)[i] as number,
      weightShare: (w[k] as number) / wsum,
    });
  }
  return { contributions, why };
}

/**
 * explainOf's `why` items of customer i as indicator positions (`at`) and points, written from 0;
 * returns how many: the owned "why" cell needs no more, and no objects.
 */
export function topReasonsOf(cache: ExplainSource, w: Float64Array, i: number, at: Int32Array, points: Float64Array): number {
  const kept = rank(cache, w, i, at.length, null);
  for (let j = 0; j < kept; j++) {
    at[j] = topAt[j] as number;
    points[j] = topPoints[j] as number;
  }
  return kept;
}
