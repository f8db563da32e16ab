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

/** Whether the customers' ids are `ids`, in order. */
function sameIds(customers: readonly CustomerRow[], ids: readonly string[]): boolean {
  if (customers.length !== ids.length) return false;
  for (let k = 0; k < ids.length; k++) if ((customers[k] as CustomerRow).customerId !== ids[k]) return false;
  return true;
}

/**
 * indexCustomers for a table: the same index (ids, rows, and the customer index of each order
 * row) from the table's interned ids, one map lookup per distinct id rather than per row.
 */
export function indexCustomersOfTable(customers: readonly CustomerRow[], table: OrderTable): CustomerIndex {
  // Ids in order of first appearance (customer sheet, then ids met only in orders); sheets are
  // usually kept in id order, so the sort is skipped when they already are. Interned without a
  // Map: a Map of 100,000 ids costs more than the rest of the index.
  // Without a customer sheet (no customers, or those derived from the orders: customersFromOrders,
  // the table's ids in order) the table's ids (distinct: interned) are the codes themselves.
  const fromCode = new Int32Array(table.customerIds.length);
  let ids: readonly string[];
  let rows: (CustomerRow | null)[] = [];
  if (customers.length === 0 || sameIds(customers, table.customerIds)) {
    ids = table.customerIds;
    for (let k = 0; k < fromCode.length; k++) fromCode[k] = k;
    rows = customers.length === 0 ? new Array<CustomerRow | null>(ids.length).fill(null) : customers.slice();
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
    tableCodes: { ids: table.customerIds, index: fromCode },
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
const reused = { ownerOf: new Int32Array(0), acc: new Float64Array(0), sale: new Uint8Array(0) };

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

/** Whether any row of the column holds a value (is not NaN). */
function hasValue(column: Float64Array): boolean {
  for (let r = 0; r < column.length; r++) if (column[r] === column[r]) return true;
  return false;
}

/**
 * The totals every row updates, side by side per customer: HEAD doubles (64 bytes, one cache
 * line), so a row's updates meet on one line of a block the loop reaches in no particular order.
 */
const enum Head {
  Rows,
  Orders,
  Sales,
  Returned,
  FirstDay,
  LastDay,
  Profit,
  ProfitCount,
  Width,
}
const HEAD = Head.Width;

/**
 * A zeroed accumulator of `width` doubles per customer, reused between passes. Each per-row
 * measure is summed in a pass of its own over the rows (sum and count side by side, 16 bytes a
 * customer): the block a pass reaches at random is then a few MB even at a million customers,
 * not the 200 MB of one block holding every measure, and a measure no row states costs one scan
 * (docs/benchmarks.md, "Ninth session: the scoring stage"). Each customer's rows still meet in row
 * order, so every sum is the same.
 */
function accumulator(n: number, width: number): Float64Array {
  const size = n * width;
  if (reused.acc.length < size) reused.acc = new Float64Array(size);
  else reused.acc.fill(0, 0, size);
  return reused.acc.subarray(0, size);
}

/** Per customer, the mean of `values` over its sale rows that have one (NaN when none). */
function meanOfSales(values: Float64Array, customerOf: Int32Array, sale: Uint8Array, n: number): Float64Array {
  const out = nanArray(n);
  if (!hasValue(values)) return out;
  const acc = accumulator(n, 2);
  for (let r = 0; r < values.length; r++) {
    const v = values[r] as number;
    if (v !== v || sale[r] === 0) continue;
    const b = 2 * (customerOf[r] as number);
    acc[b] = (acc[b] as number) + v;
    acc[b + 1] = (acc[b + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) {
    const count = acc[2 * i + 1] as number;
    if (count > 0) out[i] = settle(acc[2 * i] as number) / count;
  }
  return out;
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
  const customerOf = index.orderCustomer;
  if (customerOf.length !== table.length) throw new Error('aggregateTable needs the customer index built for the same order rows');
  const { orderId, amount: amountCol, quantity, orderDate, profit, prepaymentShare: prepayShare, creditDays, readyDate, shippedDate, documentsReceivedDate, paidDate, arrears } = table;
  const m = table.length;
  // Which rows are sales: a return (returns.ts; read with a negative amount) reduces net sales
  // and profit and nothing else: it is no order, sets no date and states no per-order input.
  if (reused.sale.length < m) reused.sale = new Uint8Array(m);
  const sale = reused.sale.subarray(0, m);

  // The head pass: every row. The loop is written out (no helper calls) so the JIT keeps it
  // allocation-free. A value is present when it is not NaN (v === v).
  const head = accumulator(n, HEAD);
  for (let b = 0; b < head.length; b += HEAD) {
    head[b + Head.FirstDay] = Infinity;
    head[b + Head.LastDay] = -Infinity;
  }
  const seenOrders = new OrderIdPairs(table.orderIdCount);
  for (let r = 0; r < m; r++) {
    const i = customerOf[r] as number;
    const b = i * HEAD;
    head[b + Head.Rows] = (head[b + Head.Rows] as number) + 1;
    const amount = amountCol[r] as number;
    head[b + Head.Sales] = (head[b + Head.Sales] as number) + amount;
    const v = profit[r] as number;
    if (v === v) {
      head[b + Head.Profit] = (head[b + Head.Profit] as number) + v;
      head[b + Head.ProfitCount] = (head[b + Head.ProfitCount] as number) + 1;
    }
    if (isReturn(amount, quantity[r] as number)) {
      head[b + Head.Returned] = (head[b + Head.Returned] as number) - amount;
      sale[r] = 0;
      continue;
    }
    sale[r] = 1;
    const k = orderId[r] as number;
    if (k < 0 || seenOrders.addIsNew(i, k)) head[b + Head.Orders] = (head[b + Head.Orders] as number) + 1;
    const day = orderDate[r] as number;
    if (day < (head[b + Head.FirstDay] as number)) head[b + Head.FirstDay] = day;
    if (day > (head[b + Head.LastDay] as number)) head[b + Head.LastDay] = day;
  }

  const meanOrderAmount = nanArray(n);
  const ordersPerYear = nanArray(n);
  const annualSales = nanArray(n);
  const profitOut = nanArray(n);
  const ordersCount = new Float64Array(n);
  const rows = new Float64Array(n);
  const sales = new Float64Array(n);
  const returned = new Float64Array(n);
  const returnRate = nanArray(n);
  const firstDay = new Float64Array(n);
  const lastDay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = i * HEAD;
    rows[i] = head[b + Head.Rows] as number;
    ordersCount[i] = head[b + Head.Orders] as number;
    sales[i] = settle(head[b + Head.Sales] as number);
    returned[i] = settle(head[b + Head.Returned] as number);
    const gross = settle((sales[i] as number) + (returned[i] as number));
    if (gross > 0) returnRate[i] = (returned[i] as number) / gross;
    firstDay[i] = head[b + Head.FirstDay] as number;
    lastDay[i] = head[b + Head.LastDay] as number;
    if ((head[b + Head.ProfitCount] as number) > 0) profitOut[i] = settle(head[b + Head.Profit] as number);
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
  }

  // Prepayment: the amount-weighted share, else the mean share (amounts summing to 0).
  const prepaymentShare = nanArray(n);
  if (hasValue(prepayShare)) {
    const acc = accumulator(n, 4);
    for (let r = 0; r < m; r++) {
      const v = prepayShare[r] as number;
      if (v !== v || sale[r] === 0) continue;
      const amount = amountCol[r] as number;
      const b = 4 * (customerOf[r] as number);
      acc[b] = (acc[b] as number) + v;
      acc[b + 1] = (acc[b + 1] as number) + 1;
      acc[b + 2] = (acc[b + 2] as number) + v * amount;
      acc[b + 3] = (acc[b + 3] as number) + amount;
    }
    for (let i = 0; i < n; i++) {
      const b = 4 * i;
      const base = settle(acc[b + 3] as number);
      const count = acc[b + 1] as number;
      if (base > 0) prepaymentShare[i] = settle(acc[b + 2] as number) / base;
      else if (count > 0) prepaymentShare[i] = settle(acc[b] as number) / count;
    }
  }

  // Days ready -> shipped (order date -> shipped without a ready date).
  const shippingDays = nanArray(n);
  if (hasValue(shippedDate)) {
    const acc = accumulator(n, 2);
    for (let r = 0; r < m; r++) {
      const v = shippedDate[r] as number;
      if (v !== v || sale[r] === 0) continue;
      const ready = readyDate[r] as number;
      const b = 2 * (customerOf[r] as number);
      acc[b] = (acc[b] as number) + v - (ready === ready ? ready : (orderDate[r] as number));
      acc[b + 1] = (acc[b + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) {
      const count = acc[2 * i + 1] as number;
      if (count > 0) shippingDays[i] = settle(acc[2 * i] as number) / count;
    }
  }

  // Days documents received -> paid. A payment before its documents (a prepayment) is no payment
  // delay: left out, as finance leaves it out (docs/scoring.md section 5).
  const paymentDays = nanArray(n);
  if (hasValue(paidDate) && hasValue(documentsReceivedDate)) {
    const acc = accumulator(n, 2);
    for (let r = 0; r < m; r++) {
      const paid = paidDate[r] as number;
      const docs = documentsReceivedDate[r] as number;
      if (!(paid === paid && docs === docs && paid >= docs) || sale[r] === 0) continue;
      const b = 2 * (customerOf[r] as number);
      acc[b] = (acc[b] as number) + paid - docs;
      acc[b + 1] = (acc[b + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) {
      const count = acc[2 * i + 1] as number;
      if (count > 0) paymentDays[i] = settle(acc[2 * i] as number) / count;
    }
  }

  // Claims per distinct order, and the share of claims settled reasonably (of the claims' total).
  const claimsPerOrder = nanArray(n);
  const reasonableShare = nanArray(n);
  if (hasValue(table.claimsCount)) {
    const acc = accumulator(n, 4);
    const reasonable = table.claimsReasonable;
    for (let r = 0; r < m; r++) {
      if (sale[r] === 0) continue;
      const claims = table.claimsCount[r] as number;
      const settled = reasonable[r] as number;
      if (claims !== claims && settled !== settled) continue;
      const b = 4 * (customerOf[r] as number);
      if (claims === claims) {
        acc[b] = (acc[b] as number) + claims;
        acc[b + 1] = (acc[b + 1] as number) + 1;
      }
      if (settled === settled) {
        acc[b + 2] = (acc[b + 2] as number) + settled;
        acc[b + 3] = (acc[b + 3] as number) + 1;
      }
    }
    for (let i = 0; i < n; i++) {
      const b = 4 * i;
      const k = ordersCount[i] as number;
      if ((acc[b + 1] as number) > 0 && k > 0) {
        const total = settle(acc[b] as number);
        claimsPerOrder[i] = total / k;
        if (total > 0 && (acc[b + 3] as number) > 0) reasonableShare[i] = Math.min(1, settle(acc[b + 2] as number) / total);
      }
    }
  }

  // Sum of the arrears column (a balance, not a mean).
  const arrearsSum = nanArray(n);
  if (hasValue(arrears)) {
    const acc = accumulator(n, 2);
    for (let r = 0; r < m; r++) {
      const v = arrears[r] as number;
      if (v !== v || sale[r] === 0) continue;
      const b = 2 * (customerOf[r] as number);
      acc[b] = (acc[b] as number) + v;
      acc[b + 1] = (acc[b + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) if ((acc[2 * i + 1] as number) > 0) arrearsSum[i] = settle(acc[2 * i] as number);
  }

  if (payments !== null) {
    for (let r = 0; r < m; r++) {
      if (sale[r] === 0) continue;
      payments.add(
        r,
        customerOf[r] as number,
        amountCol[r] as number,
        orderDate[r] as number,
        paidDate[r] as number,
        documentsReceivedDate[r] as number,
        creditDays[r] as number,
        arrears[r] as number,
      );
    }
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
    productTypesPerOrder: meanOfSales(table.productTypes, customerOf, sale, n),
    prepaymentShare,
    creditDays: meanOfSales(creditDays, customerOf, sale, n),
    shippingDays,
    paymentDays,
    bargainingRounds: meanOfSales(table.bargainingRounds, customerOf, sale, n),
    discount: meanOfSales(table.discount, customerOf, sale, n),
    claimsPerOrder,
    reasonableShare,
    arrears: arrearsSum,
  };
}
