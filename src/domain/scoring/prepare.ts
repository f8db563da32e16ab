/**
 * Step one of scoring: aggregate once and turn every indicator into a cached 0-100 sub-score
 * array, so that changing weights or tier rules only needs `rescore`.
 */
import { aggregateOrders, indexCustomers, type CustomerAggregates, type CustomerIndex } from '../aggregate';
import type { CustomerRow, DayNumber, OrderRow } from '../model';
import type { ExtraColumns, IndicatorContext, IndicatorDefinition, Profile } from '../indicators/types';
import { percentileScores } from './stats';

export interface ScoringCache {
  profile: Profile;
  index: CustomerIndex;
  agg: CustomerAggregates;
  asOf: DayNumber;
  indicatorIds: readonly string[];
  labels: readonly string[];
  /** One 0-100 array per indicator (same order as indicatorIds); NaN = customer lacks the input. */
  subScores: readonly Float64Array[];
  /** Raw measures, per indicator, per part (NaN = missing). */
  raw: readonly (readonly Float64Array[])[];
  /** Customers lacking each indicator. */
  missing: Record<string, number>;
}

/** Combine part sub-scores per customer: mean of the parts present, or the first present. */
function combineParts(def: IndicatorDefinition, parts: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let count = 0;
    for (const p of parts) {
      const v = p[i] as number;
      if (Number.isNaN(v)) continue;
      sum += v;
      count++;
      if (def.combine === 'first') break;
    }
    out[i] = count > 0 ? sum / count : NaN;
  }
  return out;
}

export function buildCache(index: CustomerIndex, agg: CustomerAggregates, profile: Profile, asOf: DayNumber, extra: ExtraColumns = {}): ScoringCache {
  const ctx: IndicatorContext = { index, agg, asOf, extra };
  const subScores: Float64Array[] = [];
  const raw: Float64Array[][] = [];
  const missing: Record<string, number> = {};
  for (const def of profile.indicators) {
    const rawParts = def.parts.map((p) => p.raw(ctx));
    const partScores = rawParts.map((r, k) => percentileScores(r, (def.parts[k] as IndicatorDefinition['parts'][number]).direction));
    const combined = combineParts(def, partScores, agg.n);
    let lacking = 0;
    for (let i = 0; i < combined.length; i++) if (Number.isNaN(combined[i])) lacking++;
    missing[def.id] = lacking;
    subScores.push(combined);
    raw.push(rawParts);
  }
  return {
    profile,
    index,
    agg,
    asOf,
    indicatorIds: profile.indicators.map((d) => d.id),
    labels: profile.indicators.map((d) => d.label),
    subScores,
    raw,
    missing,
  };
}

export function prepareScoring(customers: readonly CustomerRow[], orders: readonly OrderRow[], profile: Profile, asOf: DayNumber, extra: ExtraColumns = {}): ScoringCache {
  const index = indexCustomers(customers, orders);
  return buildCache(index, aggregateOrders(index, orders, asOf), profile, asOf, extra);
}
