/**
 * Payment efficiency per customer, for finance (DOMAIN.md section 1).
 *
 * - Payment days: paidDate - documentsReceivedDate, on rows with both dates; mean and median.
 * - On time: a row is on time when paidDate <= documentsReceivedDate + creditDays (no credit
 *   days = due on receipt). On-time share = on-time rows / rows with both dates.
 * - Outstanding per row: its arrears when the order sheet has an arrears column (any row has a
 *   value; an empty cell then counts 0); without one, the amount of rows with no paid date;
 *   when the sheet has neither arrears nor paid dates, outstanding is unknown (null).
 * - Ageing: each outstanding amount is aged from its due date = (documentsReceivedDate, else
 *   orderDate) + creditDays, as of `asOf`; age <= 30 days (including not yet due) -> 0-30,
 *   31-60, 61-90, > 90. The worst bucket is the oldest with an amount > 0.
 */
import type { CustomerIndex } from '../aggregate';
import type { DayNumber, OrderRow } from '../model';
import { medianOfSorted, settle } from '../scoring/stats';

export const AGEING_BUCKETS = ['b0_30', 'b31_60', 'b61_90', 'b90plus'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];
export type Ageing = Record<AgeingBucket, number>;

export interface PaymentStats {
  meanDays: number | null;
  medianDays: number | null;
  onTimeShare: number | null;
  arrears: number | null;
  ageing: Ageing | null;
  worstBucket: AgeingBucket | null;
}

export function ageingBucket(ageDays: number): AgeingBucket {
  return ageDays <= 30 ? 'b0_30' : ageDays <= 60 ? 'b31_60' : ageDays <= 90 ? 'b61_90' : 'b90plus';
}

type OutstandingRule = 'arrears' | 'unpaid' | 'unknown';

function outstandingRule(orders: readonly OrderRow[]): OutstandingRule {
  let paid = false;
  for (const o of orders) {
    if (o.arrears !== null) return 'arrears';
    if (o.paidDate !== null) paid = true;
  }
  return paid ? 'unpaid' : 'unknown';
}

export function paymentStats(index: CustomerIndex, orders: readonly OrderRow[], asOf: DayNumber): PaymentStats[] {
  const n = index.ids.length;
  const rule = outstandingRule(orders);
  // Group payment days per customer in one flat array (counts -> offsets -> fill).
  const counts = new Uint32Array(n + 1);
  const onTime = new Float64Array(n);
  const owed = new Float64Array(n * 4);
  const custOf = index.orderCustomer;
  if (custOf.length !== orders.length) throw new Error('paymentStats needs the orders the customer index was built from');
  for (let r = 0; r < orders.length; r++) {
    const o = orders[r] as OrderRow;
    const i = custOf[r] as number;
    if (o.paidDate !== null && o.documentsReceivedDate !== null) {
      counts[i + 1] = (counts[i + 1] as number) + 1;
      if (o.paidDate <= o.documentsReceivedDate + (o.creditDays ?? 0)) onTime[i] = (onTime[i] as number) + 1;
    }
    const amount = rule === 'arrears' ? (o.arrears ?? 0) : rule === 'unpaid' && o.paidDate === null ? o.amount : 0;
    if (amount !== 0) {
      const due = (o.documentsReceivedDate ?? o.orderDate) + (o.creditDays ?? 0);
      const age = asOf - due;
      const b = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3; // as ageingBucket
      owed[i * 4 + b] = (owed[i * 4 + b] as number) + amount;
    }
  }
  for (let i = 0; i < n; i++) counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
  const days = new Float64Array(counts[n] as number);
  const fill = counts.slice(0, n);
  for (let r = 0; r < orders.length; r++) {
    const o = orders[r] as OrderRow;
    if (o.paidDate === null || o.documentsReceivedDate === null) continue;
    const i = custOf[r] as number;
    days[fill[i] as number] = o.paidDate - o.documentsReceivedDate;
    fill[i] = (fill[i] as number) + 1;
  }

  const out: PaymentStats[] = new Array<PaymentStats>(n);
  for (let i = 0; i < n; i++) {
    const from = counts[i] as number;
    const to = counts[i + 1] as number;
    const own = days.subarray(from, to).sort();
    let sum = 0;
    for (const d of own) sum += d;
    const k = to - from;
    let ageing: Ageing | null = null;
    let worst: AgeingBucket | null = null;
    let total: number | null = null;
    if (rule !== 'unknown') {
      const a: Ageing = { b0_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 };
      let owedSum = 0;
      for (let j = 0; j < AGEING_BUCKETS.length; j++) {
        const b = AGEING_BUCKETS[j] as AgeingBucket;
        a[b] = settle(owed[i * 4 + j] as number);
        owedSum += a[b];
        if (a[b] > 0) worst = b;
      }
      ageing = a;
      total = settle(owedSum);
    }
    out[i] = {
      meanDays: k > 0 ? sum / k : null,
      medianDays: k > 0 ? medianOfSorted(own) : null,
      onTimeShare: k > 0 ? (onTime[i] as number) / k : null,
      arrears: total,
      ageing,
      worstBucket: worst,
    };
  }
  return out;
}
