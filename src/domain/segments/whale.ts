/**
 * The whale curve (seeds 000, 002): cumulative profit, as % of total profit, against the share of
 * customers ranked by profit descending (ties by customer index). The curve rises above 100%
 * while profitable customers accumulate and falls back as loss-makers are added.
 */
import { rankDescending } from './abc';

export interface WhalePoint {
  /** Share of customers, 0-100 %. */
  customerShare: number;
  /** Cumulative profit of those customers, % of total profit. */
  profitShare: number;
}

export interface WhaleCurve {
  points: WhalePoint[];
  /** Highest point of the curve (% of total profit) and where it is reached. */
  peak: WhalePoint;
  totalProfit: number;
}

/** At most `maxPoints` + 1 evenly spaced points (every customer when there are fewer). */
export function whaleCurve(profit: Float64Array, maxPoints = 100): WhaleCurve {
  const ranked = rankDescending(profit);
  const n = ranked.length;
  const cumulative = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const v = profit[ranked[k] as number] as number;
    cumulative[k + 1] = (cumulative[k] as number) + (Number.isNaN(v) ? 0 : v);
  }
  const total = cumulative[n] as number;
  const pct = (x: number): number => (total === 0 ? 0 : (100 * x) / total);
  const steps = Math.min(n, maxPoints);
  const points: WhalePoint[] = [];
  for (let s = 0; s <= steps; s++) {
    const k = steps === 0 ? 0 : Math.round((s * n) / steps);
    points.push({ customerShare: n === 0 ? 0 : (100 * k) / n, profitShare: pct(cumulative[k] as number) });
  }
  let peakK = 0;
  for (let k = 1; k <= n; k++) if ((cumulative[k] as number) > (cumulative[peakK] as number)) peakK = k;
  return {
    points,
    peak: { customerShare: n === 0 ? 0 : (100 * peakK) / n, profitShare: pct(cumulative[peakK] as number) },
    totalProfit: total,
  };
}
