/**
 * Payment efficiency per customer, for finance (docs/domain.md section 1).
 *
 * - Payment days: paidDate - documentsReceivedDate, on rows with both dates where the payment is
 *   not before the documents; mean and median.
 * - Paid before documents: a row paid before its documents were received (a prepayment, or a
 *   date entered wrongly) is counted in `paidBeforeDocuments` and left out of payment days and the
 *   on-time share, so it is flagged rather than averaged in as negative days.
 * - On time: a row is on time when paidDate <= documentsReceivedDate + creditDays (no credit
 *   days = due on receipt). On-time share = on-time rows / rows in payment days.
 * - Outstanding per row: its arrears when the order sheet has an arrears column (any row has a
 *   value; an empty cell then counts 0); without one, the amount of rows with no paid date;
 *   when the sheet has neither arrears nor paid dates, outstanding is unknown (null).
 * - Returns and credit notes (negative amount or quantity) are left out of all of these.
 * - Ageing: each outstanding amount is aged from its due date = (documentsReceivedDate, else
 *   orderDate) + creditDays, as of `asOf`: age = asOf - due; age <= 0 -> not yet due, then 1-30,
 *   31-60, 61-90, > 90 days overdue (ageing.ts). The worst bucket is the oldest with an amount > 0.
 */
import type { CustomerIndex } from '../customerIndex';
import type { DayNumber, OrderRow } from '../model';
import { isReturn } from '../returns';
import { quantileType7Range, settle } from '../scoring/stats';
import { AGEING_BUCKETS, ageingIndex, emptyAgeing, type Ageing, type AgeingBucket } from './ageing';

export { AGEING_BUCKETS, AGEING_NAMES, ageingBucket, type Ageing, type AgeingBucket } from './ageing';

const BUCKETS = AGEING_BUCKETS.length;

export interface PaymentStats {
  meanDays: number | null;
  medianDays: number | null;
  onTimeShare: number | null;
  arrears: number | null;
  ageing: Ageing | null;
  worstBucket: AgeingBucket | null;
  /** Rows paid before their documents were received: left out of payment days and on-time share. */
  paidBeforeDocuments: number;
}

const orNaN = (v: number | null): number => (v === null ? NaN : v);

/**
 * What finance needs from each order row, gathered in one walk over the rows: by
 * `paymentStats`, or by the aggregation pass (`aggregateOrders`' collector) so the scoring
 * pipeline walks the row objects once. Outstanding amounts are kept under both rules (arrears
 * column / unpaid orders) because which one applies depends on the whole sheet.
 */
export class PaymentRows {
  /** paidDate - documentsReceivedDate per row, valid where hasDays[r] = 1. */
  readonly days: Float64Array;
  readonly hasDays: Uint8Array;
  /** Per customer: rows paid on time, and amounts owed per ageing bucket under each rule. */
  readonly onTime: Float64Array;
  readonly paidEarly: Float64Array;
  readonly owedArrears: Float64Array;
  readonly owedUnpaid: Float64Array;
  anyArrears = false;
  anyPaid = false;
  /** A NaN or -0 among the days: their ordering is left to the built-in sort. */
  unusual = false;

  constructor(
    readonly customers: number,
    rows: number,
    readonly asOf: DayNumber,
  ) {
    this.days = new Float64Array(rows);
    this.hasDays = new Uint8Array(rows);
    this.onTime = new Float64Array(customers);
    this.paidEarly = new Float64Array(customers);
    this.owedArrears = new Float64Array(customers * BUCKETS);
    this.owedUnpaid = new Float64Array(customers * BUCKETS);
  }

  /** Row r of customer i; a return (returns.ts) is left out, as the aggregation leaves it out. */
  addRow(r: number, i: number, o: OrderRow): void {
    if (isReturn(o.amount, o.quantity)) return;
    this.add(r, i, o.amount, o.orderDate, orNaN(o.paidDate), orNaN(o.documentsReceivedDate), orNaN(o.creditDays), orNaN(o.arrears));
  }

  /** Row r of customer i, given as its values (NaN = the row has none), as an order table holds them. */
  add(r: number, i: number, amount: number, orderDate: DayNumber, paid: number, docs: number, creditDays: number, arrears: number): void {
    const credit = creditDays === creditDays ? creditDays : 0;
    const hasPaid = paid === paid;
    const hasDocs = docs === docs;
    if (hasPaid) {
      this.anyPaid = true;
      if (hasDocs && paid < docs) {
        this.paidEarly[i] = (this.paidEarly[i] as number) + 1;
      } else if (hasDocs) {
        if (paid <= docs + credit) this.onTime[i] = (this.onTime[i] as number) + 1;
        const d = paid - docs;
        this.days[r] = d;
        this.hasDays[r] = 1;
        if (d !== d || (d === 0 && 1 / d < 0)) this.unusual = true;
      }
    }
    const hasArrears = arrears === arrears;
    if (hasArrears) this.anyArrears = true;
    const owesArrears = hasArrears && arrears !== 0;
    const unpaid = hasPaid ? 0 : amount;
    if (owesArrears || unpaid !== 0) {
      const age = this.asOf - ((hasDocs ? docs : orderDate) + credit);
      const at = i * BUCKETS + ageingIndex(age);
      if (owesArrears) this.owedArrears[at] = (this.owedArrears[at] as number) + arrears;
      if (unpaid !== 0) this.owedUnpaid[at] = (this.owedUnpaid[at] as number) + unpaid;
    }
  }
}

/** Sorts days[from, to) ascending as Float64Array.prototype.sort would (small runs by insertion). */
function sortRange(days: Float64Array, from: number, to: number, exact: boolean): void {
  if (exact || to - from > 24) {
    days.subarray(from, to).sort();
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const v = days[j] as number;
    let at = j;
    while (at > from && (days[at - 1] as number) > v) {
      days[at] = days[at - 1] as number;
      at--;
    }
    days[at] = v;
  }
}

export function paymentStats(index: CustomerIndex, orders: readonly OrderRow[], asOf: DayNumber): PaymentStats[] {
  const custOf = index.orderCustomer;
  if (custOf.length !== orders.length) throw new Error('paymentStats needs the orders the customer index was built from');
  const rows = new PaymentRows(index.ids.length, orders.length, asOf);
  for (let r = 0; r < orders.length; r++) rows.addRow(r, custOf[r] as number, orders[r] as OrderRow);
  return paymentStatsOf(rows, custOf);
}

/**
 * The statistics of every customer as columns (docs/benchmarks.md, "Sixth session"): no object per
 * customer is kept; `paymentAt` gives one customer's `PaymentStats`. NaN stands for null.
 */
export interface PaymentColumns {
  /** Rows in payment days; the three figures below are null (whatever they hold) where it is 0. */
  daysCount: Int32Array;
  meanDays: Float64Array;
  medianDays: Float64Array;
  onTimeShare: Float64Array;
  /** Outstanding total; NaN when the sheet states neither arrears nor paid dates (`owedKnown` false). */
  arrears: Float64Array;
  /** Whether outstanding amounts are known at all (the same for every customer of a run). */
  owedKnown: boolean;
  /** Settled amount per customer and ageing bucket, at i * AGEING_BUCKETS.length + bucket; empty when not `owedKnown`. */
  ageing: Float64Array;
  /** Oldest bucket with an amount > 0, as its position in AGEING_BUCKETS; -1 for none. */
  worstBucket: Int8Array;
  paidBeforeDocuments: Float64Array;
}

/** The statistics from gathered rows, as columns; `customerOf` = customer index of each row. */
export function paymentColumnsOf(rows: PaymentRows, customerOf: Int32Array): PaymentColumns {
  const n = rows.customers;
  const owed = rows.anyArrears ? rows.owedArrears : rows.anyPaid ? rows.owedUnpaid : null;
  // Group payment days per customer in one flat array (counts -> offsets -> fill).
  const counts = new Uint32Array(n + 1);
  const { hasDays } = rows;
  for (let r = 0; r < hasDays.length; r++) {
    if (hasDays[r] === 0) continue;
    const at = (customerOf[r] as number) + 1;
    counts[at] = (counts[at] as number) + 1;
  }
  for (let i = 0; i < n; i++) counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
  const days = new Float64Array(counts[n] as number);
  const fill = counts.slice(0, n);
  for (let r = 0; r < hasDays.length; r++) {
    if (hasDays[r] === 0) continue;
    const i = customerOf[r] as number;
    days[fill[i] as number] = rows.days[r] as number;
    fill[i] = (fill[i] as number) + 1;
  }

  const daysCount = new Int32Array(n);
  const meanDays = new Float64Array(n);
  const medianDays = new Float64Array(n);
  const onTimeShare = new Float64Array(n);
  const arrears = new Float64Array(n);
  const ageing = new Float64Array(owed === null ? 0 : n * BUCKETS);
  const worstBucket = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const from = counts[i] as number;
    const to = counts[i + 1] as number;
    sortRange(days, from, to, rows.unusual);
    let sum = 0;
    for (let j = from; j < to; j++) sum += days[j] as number;
    const k = to - from;
    let worst = -1;
    let total = NaN;
    if (owed !== null) {
      let owedSum = 0;
      for (let j = 0; j < BUCKETS; j++) {
        const amount = settle(owed[i * BUCKETS + j] as number);
        ageing[i * BUCKETS + j] = amount;
        owedSum += amount;
        if (amount > 0) worst = j;
      }
      total = settle(owedSum);
    }
    daysCount[i] = k;
    meanDays[i] = k > 0 ? sum / k : NaN;
    medianDays[i] = k > 0 ? quantileType7Range(days, from, to, 0.5) : NaN;
    onTimeShare[i] = k > 0 ? (rows.onTime[i] as number) / k : NaN;
    arrears[i] = total;
    worstBucket[i] = worst;
  }
  return { daysCount, meanDays, medianDays, onTimeShare, arrears, owedKnown: owed !== null, ageing, worstBucket, paidBeforeDocuments: rows.paidEarly };
}

/** One customer's ageing amounts from the columns; null when outstanding amounts are unknown. */
export function ageingAt(columns: PaymentColumns, i: number): Ageing | null {
  if (!columns.owedKnown) return null;
  const a: Ageing = emptyAgeing();
  for (let j = 0; j < BUCKETS; j++) a[AGEING_BUCKETS[j] as AgeingBucket] = columns.ageing[i * BUCKETS + j] as number;
  return a;
}

/** One customer's statistics from the columns. */
export function paymentAt(columns: PaymentColumns, i: number): PaymentStats {
  const worst = columns.worstBucket[i] as number;
  const some = (columns.daysCount[i] as number) > 0;
  return {
    meanDays: some ? (columns.meanDays[i] as number) : null,
    medianDays: some ? (columns.medianDays[i] as number) : null,
    onTimeShare: some ? (columns.onTimeShare[i] as number) : null,
    arrears: columns.owedKnown ? (columns.arrears[i] as number) : null,
    ageing: ageingAt(columns, i),
    worstBucket: worst < 0 ? null : (AGEING_BUCKETS[worst] as AgeingBucket),
    paidBeforeDocuments: columns.paidBeforeDocuments[i] as number,
  };
}

/** The statistics from gathered rows; `customerOf` = customer index of each row. */
export function paymentStatsOf(rows: PaymentRows, customerOf: Int32Array): PaymentStats[] {
  const columns = paymentColumnsOf(rows, customerOf);
  return Array.from({ length: rows.customers }, (_, i) => paymentAt(columns, i));
}
