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

/**
 * `explain` on the sub-score columns alone. Each output of a run (the sheet, the CSV, the JSON)
 * explains every customer, so each indicator's points are worked out once per call and the top
 * items kept with their points (not recomputed at every comparison).
 */
export function explainOf(cache: ExplainSource, w: Float64Array, i: number, top = 3): Explanation {
  const { subScores, indicatorIds } = cache;
  let wsum = 0;
  for (let k = 0; k < subScores.length; k++) {
    const v = (subScores[k] as Float64Array)[i] as number;
    if (v === v) wsum += w[k] as number;
  }
  const contributions: Record<string, number> = {};
  let kept = 0;
  if (wsum > 0) {
    for (let k = 0; k < subScores.length; k++) {
      const v = (subScores[k] as Float64Array)[i] as number;
      const wk = w[k] as number;
      if (v !== v || wk === 0) continue;
      // The points indicator k adds to the score (weights summing to wsum over the indicators present).
      const points = (wk * v) / wsum;
      contributions[indicatorIds[k] as string] = points;
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
