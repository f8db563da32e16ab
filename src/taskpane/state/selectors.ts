/** Figures the views show, derived from pane state. Pure functions: tested without React. */
import type { ScoringConfig } from '../../domain/config';
import { AGEING_BUCKETS, type AgeingBucket } from '../../domain/finance/payment';
import { emptyAgeing } from '../../domain/finance/ageing';
import { effectiveWeights, resolveProfile } from '../../domain/indicators/profiles';
import type { CustomerResult } from '../../domain/score';
import { medianOfSorted } from '../../domain/scoring/stats';

export interface WeightRow {
  id: string;
  label: string;
  /** The manager's number, any positive scale. */
  raw: number;
  /** Share of the total, 0-100. */
  share: number;
}

/** Every indicator of the draft's profile with its raw weight and its normalised share of 100. */
export function weightRows(config: ScoringConfig): WeightRow[] {
  const profile = resolveProfile(config.profileId, config.customProfile);
  const weights = effectiveWeights(profile, config.weights);
  const raws = profile.indicators.map((d) => Math.max(0, weights[d.id] ?? 0));
  const total = raws.reduce((a, b) => a + b, 0);
  return profile.indicators.map((d, k) => ({ id: d.id, label: d.label, raw: raws[k] as number, share: total > 0 ? ((raws[k] as number) / total) * 100 : 0 }));
}

/** Rescales the weights so they add up to exactly 100 (largest remainder keeps whole numbers). */
export function normalisedWeights(rows: readonly WeightRow[]): Record<string, number> {
  const exact = rows.map((r) => r.share);
  const floors = exact.map(Math.floor);
  let left = rows.every((r) => r.raw === 0) ? 0 : 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, k) => ({ k, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.k - b.k);
  for (const { k } of order) {
    if (left <= 0) break;
    floors[k] = (floors[k] as number) + 1;
    left--;
  }
  return Object.fromEntries(rows.map((r, k) => [r.id, floors[k] as number]));
}

export interface FinanceOverview {
  /** Customers with at least one order paid against received documents. */
  customersWithPayments: number;
  /** Orders paid before their documents were received, left out of the payment figures. */
  paidBeforeDocuments: number;
  meanDays: number | null;
  medianDays: number | null;
  onTimeShare: number | null;
  ageing: Record<AgeingBucket, number> | null;
  slowest: { customerId: string; name: string | null; meanDays: number; onTimeShare: number | null }[];
}

/** Across customers: mean of their mean days, median of their mean days, mean on-time share. */
export function financeOverview(customers: readonly CustomerResult[], slowestCount = 5): FinanceOverview {
  const paying = customers.filter((c) => c.payment.meanDays !== null);
  const days = Float64Array.from(paying, (c) => c.payment.meanDays as number).sort();
  const onTime = paying.filter((c) => c.payment.onTimeShare !== null).map((c) => c.payment.onTimeShare as number);
  let ageing: FinanceOverview['ageing'] = null;
  for (const c of customers) {
    if (!c.payment.ageing) continue;
    const sum: Record<AgeingBucket, number> = (ageing ??= emptyAgeing());
    for (const b of AGEING_BUCKETS) sum[b] += c.payment.ageing[b];
  }
  const slowest = [...paying]
    .sort((a, b) => (b.payment.meanDays as number) - (a.payment.meanDays as number) || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, slowestCount)
    .map((c) => ({ customerId: c.customerId, name: c.name, meanDays: c.payment.meanDays as number, onTimeShare: c.payment.onTimeShare }));
  return {
    customersWithPayments: paying.length,
    paidBeforeDocuments: customers.reduce((k, c) => k + c.payment.paidBeforeDocuments, 0),
    meanDays: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    medianDays: days.length ? medianOfSorted(days) : null,
    onTimeShare: onTime.length ? onTime.reduce((a, b) => a + b, 0) / onTime.length : null,
    ageing,
    slowest,
  };
}

export type OutstandingSort = 'total' | AgeingBucket;

export interface OutstandingRow {
  customerId: string;
  name: string | null;
  ageing: Record<AgeingBucket, number>;
  total: number;
}

/**
 * Each customer that owes something, with the amount in each ageing bucket and the total;
 * filtered by a piece of the name or id (case-insensitive) and sorted by the chosen column,
 * largest first (ties by customer id).
 */
export function outstandingByCustomer(customers: readonly CustomerResult[], sortBy: OutstandingSort = 'total', filter = ''): OutstandingRow[] {
  const q = filter.trim().toLowerCase();
  const rows: OutstandingRow[] = [];
  for (const c of customers) {
    const ageing = c.payment.ageing;
    if (!ageing) continue;
    const total = AGEING_BUCKETS.reduce((sum, b) => sum + ageing[b], 0);
    if (total <= 0) continue;
    if (q && !c.customerId.toLowerCase().includes(q) && !(c.name ?? '').toLowerCase().includes(q)) continue;
    rows.push({ customerId: c.customerId, name: c.name, ageing: { ...ageing }, total });
  }
  const key = (r: OutstandingRow) => (sortBy === 'total' ? r.total : r.ageing[sortBy]);
  return rows.sort((a, b) => key(b) - key(a) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

export interface ContributionBar {
  id: string;
  label: string;
  points: number;
  /** Points as a share of the largest bar, 0-1, for drawing. */
  width: number;
}

/** The "why": each indicator's points, largest first. */
export function contributionBars(customer: CustomerResult, labels: ReadonlyMap<string, string>): ContributionBar[] {
  const entries = Object.entries(customer.contributions).sort((a, b) => b[1] - a[1]);
  const max = Math.max(0, ...entries.map(([, p]) => p));
  return entries.map(([id, points]) => ({ id, label: labels.get(id) ?? id, points, width: max > 0 ? points / max : 0 }));
}

export interface CountBar {
  key: string;
  count: number;
  /** Share of the total, 0-1. */
  share: number;
}

export function countBars(counts: Readonly<Record<string, number>>, order: readonly string[]): CountBar[] {
  const total = order.reduce((s, k) => s + (counts[k] ?? 0), 0);
  return order.map((key) => ({ key, count: counts[key] ?? 0, share: total > 0 ? (counts[key] ?? 0) / total : 0 }));
}
