/**
 * Per-customer aggregation of the order rows, in one pass, into column arrays (Float64Array,
 * NaN = the customer has no value for that measure). Customers are indexed by id in ascending
 * code-unit order, so every later step is independent of the order rows arrive in.
 */
import { PaymentRows } from './finance/payment';
import type { CustomerRow, DayNumber, OrderRow } from './model';
import { settle } from './scoring/stats';

export interface CustomerIndex {
  /** Customer ids, ascending: position = customer index. */
  ids: readonly string[];
  byId: ReadonlyMap<string, number>;
  /** The customer-sheet row of each index, or null for ids met only in the order sheet. */
  rows: readonly (CustomerRow | null)[];
  /** Name from the customer sheet (null for ids met only in the order sheet). */
  names: (string | null)[];
  businessTypes: (string | null)[];
  /**
   * Customer index of each order row of the `orders` the index was built from, so later passes
   * over those rows need no map lookup. Only valid for that same array.
   */
  orderCustomer: Int32Array;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Union of customer-sheet ids and order-sheet ids, sorted; one map lookup per order row. */
export function indexCustomers(customers: readonly CustomerRow[], orders: readonly OrderRow[]): CustomerIndex {
  const rowOf = new Map<string, CustomerRow>();
  for (const c of customers) if (!rowOf.has(c.customerId)) rowOf.set(c.customerId, c);
  // Provisional numbers in order of first appearance, renumbered once the ids are sorted.
  const provisional = new Map<string, number>();
  for (const id of rowOf.keys()) provisional.set(id, provisional.size);
  const orderCustomer = new Int32Array(orders.length);
  let lastId: string | null = null;
  let last = -1;
  for (let r = 0; r < orders.length; r++) {
    const id = (orders[r] as OrderRow).customerId;
    if (id !== lastId) {
      let k = provisional.get(id);
      if (k === undefined) {
        k = provisional.size;
        provisional.set(id, k);
      }
      lastId = id;
      last = k;
    }
    orderCustomer[r] = last;
  }
  const ids = [...provisional.keys()].sort(byCodeUnits);
  const byId = new Map<string, number>();
  const renumber = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    byId.set(id, i);
    renumber[provisional.get(id) as number] = i;
  });
  for (let r = 0; r < orderCustomer.length; r++) orderCustomer[r] = renumber[orderCustomer[r] as number] as number;
  const rows = ids.map((id) => rowOf.get(id) ?? null);
  return {
    ids,
    byId,
    rows,
    names: rows.map((r) => r?.name ?? null),
    businessTypes: rows.map((r) => r?.businessType ?? null),
    orderCustomer,
  };
}

/** Column arrays, one entry per customer index. */
export interface CustomerAggregates {
  n: number;
  /** Distinct order ids (a row without an order id counts as one order). */
  orders: Float64Array;
  rows: Float64Array;
  sales: Float64Array;
  /** Sum of profit over rows that state it; NaN when no row of the customer does. */
  profit: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  meanOrderAmount: Float64Array;
  /** Orders per year of cooperation (at least one year is assumed, so a new customer is not inflated). */
  ordersPerYear: Float64Array;
  /** Annual sales = mean order amount x orders per year. */
  annualSales: Float64Array;
  productTypesPerOrder: Float64Array;
  /** Amount-weighted prepayment share 0-1. */
  prepaymentShare: Float64Array;
  creditDays: Float64Array;
  /** Mean days ready -> shipped (order date -> shipped when no ready date). */
  shippingDays: Float64Array;
  /** Mean days documents received -> paid. */
  paymentDays: Float64Array;
  bargainingRounds: Float64Array;
  discount: Float64Array;
  /** Claims per distinct order (claims are recorded once per order). */
  claimsPerOrder: Float64Array;
  /** Share of claims settled on reasonable terms; NaN when no claims or not recorded. */
  reasonableShare: Float64Array;
  /** Sum of the arrears column; NaN when the customer has no arrears value. */
  arrears: Float64Array;
}

const DAYS_PER_YEAR = 365.25;

/**
 * Working arrays reused by every aggregation (grow-only, cleared before use; nothing here calls
 * out, so one call never sees another's). They are tens of MB for a million rows, and fresh ones
 * on every run are churn that brings on full garbage collections, which mark every row object.
 */
const reused = { slots: new Int32Array(0), customerOf: new Int32Array(0), acc: new Float64Array(0) };

/**
 * Distinct (customer, order id) pairs in an open-addressing table of row numbers keyed by a
 * string hash: several times faster than a Map of concatenated keys for a million rows, and
 * no garbage. Collisions are settled by comparing the stored row's order id and customer.
 */
class OrderIdSet {
  private readonly slots: Int32Array;
  private readonly customerOf: Int32Array;
  private readonly mask: number;
  constructor(private readonly orders: readonly OrderRow[]) {
    let size = 1024;
    while (size < orders.length * 2) size *= 2;
    if (reused.slots.length < size) {
      reused.slots = new Int32Array(size);
      reused.customerOf = new Int32Array(size);
    } else reused.slots.fill(0, 0, size); // customerOf is only read where a slot is set
    this.slots = reused.slots.subarray(0, size);
    this.customerOf = reused.customerOf.subarray(0, size);
    this.mask = size - 1;
  }

  /** Registers row r (of customer i, with an order id); true when the pair was not seen before. */
  addIsNew(i: number, r: number): boolean {
    const id = (this.orders[r] as OrderRow).orderId as string;
    let h = 0x811c9dc5 ^ i;
    for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
    let slot = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const stored = this.slots[slot] as number;
      if (stored === 0) {
        this.slots[slot] = r + 1;
        this.customerOf[slot] = i;
        return true;
      }
      if (this.customerOf[slot] === i && (this.orders[stored - 1] as OrderRow).orderId === id) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(NaN);
}

/** Accumulator slots per customer: sum and count of each per-row measure. */
const enum Slot {
  ProductTypes,
  PrepayShare,
  CreditDays,
  Shipping,
  Payment,
  Bargaining,
  Discount,
  Claims,
  Reasonable,
  Arrears,
  PrepaidAmount, // sum of prepaymentShare x amount
  PrepayBase, // sum of amount on rows with a prepayment share
  Profit,
  Count,
}

/** Mean of the slot whose sum sits at `at` (its count follows), or NaN when it has no value. */
function meanAt(acc: Float64Array, at: number): number {
  const c = acc[at + 1] as number;
  return c > 0 ? settle(acc[at] as number) / c : NaN;
}

/**
 * Per-row values that later passes of the scoring pipeline need (finance, seasonality), filled
 * by the aggregation walk so the row objects are walked once: reading a million row objects
 * costs far more than reading typed columns.
 */
export interface RowCollector {
  payments: PaymentRows;
  orderDay: Float64Array;
  amount: Float64Array;
}

export function rowCollector(customers: number, orders: readonly OrderRow[], asOf: DayNumber): RowCollector {
  return { payments: new PaymentRows(customers, orders.length, asOf), orderDay: new Float64Array(orders.length), amount: new Float64Array(orders.length) };
}

export function aggregateOrders(index: CustomerIndex, orders: readonly OrderRow[], asOf: DayNumber): CustomerAggregates {
  return aggregateOrdersCollecting(index, orders, asOf, null);
}

/** aggregateOrders, also filling `collect` (built by rowCollector for the same index and orders). */
export function aggregateOrdersCollecting(index: CustomerIndex, orders: readonly OrderRow[], asOf: DayNumber, collect: RowCollector | null): CustomerAggregates {
  const n = index.ids.length;
  const ordersCount = new Float64Array(n);
  const rows = new Float64Array(n);
  const sales = new Float64Array(n);
  const firstDay = new Float64Array(n).fill(Infinity);
  const lastDay = new Float64Array(n).fill(-Infinity);
  // One block per customer, sum and count side by side, keeps a row's updates on neighbouring
  // cache lines: the loop is bound by memory access, not arithmetic.
  const width = 2 * Slot.Count;
  if (reused.acc.length < n * width) reused.acc = new Float64Array(n * width);
  else reused.acc.fill(0, 0, n * width);
  const acc = reused.acc.subarray(0, n * width);
  const seenOrders = new OrderIdSet(orders);
  const customerOf = index.orderCustomer;
  if (customerOf.length !== orders.length) throw new Error('aggregateOrders needs the orders the customer index was built from');

  const payments = collect?.payments ?? null;
  const orderDay = collect?.orderDay ?? null;
  const amountOf = collect?.amount ?? null;

  // The loop is written out (no helper calls) so the JIT keeps it allocation-free.
  for (let r = 0; r < orders.length; r++) {
    const o = orders[r] as OrderRow;
    const i = customerOf[r] as number;
    if (payments !== null && orderDay !== null && amountOf !== null) {
      payments.add(r, i, o);
      orderDay[r] = o.orderDate;
      amountOf[r] = o.amount;
    }
    const b = i * width;
    rows[i] = (rows[i] as number) + 1;
    if (o.orderId === null || seenOrders.addIsNew(i, r)) ordersCount[i] = (ordersCount[i] as number) + 1;
    const amount = o.amount;
    sales[i] = (sales[i] as number) + amount;
    const day = o.orderDate;
    if (day < (firstDay[i] as number)) firstDay[i] = day;
    if (day > (lastDay[i] as number)) lastDay[i] = day;
    let v: number | null = o.profit;
    if (v !== null) {
      acc[b + 2 * Slot.Profit] = (acc[b + 2 * Slot.Profit] as number) + v;
      acc[b + 2 * Slot.Profit + 1] = (acc[b + 2 * Slot.Profit + 1] as number) + 1;
    }
    v = o.productTypes;
    if (v !== null) {
      acc[b + 2 * Slot.ProductTypes] = (acc[b + 2 * Slot.ProductTypes] as number) + v;
      acc[b + 2 * Slot.ProductTypes + 1] = (acc[b + 2 * Slot.ProductTypes + 1] as number) + 1;
    }
    v = o.prepaymentShare;
    if (v !== null) {
      acc[b + 2 * Slot.PrepayShare] = (acc[b + 2 * Slot.PrepayShare] as number) + v;
      acc[b + 2 * Slot.PrepayShare + 1] = (acc[b + 2 * Slot.PrepayShare + 1] as number) + 1;
      acc[b + 2 * Slot.PrepaidAmount] = (acc[b + 2 * Slot.PrepaidAmount] as number) + v * amount;
      acc[b + 2 * Slot.PrepayBase] = (acc[b + 2 * Slot.PrepayBase] as number) + amount;
    }
    v = o.creditDays;
    if (v !== null) {
      acc[b + 2 * Slot.CreditDays] = (acc[b + 2 * Slot.CreditDays] as number) + v;
      acc[b + 2 * Slot.CreditDays + 1] = (acc[b + 2 * Slot.CreditDays + 1] as number) + 1;
    }
    v = o.shippedDate;
    if (v !== null) {
      acc[b + 2 * Slot.Shipping] = (acc[b + 2 * Slot.Shipping] as number) + v - (o.readyDate ?? day);
      acc[b + 2 * Slot.Shipping + 1] = (acc[b + 2 * Slot.Shipping + 1] as number) + 1;
    }
    v = o.paidDate;
    const docs = o.documentsReceivedDate;
    if (v !== null && docs !== null) {
      acc[b + 2 * Slot.Payment] = (acc[b + 2 * Slot.Payment] as number) + v - docs;
      acc[b + 2 * Slot.Payment + 1] = (acc[b + 2 * Slot.Payment + 1] as number) + 1;
    }
    v = o.bargainingRounds;
    if (v !== null) {
      acc[b + 2 * Slot.Bargaining] = (acc[b + 2 * Slot.Bargaining] as number) + v;
      acc[b + 2 * Slot.Bargaining + 1] = (acc[b + 2 * Slot.Bargaining + 1] as number) + 1;
    }
    v = o.discount;
    if (v !== null) {
      acc[b + 2 * Slot.Discount] = (acc[b + 2 * Slot.Discount] as number) + v;
      acc[b + 2 * Slot.Discount + 1] = (acc[b + 2 * Slot.Discount + 1] as number) + 1;
    }
    v = o.claimsCount;
    if (v !== null) {
      acc[b + 2 * Slot.Claims] = (acc[b + 2 * Slot.Claims] as number) + v;
      acc[b + 2 * Slot.Claims + 1] = (acc[b + 2 * Slot.Claims + 1] as number) + 1;
    }
    v = o.claimsReasonable;
    if (v !== null) {
      acc[b + 2 * Slot.Reasonable] = (acc[b + 2 * Slot.Reasonable] as number) + v;
      acc[b + 2 * Slot.Reasonable + 1] = (acc[b + 2 * Slot.Reasonable + 1] as number) + 1;
    }
    v = o.arrears;
    if (v !== null) {
      acc[b + 2 * Slot.Arrears] = (acc[b + 2 * Slot.Arrears] as number) + v;
      acc[b + 2 * Slot.Arrears + 1] = (acc[b + 2 * Slot.Arrears + 1] as number) + 1;
    }
  }

  const column = (slot: Slot): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = meanAt(acc, i * width + 2 * slot);
    return out;
  };
  const meanOrderAmount = nanArray(n);
  const ordersPerYear = nanArray(n);
  const annualSales = nanArray(n);
  const prepaymentShare = nanArray(n);
  const claimsPerOrder = nanArray(n);
  const reasonableShare = nanArray(n);
  const arrearsSum = nanArray(n);
  const profitOut = nanArray(n);
  for (let i = 0; i < n; i++) {
    const b = i * width;
    sales[i] = settle(sales[i] as number);
    if ((acc[b + 2 * Slot.Profit + 1] as number) > 0) profitOut[i] = settle(acc[b + 2 * Slot.Profit] as number);
    const k = ordersCount[i] as number;
    if (k === 0) {
      firstDay[i] = NaN;
      lastDay[i] = NaN;
    } else {
      meanOrderAmount[i] = (sales[i] as number) / k;
      const years = Math.max(1, (asOf - (firstDay[i] as number)) / DAYS_PER_YEAR);
      ordersPerYear[i] = k / years;
      annualSales[i] = (sales[i] as number) / years;
    }
    const base = settle(acc[b + 2 * Slot.PrepayBase] as number);
    if (base > 0) prepaymentShare[i] = settle(acc[b + 2 * Slot.PrepaidAmount] as number) / base;
    else prepaymentShare[i] = meanAt(acc, b + 2 * Slot.PrepayShare);
    if ((acc[b + 2 * Slot.Claims + 1] as number) > 0 && k > 0) {
      const total = settle(acc[b + 2 * Slot.Claims] as number);
      claimsPerOrder[i] = total / k;
      if (total > 0 && (acc[b + 2 * Slot.Reasonable + 1] as number) > 0) {
        reasonableShare[i] = Math.min(1, settle(acc[b + 2 * Slot.Reasonable] as number) / total);
      }
    }
    if ((acc[b + 2 * Slot.Arrears + 1] as number) > 0) arrearsSum[i] = settle(acc[b + 2 * Slot.Arrears] as number);
  }

  return {
    n,
    orders: ordersCount,
    rows,
    sales,
    profit: profitOut,
    firstDay,
    lastDay,
    meanOrderAmount,
    ordersPerYear,
    annualSales,
    productTypesPerOrder: column(Slot.ProductTypes),
    prepaymentShare,
    creditDays: column(Slot.CreditDays),
    shippingDays: column(Slot.Shipping),
    paymentDays: column(Slot.Payment),
    bargainingRounds: column(Slot.Bargaining),
    discount: column(Slot.Discount),
    claimsPerOrder,
    reasonableShare,
    arrears: arrearsSum,
  };
}
