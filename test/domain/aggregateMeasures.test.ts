/**
 * Every per-customer measure of aggregateTable, bit for bit, against a direct computation per
 * customer: its rows in row order, a return (negative amount) only in rows, sales, returned and
 * profit, each sum settled to 1e-6 before it is divided (docs/scoring.md).
 */
import fc from 'fast-check';
import { aggregateTable, indexCustomersOfTable } from '../../src/domain/aggregate';
import { PaymentRows } from '../../src/domain/finance/payment';
import { settle } from '../../src/domain/scoring/stats';
import type { OrderRow } from '../../src/domain/model';
import { orderTableFromRows } from '../../src/domain/validation/orderTable';
import { day, orderRow } from './rows';

const asOf = day('2024-06-30');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const orderArb = fc
  .record({
    customerId: fc.constantFrom('c', 'a', 'b', 'd'),
    orderId: maybe(fc.integer({ min: 1, max: 6 }).map((k) => `o${k}`)),
    orderDate: fc.integer({ min: day('2021-01-01'), max: asOf }),
    amount: fc.integer({ min: -2000, max: 100_000 }).map((c) => c / 100),
    profit: maybe(fc.integer({ min: -500, max: 5000 }).map((c) => c / 10)),
    productTypes: maybe(fc.integer({ min: 1, max: 6 })),
    prepaymentShare: maybe(fc.constantFrom(0, 0.3, 0.5, 1)),
    creditDays: maybe(fc.constantFrom(0, 30, 60)),
    readyLag: maybe(fc.integer({ min: 0, max: 5 })),
    shipLag: maybe(fc.integer({ min: 0, max: 20 })),
    docsLag: maybe(fc.integer({ min: 0, max: 30 })),
    payLag: maybe(fc.integer({ min: -10, max: 90 })),
    bargainingRounds: maybe(fc.integer({ min: 0, max: 4 })),
    discount: maybe(fc.constantFrom(0, 0.05, 0.1)),
    claimsCount: maybe(fc.integer({ min: 0, max: 3 })),
    claimsReasonable: maybe(fc.integer({ min: 0, max: 3 })),
    arrears: maybe(fc.integer({ min: 0, max: 900 }).map((c) => c / 3)),
  })
  .map(({ customerId, orderDate, amount, readyLag, shipLag, docsLag, payLag, ...f }): OrderRow =>
    orderRow(customerId, orderDate, amount, {
      ...f,
      readyDate: readyLag === null ? null : orderDate + readyLag,
      shippedDate: shipLag === null ? null : orderDate + 5 + shipLag,
      documentsReceivedDate: docsLag === null ? null : orderDate + docsLag,
      paidDate: payLag === null ? null : orderDate + 30 + payLag,
    }),
  );

const sumOf = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const present = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
const meanOf = (xs: number[]): number => (xs.length === 0 ? NaN : settle(sumOf(xs)) / xs.length);

function direct(own: OrderRow[]): Record<string, number> {
  const sales = own.filter((o) => o.amount >= 0);
  const keyed = new Set(present(sales.map((o) => (o.orderId === null ? null : Number(o.orderId.slice(1))))));
  const orders = keyed.size + sales.filter((o) => o.orderId === null).length;
  const net = settle(sumOf(own.map((o) => o.amount)));
  const returned = settle(sumOf(own.filter((o) => o.amount < 0).map((o) => -o.amount)));
  const profits = present(own.map((o) => o.profit));
  const first = Math.min(...sales.map((o) => o.orderDate));
  const years = Math.max(1, (asOf - first) / 365.25);
  const prepaid = sales.filter((o) => o.prepaymentShare !== null);
  const base = settle(sumOf(prepaid.map((o) => o.amount)));
  const claims = present(sales.map((o) => o.claimsCount));
  const claimsTotal = settle(sumOf(claims));
  const reasonable = present(sales.map((o) => o.claimsReasonable));
  const arrears = present(sales.map((o) => o.arrears));
  const paidAfterDocs = sales.filter((o) => o.paidDate !== null && o.documentsReceivedDate !== null && o.paidDate >= o.documentsReceivedDate);
  return {
    rows: own.length,
    orders,
    sales: net,
    returned,
    returnRate: settle(net + returned) > 0 ? returned / settle(net + returned) : NaN,
    profit: profits.length === 0 ? NaN : settle(sumOf(profits)),
    firstDay: orders === 0 ? NaN : first,
    lastDay: orders === 0 ? NaN : Math.max(...sales.map((o) => o.orderDate)),
    meanOrderAmount: orders === 0 ? NaN : net / orders,
    ordersPerYear: orders === 0 ? NaN : orders / years,
    annualSales: orders === 0 ? NaN : net / years,
    productTypesPerOrder: meanOf(present(sales.map((o) => o.productTypes))),
    prepaymentShare: base > 0 ? settle(sumOf(prepaid.map((o) => (o.prepaymentShare as number) * o.amount))) / base : meanOf(present(prepaid.map((o) => o.prepaymentShare))),
    creditDays: meanOf(present(sales.map((o) => o.creditDays))),
    shippingDays: meanOf(sales.filter((o) => o.shippedDate !== null).map((o) => (o.shippedDate as number) - (o.readyDate ?? o.orderDate))),
    paymentDays: meanOf(paidAfterDocs.map((o) => (o.paidDate as number) - (o.documentsReceivedDate as number))),
    bargainingRounds: meanOf(present(sales.map((o) => o.bargainingRounds))),
    discount: meanOf(present(sales.map((o) => o.discount))),
    claimsPerOrder: claims.length > 0 && orders > 0 ? claimsTotal / orders : NaN,
    reasonableShare: claims.length > 0 && orders > 0 && claimsTotal > 0 && reasonable.length > 0 ? Math.min(1, settle(sumOf(reasonable)) / claimsTotal) : NaN,
    arrears: arrears.length === 0 ? NaN : settle(sumOf(arrears)),
  };
}

describe('aggregateTable, measure by measure', () => {
  it('equals the direct computation per customer, bit for bit, with or without the payment rows', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 60 }), fc.boolean(), (orders, withPayments) => {
        const table = orderTableFromRows(orders);
        const index = indexCustomersOfTable([], table);
        const payments = withPayments ? new PaymentRows(index.ids.length, table.length, asOf) : null;
        const agg = aggregateTable(index, table, asOf, payments);
        index.ids.forEach((id, i) => {
          const expected = direct(orders.filter((o) => o.customerId === id));
          for (const [measure, value] of Object.entries(expected)) expect([measure, (agg as unknown as Record<string, Float64Array>)[measure]?.[i]]).toEqual([measure, value]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
