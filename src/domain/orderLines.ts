/**
 * Order-line sheets (docs/scoring.md, "Order-line sheets"): most ERP and shop exports hold one row
 * per product line, so an order spans several rows sharing its order id. Every per-order input
 * would then be weighted by line count (three orders shipped in 1, 6 and 2 days over 5, 2 and 3
 * lines would average 2.2 days, not 3.0). `ordersOfLines` gathers such lines into one row per order
 * before anything is aggregated:
 * - amounts (amount, profit, arrears, quantity) sum over the order's lines;
 * - per-order inputs count once: the order date is the earliest of its lines; the other dates
 *   (ready, shipped, documents received, paid) the latest (an order is shipped when its last line
 *   is); payment terms, credit days, bargaining, discount and claims the largest any line states
 *   (a value repeated on every line, or stated on one line only, counts once);
 * - product types per order = the distinct products among its lines (the product column), else the
 *   distinct product lines / categories, else the largest value of a product-types column.
 * Returns (returns.ts) are never gathered into an order: each stays a row of its own.
 * A sheet is read as order lines when two sale rows of one customer share an order id.
 */
import type { OrderTable } from './model';
import { isReturn } from './returns';

export interface OrderLineReading {
  /** Rows of the order sheet (lines). */
  lines: number;
  /** Orders they were gathered into (returns, each a row of its own, not counted). */
  orders: number;
  /** What "product types per order" counts: distinct products, distinct product lines, or the sheet's own column. */
  productTypesFrom: 'product' | 'productLine' | 'column';
}

export interface OrdersOfLines {
  /** One row per order; the given table itself when the sheet is not read as order lines. */
  table: OrderTable;
  /** Null when no two sale rows of a customer share an order id. */
  lines: OrderLineReading | null;
}

const MAX_OF = ['prepaymentShare', 'creditDays', 'readyDate', 'shippedDate', 'documentsReceivedDate', 'paidDate', 'bargainingRounds', 'discount', 'claimsCount', 'claimsReasonable'] as const;
const SUM_OF = ['profit', 'arrears', 'quantity'] as const;

/**
 * Group number of each row: sale rows of one customer with the same order id share one; a return
 * or a row without an order id has its own. Groups are numbered in order of first row.
 */
function groupRows(table: OrderTable): { group: Int32Array; count: number; returns: number } {
  const n = table.length;
  const k = table.orderIdCount;
  const group = new Int32Array(n);
  const firstOwner = new Int32Array(k).fill(-1);
  const firstGroup = new Int32Array(k);
  const others = new Map<number, number>();
  let count = 0;
  let returns = 0;
  for (let r = 0; r < n; r++) {
    const id = table.orderId[r] as number;
    const amount = table.amount[r] as number;
    const quantity = table.quantity[r] as number;
    const returned = isReturn(amount, quantity);
    if (id < 0 || returned) {
      if (returned) returns++;
      group[r] = count++;
      continue;
    }
    const c = table.customer[r] as number;
    const owner = firstOwner[id] as number;
    if (owner === -1) {
      firstOwner[id] = c;
      firstGroup[id] = count;
      group[r] = count++;
    } else if (owner === c) {
      group[r] = firstGroup[id] as number;
    } else {
      const key = c * k + id;
      let g = others.get(key);
      if (g === undefined) {
        g = count++;
        others.set(key, g);
      }
      group[r] = g;
    }
  }
  return { group, count, returns };
}

/**
 * Distinct codes (>= 0) per group; NaN for a group with none. A bucket pass, O(lines + groups +
 * codes) in time and memory for any number of codes: each group's codes are placed together
 * (counting by group), then counted against a stamp per code (the last group that met it). It
 * replaces a byte table of groups x codes that, past 32M cells (ten million lines: 6.7M orders x 8
 * product lines), fell back to a Set of pair keys: 6.2 s CPU and 400 MB at ten million lines
 * against 0.7 s here (docs/benchmarks.md, "Fifth session: the 10M scaling").
 */
function distinctPerGroup(group: Int32Array, codes: Int32Array, groups: number, codeCount: number): Float64Array {
  const out = new Float64Array(groups).fill(NaN);
  const start = new Int32Array(groups + 1);
  for (let r = 0; r < group.length; r++) {
    if ((codes[r] as number) < 0) continue;
    const g = (group[r] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const placed = new Int32Array(start[groups] as number);
  const next = start.slice(0, groups);
  for (let r = 0; r < group.length; r++) {
    const code = codes[r] as number;
    if (code < 0) continue;
    const g = group[r] as number;
    placed[next[g] as number] = code;
    next[g] = (next[g] as number) + 1;
  }
  const stamp = new Int32Array(codeCount).fill(-1);
  for (let g = 0; g < groups; g++) {
    const end = start[g + 1] as number;
    let distinct = 0;
    for (let j = start[g] as number; j < end; j++) {
      const code = placed[j] as number;
      if (stamp[code] !== g) {
        stamp[code] = g;
        distinct++;
      }
    }
    if (distinct > 0) out[g] = distinct;
  }
  return out;
}

/** Per group, the sum of the column's values (NaN when none); rows in order, so sums add up as before. */
function sumInto(out: Float64Array, column: Float64Array, group: Int32Array): void {
  for (let r = 0; r < group.length; r++) {
    const v = column[r] as number;
    if (v !== v) continue;
    const g = group[r] as number;
    const was = out[g] as number;
    out[g] = was === was ? was + v : v;
  }
}

/** Per group, the largest of the column's values (NaN when none). */
function maxInto(out: Float64Array, column: Float64Array, group: Int32Array): void {
  for (let r = 0; r < group.length; r++) {
    const v = column[r] as number;
    const g = group[r] as number;
    if (v === v && !(v <= (out[g] as number))) out[g] = v;
  }
}

/** Whether any row of the column holds a value (is not NaN). */
function hasValue(column: Float64Array): boolean {
  for (let r = 0; r < column.length; r++) if (column[r] === column[r]) return true;
  return false;
}

/** Whether any row of the coded column holds a code (is not -1). */
function anyCode(codes: Int32Array): boolean {
  for (let r = 0; r < codes.length; r++) if ((codes[r] as number) >= 0) return true;
  return false;
}

export function ordersOfLines(table: OrderTable): OrdersOfLines {
  const { group, count, returns } = groupRows(table);
  if (count === table.length) return { table, lines: null };
  const first = new Int32Array(count).fill(-1);
  for (let r = 0; r < table.length; r++) {
    const g = group[r] as number;
    if ((first[g] as number) === -1) first[g] = r;
  }
  const pick = <T extends Int32Array | Float64Array>(column: T, make: (n: number) => T): T => {
    const out = make(count);
    for (let g = 0; g < count; g++) out[g] = column[first[g] as number] as number;
    return out;
  };
  const f64 = (n: number): Float64Array => new Float64Array(n);
  const i32 = (n: number): Int32Array => new Int32Array(n);
  // A column without a value on any line (a field the sheet does not map) gathers into one shared
  // array of NaN, read-only like the table: at ten million lines each such column would be 50 MB.
  let noValues: Float64Array | null = null;
  // The reader gives the columns a sheet does not map one shared array (validation/orderTable.ts): scanned once.
  const empty = new Set<Float64Array | Int32Array>();
  const gathered = (column: Float64Array): Float64Array => {
    if (!empty.has(column) && hasValue(column)) return f64(count).fill(NaN);
    empty.add(column);
    return (noValues ??= f64(count).fill(NaN));
  };
  // Likewise a coded column none of whose lines has a code: one shared array of -1.
  let noCodes: Int32Array | null = null;
  const pickCodes = (column: Int32Array): Int32Array => {
    if (!empty.has(column) && anyCode(column)) return pick(column, i32);
    empty.add(column);
    return (noCodes ??= i32(count).fill(-1));
  };
  const out: OrderTable = {
    length: count,
    customerIds: table.customerIds,
    customer: pick(table.customer, i32),
    orderIdCount: table.orderIdCount,
    orderId: pick(table.orderId, i32),
    productIds: table.productIds,
    product: pickCodes(table.product),
    productLineIds: table.productLineIds,
    productLine: pickCodes(table.productLine),
    businessTypeIds: table.businessTypeIds,
    businessType: pickCodes(table.businessType),
    currencyIds: table.currencyIds,
    currency: pickCodes(table.currency),
    customerFirstRow: table.customerFirstRow,
    customerNames: table.customerNames,
    orderDate: pick(table.orderDate, f64),
    amount: f64(count),
    profit: gathered(table.profit),
    productTypes: f64(count).fill(NaN),
    quantity: gathered(table.quantity),
    prepaymentShare: gathered(table.prepaymentShare),
    creditDays: gathered(table.creditDays),
    readyDate: gathered(table.readyDate),
    shippedDate: gathered(table.shippedDate),
    documentsReceivedDate: gathered(table.documentsReceivedDate),
    paidDate: gathered(table.paidDate),
    bargainingRounds: gathered(table.bargainingRounds),
    discount: gathered(table.discount),
    claimsCount: gathered(table.claimsCount),
    claimsReasonable: gathered(table.claimsReasonable),
    arrears: gathered(table.arrears),
  };
  // Column by column (a loop per column, not a loop over the column names per row): each
  // group's values still meet in row order, so every sum and maximum is the same.
  const amount = out.amount;
  const orderDate = out.orderDate;
  for (let r = 0; r < table.length; r++) {
    const g = group[r] as number;
    amount[g] = (amount[g] as number) + (table.amount[r] as number);
    const day = table.orderDate[r] as number;
    if (day < (orderDate[g] as number)) orderDate[g] = day;
  }
  for (const name of SUM_OF) if (out[name] !== noValues) sumInto(out[name], table[name], group);
  for (const name of MAX_OF) if (out[name] !== noValues) maxInto(out[name], table[name], group);
  maxInto(out.productTypes, table.productTypes, group);
  let productTypesFrom: OrderLineReading['productTypesFrom'] = 'column';
  const byProduct = !empty.has(table.product) && anyCode(table.product);
  const byLine = !byProduct && !empty.has(table.productLine) && anyCode(table.productLine);
  if (byProduct || byLine) {
    productTypesFrom = byProduct ? 'product' : 'productLine';
    const codes = byProduct ? table.product : table.productLine;
    const distinct = distinctPerGroup(group, codes, count, byProduct ? table.productIds.length : table.productLineIds.length);
    for (let g = 0; g < count; g++) {
      const d = distinct[g] as number;
      // A return, or an order none of whose lines names a product, keeps the column's value.
      if (d === d && (out.amount[g] as number) >= 0) out.productTypes[g] = d;
    }
  }
  return { table: out, lines: { lines: table.length, orders: count - returns, productTypesFrom } };
}
