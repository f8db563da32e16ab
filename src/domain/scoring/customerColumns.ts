/**
 * Every scored customer as columns: one typed array per figure, keyed by customer index (the
 * customer index's id order), instead of one result object per customer. At a million customers
 * the objects (the contributions record, the "why" items, the RFM, payment and composition
 * objects) were about a gigabyte of small live objects that every full garbage collection marked
 * (docs/benchmarks.md, "Sixth session: per-customer results as columns"). A consumer that wants
 * one customer calls `customerAt`, which builds that customer's `CustomerResult` when asked; the
 * points per indicator and the top reasons are worked out then, from the sub-score columns.
 * Plain data only (typed arrays, arrays, a Map), so the columns cross a worker boundary as they are.
 */
import { ABC_CLASSES, type AbcClass } from '../segments/abc';
import type { TierChange } from '../segments/movement';
import { tierName } from '../segments/tiers';
import { paymentAt, type PaymentColumns } from '../finance/payment';
import type { CustomerResult } from './customerResult';
import { missingInputsOf, RATING_STATUSES, type RatingStatus } from './coverage';
import { explainOf } from './explain';

export interface CustomerColumns {
  /** Customers, = ids.length. */
  length: number;
  /** Customer ids, ascending: position = customer index. */
  ids: readonly string[];
  names: readonly (string | null)[];
  businessTypes: readonly (string | null)[];
  orders: Float64Array;
  sales: Float64Array;
  /** NaN where CustomerResult.profit is null. */
  profit: Float64Array;
  returned: Float64Array;
  /** NaN where CustomerResult.returnRate is null. */
  returnRate: Float64Array;
  /** NaN where CustomerResult.score is null. */
  score: Float64Array;
  /** Position in RATING_STATUSES. */
  status: Uint8Array;
  coverage: Float64Array;
  /** Tier code (segments/tiers.ts: tierName); NO_TIER for none. */
  tier: Uint8Array;
  /** Positions in ABC_CLASSES. */
  abc: Uint8Array;
  abcWithinType: Uint8Array;
  /** RFM of customers with orders (CustomerResult.rfm is null for the others). */
  recencyDays: Float64Array;
  rfmR: Uint8Array;
  rfmF: Uint8Array;
  rfmM: Uint8Array;
  rfmSegment: readonly string[];
  clv: Float64Array;
  payment: PaymentColumns;
  /** NaN where CustomerResult.shippingDays is null. */
  shippingDays: Float64Array;
  /** Share of company sales (composition), and the expected share from the customer sheet. */
  share: Float64Array;
  expectedShare: readonly (number | null)[];
  /** Tier change per customer id; null when no previous snapshot was given. */
  tierChanges: ReadonlyMap<string, TierChange> | null;
  /** For the points per indicator, the top reasons and the missing inputs (explain.ts, coverage.ts). */
  indicatorIds: readonly string[];
  labels: readonly string[];
  subScores: readonly Float64Array[];
  /** The weight vector the scores were computed with. */
  weights: Float64Array;
  /** Indicators some customer has (coverage.ts: inData). */
  present: readonly boolean[];
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Customer i as one object: the same figures, the same fields in the same order, as scoring has always returned. */
export function customerAt(c: CustomerColumns, i: number): CustomerResult {
  const customerId = c.ids[i] as string;
  const explanation = explainOf(c, c.weights, i);
  const hasOrders = (c.orders[i] as number) > 0;
  const expectedShare = c.expectedShare[i] ?? null;
  const share = c.share[i] as number;
  return {
    customerId,
    name: c.names[i] ?? null,
    businessType: c.businessTypes[i] ?? null,
    orders: c.orders[i] as number,
    sales: c.sales[i] as number,
    profit: orNull(c.profit[i] as number),
    returned: c.returned[i] as number,
    returnRate: orNull(c.returnRate[i] as number),
    score: orNull(c.score[i] as number),
    status: RATING_STATUSES[c.status[i] as number] as RatingStatus,
    coverage: c.coverage[i] as number,
    missingInputs: missingInputsOf(c, c.present, c.weights, i),
    tier: tierName(c.tier[i] as number),
    abc: ABC_CLASSES[c.abc[i] as number] as AbcClass,
    abcWithinType: ABC_CLASSES[c.abcWithinType[i] as number] as AbcClass,
    rfm: hasOrders ? { recencyDays: c.recencyDays[i] as number, r: c.rfmR[i] as number, f: c.rfmF[i] as number, m: c.rfmM[i] as number, segment: c.rfmSegment[i] as string } : null,
    clv: c.clv[i] as number,
    payment: paymentAt(c.payment, i),
    shippingDays: orNull(c.shippingDays[i] as number),
    contributions: explanation.contributions,
    why: explanation.why,
    tierChange: c.tierChanges ? (c.tierChanges.get(customerId) ?? null) : null,
    composition: { share, expectedShare, gap: expectedShare === null ? null : share - expectedShare },
  };
}

/** Every customer as an object (the task pane, small workbooks, tests): customerAt for each index. */
export function customerList(c: CustomerColumns): CustomerResult[] {
  const out = new Array<CustomerResult>(c.length);
  for (let i = 0; i < c.length; i++) out[i] = customerAt(c, i);
  return out;
}

/** Customers with rating status `status` (a RATING_STATUSES position). */
export function countStatus(c: Pick<CustomerColumns, 'status'>, status: number): number {
  let k = 0;
  for (let i = 0; i < c.status.length; i++) if (c.status[i] === status) k++;
  return k;
}
