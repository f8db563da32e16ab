/**
 * Per-customer aggregation of the order rows, in one pass, into column arrays (Float64Array,
 * NaN = the customer has no value for that measure). Customers are indexed by id in ascending
 * code-unit order, so every later step is independent of the order rows arrive in.
 */
import type { CustomerIndex } from './customerIndex';
import { PaymentRows } from './finance/payment';
import type { CustomerRow, DayNumber, OrderRow, OrderTable } from './model';
import { isReturn } from './returns';
import { settle } from './scoring/stats';
import { scratchOrderTable } from './validation/orderTable';
import { StringInterner } from './validation/stringInterner';
import { codeUnitOrder } from './codeUnitOrder';

export type { CustomerIndex };

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

/**
 * indexCustomers for a table: the same index (ids, rows, and the customer index of each order
 * row) from the table's interned ids, one map lookup per distinct id rather than per row.
 */
export function indexCustomersOfTable(customers: readonly CustomerRow[], table: OrderTable): CustomerIndex {
  // Ids in order of first appearance (customer sheet, then ids met only in orders); sheets are
  // usually kept in id order, so the sort is skipped when they already are. Interned without a
  // Map: a Map of 100,000 ids costs more than the rest of the index.
  // Without a customer sheet the table's ids (distinct: interned) are the codes themselves.
  const fromCode = new Int32Array(table.customerIds.length);
  let ids: readonly string[];
  let rows: (CustomerRow | null)[] = [];
  if (customers.length === 0) {
    ids = table.customerIds;
    for (let k = 0; k < fromCode.length; k++) fromCode[k] = k;
    rows = new Array<CustomerRow | null>(ids.length).fill(null);
  } else {
    const interned = new StringInterner(customers.length + table.customerIds.length);
    for (const c of customers) if (interned.codeOf(c.customerId) === rows.length) rows.push(c);
    table.customerIds.forEach((id, k) => {
      const code = interned.codeOf(id);
      if (code === rows.length) rows.push(null);
      fromCode[k] = code;
    });
    ids = interned.ids;
  }
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = (ids[i - 1] as string) < (ids[i] as string);
  if (!sorted) {
    const order = codeUnitOrder(ids);
    const position = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) position[order[i] as number] = i;
    for (let k = 0; k < fromCode.length; k++) fromCode[k] = position[fromCode[k] as number] as number;
    const unsortedIds = ids;
    const unsortedRows = rows;
    const sortedIds = new Array<string>(order.length);
    const sortedRows = new Array<CustomerRow | null>(order.length);
    for (let i = 0; i < order.length; i++) {
      const code = order[i] as number;
      sortedIds[i] = unsortedIds[code] as string;
      sortedRows[i] = unsortedRows[code] ?? null;
    }
    ids = sortedIds;
    rows = sortedRows;
  }
  const orderCustomer = new Int32Array(table.length);
  const codes = table.customer;
  for (let r = 0; r < orderCustomer.length; r++) orderCustomer[r] = fromCode[codes[r] as number] as number;
  let byId: Map<string, number> | null = null;
  const sortedIds: readonly string[] = ids;
  return {
    ids: sortedIds,
    // Built on first use: the pipeline itself never looks ids up.
    get byId(): ReadonlyMap<string, number> {
      byId ??= new Map(sortedIds.map((id, i) => [id, i]));
      return byId;
    },
    rows,
    names: rows.map((r) => r?.name ?? null),
    businessTypes: rows.map((r) => r?.businessType ?? null),
    orderCustomer,
  };
}

/** Column arrays, one entry per customer index. */
export interface CustomerAggregates {
  n: number;
  /** Distinct order ids (a row without an order id counts as one order); returns are not orders. */
  orders: Float64Array;
  rows: Float64Array;
  /** Net sales: orders less returns (docs/scoring.md, "Returns and credit notes"). */
  sales: Float64Array;
  /** Sum of profit over rows that state it, returns included (negative); NaN when no row of the customer does. */
  profit: Float64Array;
  /** Amount returned (credit notes), as a positive sum; 0 without returns. */
  returned: Float64Array;
  /** Returned / gross sales (sales before returns); NaN without gross sales. */
  returnRate: Float64Array;
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
 * out, so one call never sees another's). They are MBs for a million rows, and fresh ones on
 * every run are churn that brings on full garbage collections, which mark every row object.
 */
const reused = { ownerOf: new Int32Array(0), acc: new Float64Array(0) };

/**
 * Distinct (customer, order id) pairs over interned order ids: the first customer met with each
 * order id is kept in an array, so the usual case (an order id belongs to one customer) is one
 * array read. An order id shared by several customers falls back to a set of pair keys.
 */
class OrderIdPairs {
  private readonly ownerOf: Int32Array;
  private readonly shared = new Set<number>();
  constructor(private readonly orderIdCount: number) {
    if (reused.ownerOf.length < orderIdCount) reused.ownerOf = new Int32Array(orderIdCount);
    this.ownerOf = reused.ownerOf.subarray(0, orderIdCount);
    this.ownerOf.fill(-1);
  }

  /** Registers order id `k` for customer i; true when the pair was not seen before. */
  addIsNew(i: number, k: number): boolean {
    const owner = this.ownerOf[k] as number;
    if (owner === i) return false;
    if (owner === -1) {
      this.ownerOf[k] = i;
      return true;
    }
    const key = i * this.orderIdCount + k;
    if (this.shared.has(key)) return false;
    this.shared.add(key);
    return true;
  }
}

function nanArray(n: number): Float64Array {
  return new Float64Array(n).fill(NaN);
}

/**
 * Accumulator slots per customer: the sum of each per-row measure, and (all but the last two)
 * how many rows have it.
 */
const enum Slot {
  Profit,
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
  PrepaidAmount, // sum of prepaymentShare x amount (no count)
  PrepayBase, // sum of amount on rows with a prepayment share (no count)
  Count,
}
const COUNTED = Slot.PrepaidAmount;

/**
 * A customer's block of the accumulator, WIDTH doubles (200 bytes, about three cache lines): the
 * totals every row updates (Head), the slot sums from HEAD, then the slot counts as Int32 (a view
 * on the same buffer) from COUNTS. Fewer, shared cache lines per row matter: with rows in no
 * particular customer order the loop waits on memory, not arithmetic.
 */
const enum Head {
  Rows,
  Orders,
  Sales,
  Returned,
  FirstDay,
  LastDay,
  Count,
}
const HEAD = Head.Count;
const COUNTS = HEAD + Slot.Count;
const WIDTH = COUNTS + Math.ceil(COUNTED / 2);

/** Mean of a slot for the customer whose block starts at b, or NaN when it has no value. */
function meanAt(acc: Float64Array, cnt: Int32Array, b: number, slot: Slot): number {
  const count = cnt[2 * (b + COUNTS) + slot] as number;
  return count > 0 ? settle(acc[b + HEAD + slot] as number) / count : NaN;
}

export function aggregateOrders(index: CustomerIndex, orders: readonly OrderRow[], asOf: DayNumber): CustomerAggregates {
  return aggregateTable(index, scratchOrderTable(orders), asOf, null);
}

/**
 * The aggregates from the order table (`index` built for the same rows: indexCustomersOfTable, or
 * indexCustomers of the rows the table was built from); also fills `payments` when given.
 */
export function aggregateTable(index: CustomerIndex, table: OrderTable, asOf: DayNumber, payments: PaymentRows | null): CustomerAggregates {
  const n = index.ids.length;
  // One block per customer (head totals, then sum and count of each slot side by side) keeps a
  // row's updates on neighbouring cache lines: the loop is bound by memory access, not arithmetic.
  const width = WIDTH;
  if (reused.acc.length < n * width) reused.acc = new Float64Array(n * width);
  else reused.acc.fill(0, 0, n * width);
  const acc = reused.acc.subarray(0, n * width);
  const cnt = new Int32Array(acc.buffer, acc.byteOffset, 2 * acc.length);
  for (let b = 0; b < acc.length; b += width) {
    acc[b + Head.FirstDay] = Infinity;
    acc[b + Head.LastDay] = -Infinity;
  }
  const seenOrders = new OrderIdPairs(table.orderIdCount);
  const customerOf = index.orderCustomer;
  if (customerOf.length !== table.length) throw new Error('aggregateTable needs the customer index built for the same order rows');
  const { orderId, amount: amountCol, quantity, orderDate, profit, productTypes, prepaymentShare: prepayShare, creditDays, readyDate, shippedDate, documentsReceivedDate, paidDate } = table;
  const { bargainingRounds, discount, claimsCount, claimsReasonable, arrears } = table;

  // The loop is written out (no helper calls) so the JIT keeps it allocation-free. A value is
  // present when it is not NaN (v === v).
  for (let r = 0; r < table.length; r++) {
    const i = customerOf[r] as number;
    const b = i * width;
    const c = 2 * (b + COUNTS);
    acc[b + Head.Rows] = (acc[b + Head.Rows] as number) + 1;
    const amount = amountCol[r] as number;
    acc[b + Head.Sales] = (acc[b + Head.Sales] as number) + amount;
    let v = profit[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.Profit] = (acc[b + HEAD + Slot.Profit] as number) + v;
      cnt[c + Slot.Profit] = (cnt[c + Slot.Profit] as number) + 1;
    }
    // A return (returns.ts; read with a negative amount) reduces net sales and profit and nothing
    // else: it is no order, sets no date and states no per-order input.
    if (isReturn(amount, quantity[r] as number)) {
      acc[b + Head.Returned] = (acc[b + Head.Returned] as number) - amount;
      continue;
    }
    const k = orderId[r] as number;
    if (k < 0 || seenOrders.addIsNew(i, k)) acc[b + Head.Orders] = (acc[b + Head.Orders] as number) + 1;
    const day = orderDate[r] as number;
    if (day < (acc[b + Head.FirstDay] as number)) acc[b + Head.FirstDay] = day;
    if (day > (acc[b + Head.LastDay] as number)) acc[b + Head.LastDay] = day;
    v = productTypes[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.ProductTypes] = (acc[b + HEAD + Slot.ProductTypes] as number) + v;
      cnt[c + Slot.ProductTypes] = (cnt[c + Slot.ProductTypes] as number) + 1;
    }
    v = prepayShare[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.PrepayShare] = (acc[b + HEAD + Slot.PrepayShare] as number) + v;
      cnt[c + Slot.PrepayShare] = (cnt[c + Slot.PrepayShare] as number) + 1;
      acc[b + HEAD + Slot.PrepaidAmount] = (acc[b + HEAD + Slot.PrepaidAmount] as number) + v * amount;
      acc[b + HEAD + Slot.PrepayBase] = (acc[b + HEAD + Slot.PrepayBase] as number) + amount;
    }
    const credit = creditDays[r] as number;
    if (credit === credit) {
      acc[b + HEAD + Slot.CreditDays] = (acc[b + HEAD + Slot.CreditDays] as number) + credit;
      cnt[c + Slot.CreditDays] = (cnt[c + Slot.CreditDays] as number) + 1;
    }
    v = shippedDate[r] as number;
    if (v === v) {
      const ready = readyDate[r] as number;
      acc[b + HEAD + Slot.Shipping] = (acc[b + HEAD + Slot.Shipping] as number) + v - (ready === ready ? ready : day);
      cnt[c + Slot.Shipping] = (cnt[c + Slot.Shipping] as number) + 1;
    }
    const paid = paidDate[r] as number;
    const docs = documentsReceivedDate[r] as number;
    // A payment before its documents (a prepayment) is no payment delay: left out, as finance leaves it out (docs/scoring.md section 5).
    if (paid === paid && docs === docs && paid >= docs) {
      acc[b + HEAD + Slot.Payment] = (acc[b + HEAD + Slot.Payment] as number) + paid - docs;
      cnt[c + Slot.Payment] = (cnt[c + Slot.Payment] as number) + 1;
    }
    v = bargainingRounds[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.Bargaining] = (acc[b + HEAD + Slot.Bargaining] as number) + v;
      cnt[c + Slot.Bargaining] = (cnt[c + Slot.Bargaining] as number) + 1;
    }
    v = discount[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.Discount] = (acc[b + HEAD + Slot.Discount] as number) + v;
      cnt[c + Slot.Discount] = (cnt[c + Slot.Discount] as number) + 1;
    }
    v = claimsCount[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.Claims] = (acc[b + HEAD + Slot.Claims] as number) + v;
      cnt[c + Slot.Claims] = (cnt[c + Slot.Claims] as number) + 1;
    }
    v = claimsReasonable[r] as number;
    if (v === v) {
      acc[b + HEAD + Slot.Reasonable] = (acc[b + HEAD + Slot.Reasonable] as number) + v;
      cnt[c + Slot.Reasonable] = (cnt[c + Slot.Reasonable] as number) + 1;
    }
    const owed = arrears[r] as number;
    if (owed === owed) {
      acc[b + HEAD + Slot.Arrears] = (acc[b + HEAD + Slot.Arrears] as number) + owed;
      cnt[c + Slot.Arrears] = (cnt[c + Slot.Arrears] as number) + 1;
    }
    if (payments !== null) payments.add(r, i, amount, day, paid, docs, credit, owed);
  }

  const column = (slot: Slot): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = meanAt(acc, cnt, i * width, slot);
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
  const ordersCount = new Float64Array(n);
  const rows = new Float64Array(n);
  const sales = new Float64Array(n);
  const returned = new Float64Array(n);
  const returnRate = nanArray(n);
  const firstDay = new Float64Array(n);
  const lastDay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = i * width;
    const c = 2 * (b + COUNTS);
    rows[i] = acc[b + Head.Rows] as number;
    ordersCount[i] = acc[b + Head.Orders] as number;
    sales[i] = settle(acc[b + Head.Sales] as number);
    returned[i] = settle(acc[b + Head.Returned] as number);
    const gross = settle((sales[i] as number) + (returned[i] as number));
    if (gross > 0) returnRate[i] = (returned[i] as number) / gross;
    firstDay[i] = acc[b + Head.FirstDay] as number;
    lastDay[i] = acc[b + Head.LastDay] as number;
    if ((cnt[c + Slot.Profit] as number) > 0) profitOut[i] = settle(acc[b + HEAD + Slot.Profit] as number);
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
    const base = settle(acc[b + HEAD + Slot.PrepayBase] as number);
    if (base > 0) prepaymentShare[i] = settle(acc[b + HEAD + Slot.PrepaidAmount] as number) / base;
    else prepaymentShare[i] = meanAt(acc, cnt, b, Slot.PrepayShare);
    if ((cnt[c + Slot.Claims] as number) > 0 && k > 0) {
      const total = settle(acc[b + HEAD + Slot.Claims] as number);
      claimsPerOrder[i] = total / k;
      if (total > 0 && (cnt[c + Slot.Reasonable] as number) > 0) {
        reasonableShare[i] = Math.min(1, settle(acc[b + HEAD + Slot.Reasonable] as number) / total);
      }
    }
    if ((cnt[c + Slot.Arrears] as number) > 0) arrearsSum[i] = settle(acc[b + HEAD + Slot.Arrears] as number);
  }

  return {
    n,
    orders: ordersCount,
    rows,
    sales,
    profit: profitOut,
    returned,
    returnRate,
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
