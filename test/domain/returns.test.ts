/**
 * Returns and credit notes (docs/scoring.md, "Returns and credit notes"): a row with a negative
 * amount or quantity reduces net sales and profit, is no order for frequency and RFM, feeds a
 * return rate, stays out of the spend model, and a customer whose returns exceed its purchases is
 * flagged rather than scored.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import type { CellValue } from '../../src/domain/model';
import { ratingText } from '../../src/output/ownedColumns';
import { fitRows, purchasesOf, scoreRows } from '../../src/output/pipeline';
import { day, orderRow } from './rows';

const asOf = day('2024-12-31');
const config: ScoringConfig = { ...defaultScoringConfig(), asOf: '2024-12-31' };

const HEADERS = ['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', 'Quantity'];
const grid: CellValue[][] = [
  HEADERS,
  ['A-1', 'A', '2024-01-10', 100, 30, 10],
  ['A-2', 'A', '2024-03-10', 200, 60, 20],
  // A credit note with its own number, written as a negative amount.
  ['CN-1', 'A', '2024-11-20', -50, -15, -5],
  ['B-1', 'B', '2024-02-01', 300, 90, 30],
  ['B-2', 'B', '2024-06-01', 100, 30, 10],
  // A return written with a positive amount and a negative quantity: still a return.
  ['B-3', 'B', '2024-12-01', 80, 24, -8],
  ['C-1', 'C', '2024-05-01', 40, 12, 4],
  ['C-2', 'C', '2024-07-01', -90, -27, -9],
  ['D-1', 'D', '2024-04-01', 500, 100, 50],
  ['D-2', 'D', '2024-09-01', 400, 80, 40],
];

function score(g: CellValue[][] = grid, c: ScoringConfig = config) {
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: g } });
  expect(analysis.refused).toBeNull();
  return { analysis, result: scoreRows(analysis, c, asOf) };
}

const customer = (id: string) => score().result.customers.find((c) => c.customerId === id);

describe('returns and credit notes', () => {
  it('reduce net sales and profit', () => {
    expect(customer('A')).toMatchObject({ sales: 250, profit: 75, returned: 50 });
    // B-3's amount is read as -80 and its profit as -24, whatever sign the sheet gave them.
    expect(customer('B')).toMatchObject({ sales: 320, profit: 96, returned: 80 });
  });

  it('do not count as orders, nor as the last order for recency', () => {
    const a = customer('A');
    expect(a?.orders).toBe(2);
    // Recency runs from the last purchase (2024-03-10), not from the credit note of 2024-11-20.
    expect(a?.rfm?.recencyDays).toBe(asOf - day('2024-03-10'));
    expect(customer('B')?.orders).toBe(2);
  });

  it('give each customer a return rate: returned / sales before returns', () => {
    expect(customer('A')?.returnRate).toBeCloseTo(50 / 300, 12);
    expect(customer('B')?.returnRate).toBeCloseTo(80 / 400, 12);
    expect(customer('D')?.returnRate).toBe(0);
  });

  it('flag a customer whose returns exceed its purchases instead of scoring it', () => {
    const { result } = score();
    const c = result.customers.find((x) => x.customerId === 'C');
    expect(c).toMatchObject({ status: 'negative-net', score: null, tier: null, sales: -50 });
    expect(c && ratingText(c)).toBe('not rated: returns exceed purchases');
    expect(result.returns).toEqual({ rows: 3, amount: 220, negativeNet: 1 });
    expect(result.warnings).toContain('1 customer(s) returned more than they bought (net sales below 0): flagged "returns exceed purchases", not scored.');
    expect(result.customers.filter((x) => x.status === 'rated').map((x) => x.customerId)).toEqual(['A', 'B', 'D']);
  });

  it('feed an indicator: a custom profile can weight the return rate (lower is better)', () => {
    const custom: ScoringConfig = {
      ...config,
      profileId: 'returns',
      customProfile: { id: 'returns', label: 'Returns', indicators: [{ source: 'returnRate', direction: 'lower', weight: 1 }] },
      weights: {},
    };
    const { result } = score(grid, custom);
    const by = (id: string) => result.customers.find((x) => x.customerId === id)?.score ?? NaN;
    // D returned nothing, A 17 %, B 20 %.
    expect(by('D')).toBeGreaterThan(by('A'));
    expect(by('A')).toBeGreaterThan(by('B'));
  });

  it('stay out of the predictive fit, so Gamma-Gamma sees positive purchases only', () => {
    const { analysis } = score();
    const purchases = purchasesOf(analysis.orders);
    expect(purchases.map((o) => o.orderId)).toEqual(['A-1', 'A-2', 'B-1', 'B-2', 'C-1', 'D-1', 'D-2']);
    expect(purchases.every((o) => o.amount > 0)).toBe(true);
    const withReturns = fitRows(analysis.orders, config, asOf);
    const without = fitRows(
      analysis.orders.filter((o) => !['CN-1', 'B-3', 'C-2'].includes(o.orderId ?? '')),
      config,
      asOf,
    );
    expect(withReturns?.customers.get('A')).toEqual(without?.customers.get('A'));
    // Profit basis (the sheet states profit, docs/clv.md): A's one repeat purchase, A-2, made 60; the credit note's -15 is left out.
    expect(withReturns?.customers.get('A')?.zbar).toBe(60);
  });

  it('on an order-line sheet, a returned line of an order is a return, not another line of the order', () => {
    const rows = [orderRow('A', 10, 100, { orderId: 'X', quantity: 2 }), orderRow('A', 10, 50, { orderId: 'X', quantity: 1 }), orderRow('A', 20, -50, { orderId: 'X', quantity: -1 })];
    const result = scoreRows({ customers: [], orders: rows }, config, asOf);
    expect(result.customers[0]).toMatchObject({ orders: 1, sales: 100, returned: 50 });
    expect(result.orderLines).toEqual({ lines: 3, orders: 1, productTypesFrom: 'column' });
  });
});
