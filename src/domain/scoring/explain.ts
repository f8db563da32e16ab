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
 * (a candidate list of indicator positions, not one object per indicator).
 */
export function explain(cache: ScoringCache, w: Float64Array, i: number, top = 3): Explanation {
  const { subScores } = cache;
  let wsum = 0;
  for (let k = 0; k < subScores.length; k++) {
    const v = (subScores[k] as Float64Array)[i] as number;
    if (v === v) wsum += w[k] as number;
  }
  const contributions: Record<string, number> = {};
  const best: number[] = []; // indicator positions, by points descending
  const pointsOf = (k: number): number => ((w[k] as number) * ((subScores[k] as Float64Array)[i] as number)) / wsum;
  if (wsum > 0) {
    for (let k = 0; k < subScores.length; k++) {
      const v = (subScores[k] as Float64Array)[i] as number;
      if (v !== v || w[k] === 0) continue;
      const points = pointsOf(k);
      contributions[cache.indicatorIds[k] as string] = points;
      let at = best.length;
      while (at > 0 && pointsOf(best[at - 1] as number) < points) at--;
      if (at < top) {
        best.splice(at, 0, k);
        if (best.length > top) best.pop();
      }
    }
  }
  const why = best.map((k) => ({
    indicatorId: cache.indicatorIds[k] as string,
    label: cache.labels[k] as string,
    points: pointsOf(k),
    subScore: (subScores[k] as Float64Array)[i] as number,
    weightShare: (w[k] as number) / wsum,
  }));
  return { contributions, why };
}
