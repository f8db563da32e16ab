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

/** Points indicator k adds to customer i's score (weights summing to `wsum` over its present indicators). */
function pointsOf(subScores: readonly Float64Array[], w: Float64Array, wsum: number, k: number, i: number): number {
  return ((w[k] as number) * ((subScores[k] as Float64Array)[i] as number)) / wsum;
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

/** `explain` on the sub-score columns alone. */
export function explainOf(cache: ExplainSource, w: Float64Array, i: number, top = 3): Explanation {
  const { subScores } = cache;
  let wsum = 0;
  for (let k = 0; k < subScores.length; k++) {
    const v = (subScores[k] as Float64Array)[i] as number;
    if (v === v) wsum += w[k] as number;
  }
  const contributions: Record<string, number> = {};
  const best: number[] = []; // indicator positions, by points descending
  if (wsum > 0) {
    for (let k = 0; k < subScores.length; k++) {
      const v = (subScores[k] as Float64Array)[i] as number;
      if (v !== v || w[k] === 0) continue;
      const points = pointsOf(subScores, w, wsum, k, i);
      contributions[cache.indicatorIds[k] as string] = points;
      let at = best.length;
      while (at > 0 && pointsOf(subScores, w, wsum, best[at - 1] as number, i) < points) at--;
      if (at < top) {
        best.splice(at, 0, k);
        if (best.length > top) best.pop();
      }
    }
  }
  const why = best.map((k) => ({
    indicatorId: cache.indicatorIds[k] as string,
    label: cache.labels[k] as string,
    points: pointsOf(subScores, w, wsum, k, i),
    subScore: (subScores[k] as Float64Array)[i] as number,
    weightShare: (w[k] as number) / wsum,
  }));
  return { contributions, why };
}
