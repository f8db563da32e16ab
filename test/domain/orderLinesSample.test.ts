/**
 * The shipped sample's order sheet (one row per order) exploded into the order-line export an ERP
 * would give for the same orders: one row per product, amounts split over the lines, every
 * per-order input repeated on each line. Read as order lines, it must score exactly as the sheet
 * of one row per order does: the per-order sheet is the independent truth here.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue, Grid } from '../../src/domain/model';
import { scoreRows } from '../../src/output/pipeline';
import { generateSampleWorkbook } from '../../src/sample';
import { SAMPLE_ORDER_COLUMNS } from '../../src/sample/headers';

const sample = generateSampleWorkbook({ customers: 120, orders: 2500, seed: 7 });
const col = (field: string): number => SAMPLE_ORDER_COLUMNS.findIndex((c) => c.field === field);
const SPLIT = ['amount', 'profit', 'quantity', 'arrears', 'claimAmount'].map(col);
const TYPES = col('productTypes');
const LINE = col('productLine');

/** `value` in k parts that add up to it (the last part takes the remainder). */
function parts(value: CellValue, k: number): CellValue[] {
  if (typeof value !== 'number') return Array.from({ length: k }, () => value);
  const share = Math.round((value / k) * 100) / 100;
  return Array.from({ length: k }, (_, j) => (j < k - 1 ? share : value - share * (k - 1)));
}

function asLines(orders: Grid): CellValue[][] {
  const [header, ...rows] = orders;
  const out: CellValue[][] = [[...(header as CellValue[]).filter((_, c) => c !== TYPES), 'Product code']];
  for (const row of rows) {
    const types = row[TYPES];
    const k = typeof types === 'number' && types >= 1 ? types : 1;
    const split = SPLIT.map((c) => parts(row[c] ?? '', k));
    for (let j = 0; j < k; j++) {
      const line = row.map((v, c): CellValue => {
        const s = SPLIT.indexOf(c);
        return s >= 0 ? ((split[s] as CellValue[])[j] ?? null) : v;
      });
      const product = typeof types === 'number' ? `${String(row[LINE])}-${j + 1}` : '';
      out.push([...line.filter((_, c) => c !== TYPES), product]);
    }
  }
  return out;
}

/** Equal to `digits` decimals; "no value" (null or NaN) only equals "no value". */
function expectClose(label: string, got: number | null | undefined, expected: number | null | undefined, digits = 9): void {
  const none = (x: number | null | undefined) => x === null || x === undefined || Number.isNaN(x);
  if (none(expected)) expect([label, none(got)]).toEqual([label, true]);
  else expect([label, got]).toEqual([label, expect.closeTo(expected as number, digits)]);
}

describe('the sample as an order-line export', () => {
  const config = { ...defaultScoringConfig(), asOf: '2026-01-01' };
  const score = (orders: Grid) => {
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, customers: { sheet: 'Customers', grid: sample.customers } });
    return scoreRows(analysis, config, sample.asOf);
  };
  const perOrder = score(sample.orders);
  const lines = asLines(sample.orders);
  const perLine = score(lines);

  it('is read as order lines, the orders made of several lines', () => {
    expect(lines.length - 1).toBeGreaterThan(2 * (sample.orders.length - 1));
    expect(perOrder.orderLines).toBeNull();
    expect(perLine.orderLines).toEqual({ lines: lines.length - 1, orders: sample.orders.length - 1, productTypesFrom: 'product' });
  });

  it('gives every customer the figures and the score of the sheet of one row per order', () => {
    expect(perLine.customers.map((c) => c.customerId)).toEqual(perOrder.customers.map((c) => c.customerId));
    perOrder.customers.forEach((expected, i) => {
      const got = perLine.customers[i]!;
      expect([got.customerId, got.orders, got.status, got.tier, got.abc, got.rfm?.segment]).toEqual([
        expected.customerId,
        expected.orders,
        expected.status,
        expected.tier,
        expected.abc,
        expected.rfm?.segment,
      ]);
      expectClose('sales', got.sales, expected.sales, 5);
      expectClose('shipping days', got.shippingDays, expected.shippingDays);
      expectClose('payment days', got.payment.meanDays, expected.payment.meanDays);
      expectClose('score', got.score, expected.score);
    });
    const agg = (r: typeof perOrder, name: 'productTypesPerOrder' | 'creditDays' | 'claimsPerOrder' | 'bargainingRounds' | 'prepaymentShare') => Array.from(r.cache.agg[name]);
    for (const name of ['productTypesPerOrder', 'creditDays', 'claimsPerOrder', 'bargainingRounds', 'prepaymentShare'] as const) {
      agg(perLine, name).forEach((v, i) => expectClose(name, v, agg(perOrder, name)[i]));
    }
  });
});
