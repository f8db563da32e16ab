import { aggregateOrders, indexCustomers } from '../../src/domain/aggregate';
import { customerRow, day, orderRow } from './rows';

describe('aggregateOrders', () => {
  const asOf = day('2024-01-01');
  const orders = [
    orderRow('B', day('2023-01-01'), 100, { orderId: 'o1', profit: 10, productTypes: 2, prepaymentShare: 1, creditDays: 0 }),
    orderRow('B', day('2023-01-01'), 50, { orderId: 'o1', profit: 5, productTypes: 2 }),
    orderRow('A', day('2022-01-01'), 300, { orderId: 'o2', readyDate: day('2022-01-05'), shippedDate: day('2022-01-08'), claimsCount: 2, claimsReasonable: 1 }),
    orderRow('B', day('2023-06-01'), 150, { orderId: 'o3', prepaymentShare: 0, creditDays: 60, documentsReceivedDate: day('2023-07-01'), paidDate: day('2023-07-21') }),
    orderRow('A', day('2022-03-01'), 100, { shippedDate: day('2022-03-11'), claimsCount: 0, arrears: 40 }),
    orderRow('B', day('2023-07-01'), 10, { orderId: 'o1' }), // same order id again, not adjacent
  ];
  const index = indexCustomers([customerRow('C', { name: 'Cee' })], orders);
  const agg = aggregateOrders(index, orders, asOf);
  const a = index.byId.get('A') as number;
  const b = index.byId.get('B') as number;
  const c = index.byId.get('C') as number;

  it('indexes the union of customer and order ids in ascending order', () => {
    expect(index.ids).toEqual(['A', 'B', 'C']);
    expect(index.names).toEqual([null, null, 'Cee']);
  });

  it('counts distinct order ids, and rows without an order id one each', () => {
    expect(agg.orders[a]).toBe(2);
    expect(agg.orders[b]).toBe(2);
    expect(agg.orders[c]).toBe(0);
    expect(agg.rows[b]).toBe(4);
  });

  it('sums sales and profit; profit is unknown when no row states it', () => {
    expect(agg.sales[b]).toBe(310);
    expect(agg.profit[b]).toBe(15);
    expect(agg.profit[a]).toBeNaN();
    expect(agg.meanOrderAmount[b]).toBe(155);
  });

  it('tracks first and last order days and orders per year (at least one year)', () => {
    expect(agg.firstDay[a]).toBe(day('2022-01-01'));
    expect(agg.lastDay[b]).toBe(day('2023-07-01'));
    expect(agg.ordersPerYear[b]).toBe(2); // one year of history -> 2 orders / 1 year
    expect(agg.ordersPerYear[a]).toBeCloseTo(2 / ((asOf - day('2022-01-01')) / 365.25), 10);
    expect(agg.firstDay[c]).toBeNaN();
  });

  it('weights prepayment share by amount and averages credit days', () => {
    expect(agg.prepaymentShare[b]).toBeCloseTo(100 / 250, 12);
    expect(agg.creditDays[b]).toBe(30);
    expect(agg.prepaymentShare[a]).toBeNaN();
  });

  it('measures shipping from ready date, else from order date, and payment from documents', () => {
    expect(agg.shippingDays[a]).toBe((3 + 10) / 2);
    expect(agg.paymentDays[b]).toBe(20);
    expect(agg.paymentDays[a]).toBeNaN();
  });

  it('claims per order and reasonable share; arrears only where recorded', () => {
    expect(agg.claimsPerOrder[a]).toBe(1);
    expect(agg.reasonableShare[a]).toBe(0.5);
    expect(agg.claimsPerOrder[b]).toBeNaN();
    expect(agg.arrears[a]).toBe(40);
    expect(agg.arrears[b]).toBeNaN();
  });
});

describe('payment days of indicator 9', () => {
  it('leaves out a payment made before its documents (a prepayment), as finance does', () => {
    const orders = [
      // docs 03-10, paid 03-30: 20 days
      orderRow('P', day('2024-03-01'), 100, { documentsReceivedDate: day('2024-03-10'), paidDate: day('2024-03-30') }),
      // prepaid 03-02, docs 04-01: -30 days, not a payment delay
      orderRow('P', day('2024-03-01'), 100, { documentsReceivedDate: day('2024-04-01'), paidDate: day('2024-03-02') }),
      orderRow('Q', day('2024-03-01'), 100, { documentsReceivedDate: day('2024-04-01'), paidDate: day('2024-03-02') }),
    ];
    const index = indexCustomers([], orders);
    const agg = aggregateOrders(index, orders, day('2024-06-01'));
    expect(agg.paymentDays[index.byId.get('P') as number]).toBe(20);
    expect(agg.paymentDays[index.byId.get('Q') as number]).toBeNaN();
  });
});
