/**
 * Order-line sheets (docs/scoring.md, "Order-line sheets"): rows sharing an order id are one order.
 * Built as the sheet a shop or ERP exports (one row per product line), read by analyseWorkbook and
 * scored by the one pipeline (scoreRows), as the pane, the worker and the CLI do.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue } from '../../src/domain/model';
import { ordersOfLines } from '../../src/domain/orderLines';
import { scoreRows } from '../../src/output/pipeline';
import { orderTableFromRows } from '../../src/domain/validation/orderTable';
import { day, orderRow } from './rows';

const asOf = day('2024-12-31');
const config = { ...defaultScoringConfig(), asOf: '2024-12-31' };

/** Lines of one order: each repeats the order's id, dates and terms, as an export does. */
function lines(orderId: string, customer: string, date: string, shipped: string, products: readonly string[], extra: { credit?: number; claims?: number; category?: string } = {}): CellValue[][] {
  return products.map((product, k) => [orderId, customer, date, 100 + k, product, extra.category ?? 'Chairs', date, shipped, extra.credit ?? 30, extra.claims ?? 0]);
}

const HEADERS = ['Order No', 'Customer ID', 'Order Date', 'Amount', 'Product Code', 'Product Category', 'Ready Date', 'Ship Date', 'Credit Days', 'Claims'];

function score(grid: CellValue[][]) {
  const analysis = analyseWorkbook({ orders: { sheet: 'Lines', grid } });
  expect(analysis.refused).toBeNull();
  return scoreRows(analysis, config, asOf);
}

describe('an order-line sheet', () => {
  // The customer: three orders shipped in 1, 6 and 2 days, over 5, 2 and 8 lines. Averaged
  // over lines that is (1x5 + 6x2 + 2x8) / 15 = 2.2 days; over orders (1 + 6 + 2) / 3 = 3.0.
  const grid: CellValue[][] = [
    HEADERS,
    ...lines('SO-1', 'C1', '2024-03-01', '2024-03-02', ['P1', 'P2', 'P3', 'P1', 'P2'], { credit: 30, claims: 1 }),
    ...lines('SO-2', 'C1', '2024-05-01', '2024-05-07', ['P4', 'P4'], { credit: 90, claims: 0 }),
    ...lines('SO-3', 'C1', '2024-07-01', '2024-07-03', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'], { credit: 30, claims: 0 }),
    ...lines('SO-4', 'C2', '2024-04-01', '2024-04-05', ['P1'], { credit: 60, claims: 0 }),
  ];

  it('averages shipping days over orders, not lines (3.0, not 2.2)', () => {
    const c1 = score(grid).customers.find((c) => c.customerId === 'C1');
    expect(c1?.shippingDays).toBeCloseTo(3.0, 10);
    expect(c1?.orders).toBe(3);
  });

  it('sums amounts over the lines of each order', () => {
    const c1 = score(grid).customers.find((c) => c.customerId === 'C1');
    const expected = [5, 2, 8].reduce((sum, n) => sum + Array.from({ length: n }, (_, k) => 100 + k).reduce((a, b) => a + b, 0), 0);
    expect(c1?.sales).toBe(expected);
  });

  it('counts per-order inputs once per order', () => {
    const result = score(grid);
    const agg = result.cache.agg;
    const i = result.cache.index.ids.indexOf('C1');
    // Credit days 30, 90, 30 over the three orders: 50; over the 15 lines it would be 38.
    expect(agg.creditDays[i]).toBeCloseTo(50, 10);
    // One claim recorded on every line of SO-1: one claim in three orders.
    expect(agg.claimsPerOrder[i]).toBeCloseTo(1 / 3, 10);
  });

  it('counts product types per order as the distinct products among its lines', () => {
    const result = score(grid);
    const i = result.cache.index.ids.indexOf('C1');
    // SO-1: P1 P2 P3 (3 distinct of 5 lines); SO-2: P4 (1); SO-3: 8 distinct.
    expect(result.cache.agg.productTypesPerOrder[i]).toBeCloseTo((3 + 1 + 8) / 3, 10);
    expect(result.orderLines).toEqual({ lines: 16, orders: 4, productTypesFrom: 'product' });
  });

  it('counts distinct product lines (categories) when the sheet names no product', () => {
    const noProduct = grid.map((row) => row.filter((_, c) => c !== 4));
    // SO-1 spans two categories.
    (noProduct[2] as CellValue[])[4] = 'Tables';
    const result = score(noProduct);
    const i = result.cache.index.ids.indexOf('C1');
    expect(result.cache.agg.productTypesPerOrder[i]).toBeCloseTo((2 + 1 + 1) / 3, 10);
    expect(result.orderLines?.productTypesFrom).toBe('productLine');
  });

  it('says in the run summary that the sheet was read as order lines', () => {
    const result = score(grid);
    expect(result.warnings).toContain('The order sheet was read as order lines: 16 rows gathered into 4 orders; per-order inputs count once per order.');
  });

  it('reads a sheet of one row per order as before', () => {
    const perOrder = [HEADERS, ...lines('SO-1', 'C1', '2024-03-01', '2024-03-02', ['P1']), ...lines('SO-2', 'C1', '2024-05-01', '2024-05-07', ['P4'])];
    const result = score(perOrder);
    expect(result.orderLines).toBeNull();
    expect(result.customers[0]?.shippingDays).toBeCloseTo(3.5, 10);
  });

  it('keeps the same order id of two customers as two orders', () => {
    const rows = [orderRow('A', 10, 5, { orderId: 'X' }), orderRow('B', 11, 7, { orderId: 'X' }), orderRow('A', 10, 6, { orderId: 'X' })];
    const { table, lines: reading } = ordersOfLines(orderTableFromRows(rows));
    expect(reading).toEqual({ lines: 3, orders: 2, productTypesFrom: 'column' });
    expect(Array.from(table.amount)).toEqual([11, 7]);
  });

  it('takes the latest shipped date of an order whose lines shipped on different days', () => {
    const rows = [orderRow('A', 10, 5, { orderId: 'X', shippedDate: 12 }), orderRow('A', 10, 6, { orderId: 'X', shippedDate: 15 })];
    const { table } = ordersOfLines(orderTableFromRows(rows));
    expect(Array.from(table.shippedDate)).toEqual([15]);
  });
  it('counts distinct products per order when the lines of orders are interleaved', () => {
    // 40 orders of 3 customers, 400 lines in a scrambled order, products drawn from 7 codes with
    // repeats; the expected count is taken from the lines directly, one Set per order.
    const rows = [];
    let seed = 11;
    const draw = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let r = 0; r < 400; r++) {
      const order = draw(40);
      rows.push(orderRow(`C${order % 3}`, 10 + order, 5, { orderId: `O${order}`, product: draw(9) < 7 ? `P${draw(7)}` : null }));
    }
    const expected = new Map<string, Set<string>>();
    for (const row of rows) {
      const set = expected.get(row.orderId as string) ?? new Set<string>();
      if (row.product !== null) set.add(row.product);
      expected.set(row.orderId as string, set);
    }
    const source = orderTableFromRows(rows);
    const { table, lines: reading } = ordersOfLines(source);
    expect(reading?.productTypesFrom).toBe('product');
    expect(table.length).toBe(expected.size);
    for (let g = 0; g < table.length; g++) {
      const size = (expected.get(`O${(table.orderDate[g] as number) - 10}`) as Set<string>).size;
      const got = table.productTypes[g] as number;
      if (size === 0) expect(Number.isNaN(got)).toBe(true);
      else expect(got).toBe(size);
    }
  });
});
