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

function emptyTotals(): Totals {
  return { sales: 0, quantity: 0, quantityRows: 0, rows: 0, profit: 0, profitSales: 0, profitRows: 0 };
}

function addSale(byProduct: Map<string, Totals>, product: string, amount: number, profit: number | null, quantity: number | null): void {
  let t = byProduct.get(product);
  if (!t) byProduct.set(product, (t = emptyTotals()));
  t.sales += amount;
  t.rows++;
  if (quantity !== null) {
    t.quantity += quantity;
    t.quantityRows++;
  }
  if (profit !== null) {
    t.profit += profit;
    t.profitSales += amount;
    t.profitRows++;
  }
}

/** Products ranked by sales descending, ties by product name ascending; ABC as customers get it. */
export function productTable(sales: readonly ProductSale[], cuts: AbcCuts = DEFAULT_ABC_CUTS): ProductTable {
  const byProduct = new Map<string, Totals>();
  for (const s of sales) if (s.product !== null) addSale(byProduct, s.product, s.amount, s.profit, s.quantity);
  return rankedTable(byProduct, cuts);
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
  // The business type of a row: its own (a code into businessTypeIds), else its customer's.
  const typeOf = new Map<string, string | null>();
  for (const c of customers) typeOf.set(c.customerId, c.businessType);
  const customerType = table.customerIds.map((id) => typeOf.get(id) ?? null);
  const overall = new Map<string, Totals>();
  const groups = new Map<string | null, Map<string, Totals>>();
  let unassignedRows = 0;
  let unassignedSales = 0;
  for (let r = 0; r < table.length; r++) {
    const typeCode = table.businessType[r] as number;
    const type = typeCode >= 0 ? (table.businessTypeIds[typeCode] as string) : (customerType[table.customer[r] as number] as string | null);
    let group = groups.get(type);
    if (!group) groups.set(type, (group = new Map()));
    const a = amount[r] as number;
    const code = productLine[r] as number;
    if (code < 0) {
      unassignedRows++;
      unassignedSales += a;
      continue;
    }
    const product = productLineIds[code] as string;
    const p = profit[r] as number;
    const q = quantity[r] as number;
    const rowProfit = Number.isNaN(p) ? null : p;
    const rowQuantity = Number.isNaN(q) ? null : q;
    addSale(overall, product, a, rowProfit, rowQuantity);
    addSale(group, product, a, rowProfit, rowQuantity);
  }
  if (unassignedRows > 0) notices.push({ code: 'products-rows-without-product', count: unassignedRows });
  const types = [...groups.keys()].sort(nullLast);
  return {
    basis,
    overall: rankedTable(overall, cuts),
    byBusinessType: types.length > 1 || types[0] !== null ? types.map((t) => ({ businessType: t, table: rankedTable(groups.get(t) ?? new Map(), cuts) })) : [],
    unassigned: { rows: unassignedRows, sales: settle(unassignedSales) },
    notices,
  };
}
