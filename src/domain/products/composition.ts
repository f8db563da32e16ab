/**
 * Product composition (source 4 of docs/domain.md, docs/products.md): products by sales descending with cumulative
 * share and an ABC class by the customers' rule and cut points (segments/abc), gross margin where
 * profit or cost is known, and the same inside each business type.
 */
import type { CustomerRow, OrderRow, OrderTable } from '../model';
import { asOrderTable } from '../validation/orderTable';
import { ABC_CLASSES, classifyRanked, DEFAULT_ABC_CUTS, rankDescending, type AbcClass, type AbcCuts } from '../segments/abc';
import { settle } from '../scoring/stats';
import type { StudyNotice } from '../studyNotices';

/** One sale of one product: an order line, or a whole order on a one-row-per-order sheet. */
export interface ProductSale {
  product: string | null;
  amount: number;
  /** Null when the row states neither profit nor cost. */
  profit: number | null;
  quantity: number | null;
  businessType: string | null;
}

export interface ProductEntry {
  rank: number;
  product: string;
  sales: number;
  /** Sum of quantities; null when no row of the product states one. */
  quantity: number | null;
  /** Rows (lines or orders) of the product. */
  rows: number;
  /** Sum of the profits stated; null when none is. */
  profit: number | null;
  /** profit / sales of the rows that state a profit; null when none does or their sales are 0. */
  margin: number | null;
  /** Share of the rows' sales that state a profit, 0-1: how much of the product the margin covers. */
  marginCoverage: number;
  share: number;
  cumulativeShare: number;
  abc: AbcClass;
}

export interface ProductTable {
  entries: ProductEntry[];
  total: number;
  abcCounts: Record<AbcClass, number>;
}

/** How the order sheet names products: per line, per order, or not at all. */
export type ProductBasis = 'orderLines' | 'orders' | 'none';

export interface ProductComposition {
  basis: ProductBasis;
  overall: ProductTable;
  byBusinessType: { businessType: string | null; table: ProductTable }[];
  /** Rows without a product, and their sales (left out of the ranking). */
  unassigned: { rows: number; sales: number };
  /** What the ranking says about the data, as codes (src/domain/studyNotices.ts): worded in English by studyNoticeEnglish, in the sheet's and pane's language by src/output/studyNoticeWords.ts. */
  notices: StudyNotice[];
}

interface Totals {
  sales: number;
  quantity: number;
  quantityRows: number;
  rows: number;
  profit: number;
  profitSales: number;
  profitRows: number;
}

/** Products ranked by sales descending, ties by product name ascending; ABC as customers get it. */
export function productTable(sales: readonly ProductSale[], cuts: AbcCuts = DEFAULT_ABC_CUTS): ProductTable {
  const codeOf = new Map<string, number>();
  const names: string[] = [];
  for (const s of sales) {
    if (s.product !== null && !codeOf.has(s.product)) {
      codeOf.set(s.product, names.length);
      names.push(s.product);
    }
  }
  const totals = new ProductTotals(0, names.length);
  for (const s of sales) if (s.product !== null) totals.add(codeOf.get(s.product) as number, s.amount, s.profit ?? NaN, s.quantity ?? NaN);
  return rankedTable(totals.overall(names), cuts);
}

/** The totals per product, ranked (productTable's second half). */
function rankedTable(byProduct: ReadonlyMap<string, Totals>, cuts: AbcCuts): ProductTable {
  // Index order = name order, so rankDescending's tie-break (index ascending) is by name.
  const names = [...byProduct.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = names.map((n) => byProduct.get(n) as Totals);
  const values = Float64Array.from(totals, (t) => settle(t.sales));
  const ranked = rankDescending(values);
  const codes = new Uint8Array(values.length);
  classifyRanked(values, ranked, cuts, codes);
  let positive = 0;
  for (const v of values) if (v > 0) positive += v;
  positive = settle(positive);
  const entries: ProductEntry[] = [];
  let cumulative = 0;
  const abcCounts: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  ranked.forEach((i, k) => {
    const t = totals[i] as Totals;
    const sales = values[i] as number;
    if (sales > 0) cumulative += sales;
    const abc = ABC_CLASSES[codes[i] as number] as AbcClass;
    abcCounts[abc]++;
    const profit = t.profitRows > 0 ? settle(t.profit) : null;
    const profitSales = settle(t.profitSales);
    entries.push({
      rank: k + 1,
      product: names[i] as string,
      sales,
      quantity: t.quantityRows > 0 ? settle(t.quantity) : null,
      rows: t.rows,
      profit,
      margin: profit === null || profitSales === 0 ? null : profit / profitSales,
      marginCoverage: sales === 0 ? (t.profitRows > 0 ? 1 : 0) : Math.min(1, Math.abs(profitSales / sales)),
      share: positive > 0 && sales > 0 ? sales / positive : 0,
      cumulativeShare: positive > 0 ? cumulative / positive : 0,
      abc,
    });
  });
  return { entries, total: settle(values.reduce((a, b) => a + b, 0)), abcCounts };
}

/** An order id on more than one row means the sheet holds order lines (a minimal check; docs/products.md). */
export function hasOrderLines(orders: readonly Pick<OrderRow, 'orderId'>[] | Pick<OrderTable, 'orderId' | 'orderIdCount'>): boolean {
  if ('orderIdCount' in orders) {
    const seen = new Uint8Array(orders.orderIdCount);
    for (const code of orders.orderId) {
      if (code < 0) continue;
      if (seen[code] === 1) return true;
      seen[code] = 1;
    }
    return false;
  }
  const seen = new Set<string>();
  for (const o of orders) {
    if (o.orderId === null) continue;
    if (seen.has(o.orderId)) return true;
    seen.add(o.orderId);
  }
  return false;
}

/**
 * Totals per slot in columns (one Float64Array per field of Totals), added to in row order: no
 * object or name lookup per row. A NaN profit or quantity is one the row does not state (left out
 * of those sums and counts). Slot k < products is
 * product k overall; the (type, product) pairs get slots from `products` on as they first occur,
 * found through an array when there are at most 2^20 pairs, else a Map.
 */
class ProductTotals {
  private readonly slotOfPair: Int32Array | null;
  private readonly slotMap: Map<number, number> | null;
  /** Per type, its (product, slot) pairs. */
  private readonly pairsOf: number[][];
  private slots: number;
  sales: Float64Array;
  quantity: Float64Array;
  quantityRows: Float64Array;
  rows: Float64Array;
  profit: Float64Array;
  profitSales: Float64Array;
  profitRows: Float64Array;
  constructor(
    types: number,
    private readonly products: number,
  ) {
    const pairs = types * products;
    this.slotOfPair = pairs <= 1 << 20 ? new Int32Array(pairs).fill(-1) : null;
    this.slotMap = this.slotOfPair ? null : new Map();
    this.pairsOf = Array.from({ length: types }, () => []);
    this.slots = products;
    const capacity = Math.max(16, 2 * products);
    this.sales = new Float64Array(capacity);
    this.quantity = new Float64Array(capacity);
    this.quantityRows = new Float64Array(capacity);
    this.rows = new Float64Array(capacity);
    this.profit = new Float64Array(capacity);
    this.profitSales = new Float64Array(capacity);
    this.profitRows = new Float64Array(capacity);
  }

  /** The slot of (type, product), made on first use. */
  slotOf(type: number, product: number): number {
    const key = type * this.products + product;
    let slot = this.slotOfPair ? (this.slotOfPair[key] as number) : (this.slotMap?.get(key) ?? -1);
    if (slot === -1) {
      slot = this.slots++;
      if (this.slotOfPair) this.slotOfPair[key] = slot;
      else this.slotMap?.set(key, slot);
      (this.pairsOf[type] as number[]).push(product, slot);
      if (slot === this.sales.length) this.grow();
    }
    return slot;
  }

  add(slot: number, amount: number, profit: number, quantity: number): void {
    this.sales[slot] = (this.sales[slot] as number) + amount;
    this.rows[slot] = (this.rows[slot] as number) + 1;
    if (!Number.isNaN(quantity)) {
      this.quantity[slot] = (this.quantity[slot] as number) + quantity;
      this.quantityRows[slot] = (this.quantityRows[slot] as number) + 1;
    }
    if (!Number.isNaN(profit)) {
      this.profit[slot] = (this.profit[slot] as number) + profit;
      this.profitSales[slot] = (this.profitSales[slot] as number) + amount;
      this.profitRows[slot] = (this.profitRows[slot] as number) + 1;
    }
  }

  private grow(): void {
    const grown = (a: Float64Array): Float64Array => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.sales = grown(this.sales);
    this.quantity = grown(this.quantity);
    this.quantityRows = grown(this.quantityRows);
    this.rows = grown(this.rows);
    this.profit = grown(this.profit);
    this.profitSales = grown(this.profitSales);
    this.profitRows = grown(this.profitRows);
  }

  private totalsAt(slot: number): Totals {
    return {
      sales: this.sales[slot] as number,
      quantity: this.quantity[slot] as number,
      quantityRows: this.quantityRows[slot] as number,
      rows: this.rows[slot] as number,
      profit: this.profit[slot] as number,
      profitSales: this.profitSales[slot] as number,
      profitRows: this.profitRows[slot] as number,
    };
  }

  /** The overall totals by product name (products with a row only). */
  overall(names: readonly string[]): Map<string, Totals> {
    const out = new Map<string, Totals>();
    for (let product = 0; product < this.products; product++) if ((this.rows[product] as number) > 0) out.set(names[product] as string, this.totalsAt(product));
    return out;
  }

  /** One type's totals by product name. */
  ofType(type: number, names: readonly string[]): Map<string, Totals> {
    const out = new Map<string, Totals>();
    const pairs = this.pairsOf[type] as number[];
    for (let k = 0; k < pairs.length; k += 2) out.set(names[pairs[k] as number] as string, this.totalsAt(pairs[k + 1] as number));
    return out;
  }
}

const nullLast = (a: string | null, b: string | null): number => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0);

/**
 * Each order row is a sale of its product line; the business type is the order's, else its
 * customer's. Reads the order table (rows are turned into one: orderTableFromRows).
 */
export function productComposition(orders: OrderTable | readonly OrderRow[], customers: readonly CustomerRow[], options: { cuts?: AbcCuts; productMapped: boolean }): ProductComposition {
  const table = asOrderTable(orders);
  const cuts = options.cuts ?? DEFAULT_ABC_CUTS;
  const empty: ProductTable = { entries: [], total: 0, abcCounts: { A: 0, B: 0, C: 0 } };
  const { amount, profit, quantity, productLine, productLineIds } = table;
  if (!options.productMapped) {
    let total = 0;
    for (let r = 0; r < table.length; r++) total += amount[r] as number;
    return {
      basis: 'none',
      overall: empty,
      byBusinessType: [],
      unassigned: { rows: table.length, sales: settle(total) },
      notices: [{ code: 'products-not-ranked' }],
    };
  }
  const basis: ProductBasis = hasOrderLines(table) ? 'orderLines' : 'orders';
  const notices: StudyNotice[] = [];
  if (basis === 'orders') notices.push({ code: 'products-one-row-per-order' });
  // The business type of a row: its own (a code into businessTypeIds), else its customer's; each
  // distinct type numbered (typeNames), so a row finds its totals by number, not by name.
  const anyTyped = customers.some((c) => c.businessType !== null);
  const typeOf = new Map<string, string | null>();
  if (anyTyped) for (const c of customers) typeOf.set(c.customerId, c.businessType);
  const typeNumber = new Map<string | null, number>();
  const typeNames: (string | null)[] = [];
  const numberOf = (type: string | null): number => {
    let k = typeNumber.get(type);
    if (k === undefined) {
      k = typeNames.length;
      typeNumber.set(type, k);
      typeNames.push(type);
    }
    return k;
  };
  // Without any customer's type (an order-only workbook) every customer's is null: no lookups.
  const customerType = anyTyped ? Int32Array.from(table.customerIds, (id) => numberOf(typeOf.get(id) ?? null)) : new Int32Array(table.customerIds.length).fill(numberOf(null));
  const rowType = Int32Array.from(table.businessTypeIds, (type) => numberOf(type));
  const products = productLineIds.length;
  const totals = new ProductTotals(typeNames.length, products);
  const typeSeen = new Uint8Array(typeNames.length);
  let unassignedRows = 0;
  let unassignedSales = 0;
  for (let r = 0; r < table.length; r++) {
    const typeCode = table.businessType[r] as number;
    const type = typeCode >= 0 ? (rowType[typeCode] as number) : (customerType[table.customer[r] as number] as number);
    typeSeen[type] = 1;
    const a = amount[r] as number;
    const code = productLine[r] as number;
    if (code < 0) {
      unassignedRows++;
      unassignedSales += a;
      continue;
    }
    // A NaN profit or quantity is one the row does not state (left out of those sums).
    const p = profit[r] as number;
    const q = quantity[r] as number;
    totals.add(code, a, p, q);
    totals.add(totals.slotOf(type, code), a, p, q);
  }
  if (unassignedRows > 0) notices.push({ code: 'products-rows-without-product', count: unassignedRows });
  const types = typeNames.filter((_, k) => typeSeen[k] === 1).sort(nullLast);
  return {
    basis,
    overall: rankedTable(totals.overall(productLineIds), cuts),
    byBusinessType: types.length > 1 || types[0] !== null ? types.map((t) => ({ businessType: t, table: rankedTable(totals.ofType(typeNumber.get(t) as number, productLineIds), cuts) })) : [],
    unassigned: { rows: unassignedRows, sales: settle(unassignedSales) },
    notices,
  };
}
