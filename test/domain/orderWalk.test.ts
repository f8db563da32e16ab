/**
 * The scoring pipeline walks the order rows once: aggregateTable also gathers what finance needs,
 * and seasonality reads the order table's columns. Its outputs must equal the stand-alone functions, which walk the rows
 * themselves, and the cached rescore plan must equal a plain weighted mean.
 */
import fc from 'fast-check';
import { aggregateOrders, aggregateTable, indexCustomers } from '../../src/domain/aggregate';
import { PaymentRows, paymentStats, paymentStatsOf } from '../../src/domain/finance/payment';
import { scratchOrderTable } from '../../src/domain/validation/orderTable';
import type { OrderRow } from '../../src/domain/model';
import { monthKey, seasonalIndex, seasonalIndexOfColumns } from '../../src/domain/seasonality';
import { computeScores } from '../../src/domain/scoring/rescore';
import type { ScoringCache } from '../../src/domain/scoring/prepare';
import { day, orderRow } from './rows';

const asOf = day('2024-06-30');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const ids = ['a', 'b', 'c', 'd'];
const orderArb = fc
  .record({
    customerId: fc.constantFrom(...ids),
    orderId: maybe(fc.integer({ min: 1, max: 8 }).map((k) => `o${k}`)),
    orderDate: fc.integer({ min: day('2021-01-01'), max: asOf }),
    amount: fc.integer({ min: -1000, max: 100_000 }).map((c) => c / 100),
    creditDays: maybe(fc.constantFrom(0, 30, 60, 90)),
    docsLag: maybe(fc.integer({ min: 0, max: 40 })),
    payLag: maybe(fc.integer({ min: -5, max: 150 })),
    arrears: maybe(fc.integer({ min: 0, max: 500 })),
  })
  .map(({ customerId, orderDate, docsLag, payLag, amount, ...f }): OrderRow =>
    orderRow(customerId, orderDate, amount, {
      ...f,
      documentsReceivedDate: docsLag === null ? null : orderDate + docsLag,
      paidDate: payLag === null ? null : orderDate + 40 + payLag,
    }),
  );

describe('the one walk over the order table', () => {
  it('gives the same aggregates, payment statistics and seasonal index as the separate walks', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 80 }), (orders) => {
        const index = indexCustomers([], orders);
        const table = scratchOrderTable(orders);
        const payments = new PaymentRows(index.ids.length, orders.length, asOf);
        expect(aggregateTable(index, table, asOf, payments)).toEqual(aggregateOrders(index, orders, asOf));
        expect(paymentStatsOf(payments, index.orderCustomer)).toEqual(paymentStats(index, orders, asOf));
        expect(seasonalIndexOfColumns(table.orderDate, table.amount)).toEqual(seasonalIndex(orders));
      }),
      { numRuns: 200 },
    );
  });

  it('puts a fractional day in the month monthKey gives it, as a whole day of that month would be', () => {
    const fractional = [day('2023-11-30') + 0.25, day('2024-01-31') + 0.5, day('2024-02-01'), day('2024-03-31') + 0.99];
    const orders = fractional.map((d, k) => orderRow('a', d, 10 * (k + 1)));
    const firstOfMonth = (d: number): number => {
      const key = monthKey(d);
      return Date.UTC(Math.floor(key / 12), key % 12, 1) / 86_400_000;
    };
    const whole = orders.map((o) => ({ ...o, orderDate: firstOfMonth(o.orderDate) }));
    expect(seasonalIndex(orders)).toEqual(seasonalIndex(whole));
  });
});

describe('computeScores with a cached plan', () => {
  const subScore = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(NaN));
  it('equals the weighted mean over the indicators each customer has, for successive weight vectors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((k) =>
          fc.record({
            columns: fc.array(fc.array(subScore, { minLength: 6, maxLength: 6 }), { minLength: k, maxLength: k }),
            weights: fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 3 }),
          }),
        ),
        ({ columns, weights }) => {
          const cache = { agg: { n: 6 }, subScores: columns.map((c) => Float64Array.from(c)) } as unknown as ScoringCache;
          for (const w of weights) {
            const expected = Array.from({ length: 6 }, (_, i) => {
              let sum = 0;
              let wsum = 0;
              columns.forEach((c, k) => {
                const v = c[i] as number;
                if (!Number.isNaN(v) && w[k] !== 0) {
                  sum += (w[k] as number) * v;
                  wsum += w[k] as number;
                }
              });
              return wsum > 0 ? Math.min(100, Math.max(0, sum / wsum)) : NaN;
            });
            expect(Array.from(computeScores(cache, Float64Array.from(w)))).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
