/**
 * scoreCustomers on the order table: given the table analyseWorkbook built while parsing, or
 * building it from the rows, every output is the same; the customer index from the table equals
 * the one from the rows; and the R package rfm's reference comes out of the whole table path
 * (grid -> analyseWorkbook -> orderTable -> scoreCustomers).
 */
import { rfmRows } from '../fixtures/rfm/rfmCsv';
import fc from 'fast-check';
import { aggregateTable, indexCustomers, indexCustomersOfTable } from '../../src/domain/aggregate';
import { analyseWorkbook } from '../../src/domain/analyse';
import { customersFromOrders } from '../../src/domain/customersFromOrders';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue, CustomerRow, OrderRow } from '../../src/domain/model';
import { scoreCustomers } from '../../src/domain/score';
import { orderTableFromRows } from '../../src/domain/validation/orderTable';
import { customerRow, day, orderRow } from './rows';

const asOf = day('2024-06-30');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const ID_POOL = ['b', 'a', 'C10', 'C9', 'c', 'Ω', 'a1'];

const orderArb: fc.Arbitrary<OrderRow> = fc
  .record({
    customerId: fc.constantFrom(...ID_POOL),
    // A few order ids shared by several customers: distinct orders are per (customer, order id).
    orderId: maybe(fc.integer({ min: 1, max: 6 }).map((k) => `o${k}`)),
    orderDate: fc.oneof(
      fc.integer({ min: day('2020-01-01'), max: asOf }),
      fc.integer({ min: day('2023-01-01'), max: asOf }).map((d) => d + 0.5),
    ),
    amount: fc.integer({ min: -1000, max: 100_000 }).map((c) => c / 100),
    profit: maybe(fc.integer({ min: -500, max: 5000 })),
    productTypes: maybe(fc.integer({ min: 1, max: 6 })),
    prepaymentShare: maybe(fc.constantFrom(0, 0.3, 1)),
    creditDays: maybe(fc.constantFrom(0, 30, 90)),
    readyLag: maybe(fc.integer({ min: 0, max: 9 })),
    shipLag: maybe(fc.integer({ min: 0, max: 30 })),
    docsLag: maybe(fc.integer({ min: 0, max: 40 })),
    payLag: maybe(fc.integer({ min: -5, max: 150 })),
    bargainingRounds: maybe(fc.integer({ min: 0, max: 4 })),
    discount: maybe(fc.constantFrom(0, 0.05, 0.2)),
    claimsCount: maybe(fc.integer({ min: 0, max: 2 })),
    claimsReasonable: maybe(fc.integer({ min: 0, max: 2 })),
    arrears: maybe(fc.integer({ min: 0, max: 500 })),
  })
  .map(({ customerId, orderDate, amount, readyLag, shipLag, docsLag, payLag, ...f }) =>
    orderRow(customerId, orderDate, amount, {
      ...f,
      readyDate: readyLag === null ? null : orderDate + readyLag,
      shippedDate: shipLag === null ? null : orderDate + 10 + shipLag,
      documentsReceivedDate: docsLag === null ? null : orderDate + docsLag,
      paidDate: payLag === null ? null : orderDate + 40 + payLag,
    }),
  );

// Customer sheets in any order, with duplicate ids and ids that have no orders.
const customersArb: fc.Arbitrary<CustomerRow[]> = fc
  .array(
    fc.record({
      id: fc.constantFrom(...ID_POOL, 'no-orders'),
      businessType: maybe(fc.constantFrom('dealer', 'store')),
      industryInfluence: maybe(fc.integer({ min: 1, max: 5 })),
      expectedShare: maybe(fc.constantFrom(0.1, 0.4)),
    }),
    { maxLength: 9 },
  )
  .map((cs) => cs.map(({ id, ...f }, k) => customerRow(id, { ...f, name: `${id} #${k}`, row: k + 2 })));

describe('indexCustomersOfTable', () => {
  it('with the customers derived from the orders (no customer sheet), equals indexCustomers of the rows', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { maxLength: 50 }), (orders) => {
        const table = orderTableFromRows(orders);
        const derived = customersFromOrders(table);
        const fromTable = indexCustomersOfTable(derived, table);
        const fromRows = indexCustomers(derived, orders);
        expect(fromTable.ids).toEqual(fromRows.ids);
        expect(fromTable.rows).toEqual(fromRows.rows);
        expect(fromTable.orderCustomer).toEqual(fromRows.orderCustomer);
      }),
      { numRuns: 200 },
    );
  });

  it('equals indexCustomers of the rows the table was built from', () => {
    fc.assert(
      fc.property(customersArb, fc.array(orderArb, { maxLength: 50 }), (customers, orders) => {
        const fromTable = indexCustomersOfTable(customers, orderTableFromRows(orders));
        const fromRows = indexCustomers(customers, orders);
        expect(fromTable.ids).toEqual(fromRows.ids);
        expect(fromTable.rows).toEqual(fromRows.rows);
        expect(fromTable.names).toEqual(fromRows.names);
        expect(fromTable.businessTypes).toEqual(fromRows.businessTypes);
        expect(fromTable.orderCustomer).toEqual(fromRows.orderCustomer);
        expect(fromTable.byId).toEqual(fromRows.byId);
        const table = orderTableFromRows(orders);
        const { tableCodes } = indexCustomersOfTable(customers, table);
        expect(table.customerIds.map((_, k) => fromRows.ids[tableCodes?.index[k] as number])).toEqual(table.customerIds);
      }),
      { numRuns: 300 },
    );
  });
});

describe('aggregateTable', () => {
  it('counts distinct (customer, order id) pairs of purchases, sums net sales and profit, and finds the last purchase day, as a direct computation does', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 50 }), (orders) => {
        const table = orderTableFromRows(orders);
        const index = indexCustomersOfTable([], table);
        const agg = aggregateTable(index, table, asOf, null);
        index.ids.forEach((id, i) => {
          const own = orders.filter((o) => o.customerId === id);
          // A negative amount is a return: in net sales and profit, but no order and no order day.
          const bought = own.filter((o) => o.amount >= 0);
          const keyed = new Set(bought.flatMap((o) => (o.orderId === null ? [] : [o.orderId])));
          expect(agg.orders[i]).toBe(keyed.size + bought.filter((o) => o.orderId === null).length);
          expect(agg.returned[i]).toBeCloseTo(-own.filter((o) => o.amount < 0).reduce((s, o) => s + o.amount, 0), 6);
          expect(agg.sales[i]).toBeCloseTo(
            own.reduce((s, o) => s + o.amount, 0),
            6,
          );
          const withProfit = own.filter((o) => o.profit !== null);
          if (withProfit.length === 0) expect(agg.profit[i]).toBeNaN();
          else
            expect(agg.profit[i]).toBeCloseTo(
              withProfit.reduce((s, o) => s + (o.profit as number), 0),
              6,
            );
          if (bought.length === 0) expect(agg.lastDay[i]).toBeNaN();
          else {
            expect(agg.lastDay[i]).toBe(Math.max(...bought.map((o) => o.orderDate)));
            expect(agg.firstDay[i]).toBe(Math.min(...bought.map((o) => o.orderDate)));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('scoreCustomers with an orderTable', () => {
  it('gives the same result, deeply, as from the rows alone', () => {
    const config = defaultScoringConfig();
    fc.assert(
      fc.property(customersArb, fc.array(orderArb, { minLength: 1, maxLength: 60 }), fc.constantFrom<'sales' | 'profit'>('sales', 'profit'), (customers, orders, basis) => {
        const withBasis = { ...config, abc: { ...config.abc, basis } };
        const fromRows = scoreCustomers({ customers, orders, config: withBasis, asOf });
        const fromTable = scoreCustomers({ customers, orders, orderTable: orderTableFromRows(orders), config: withBasis, asOf });
        expect(fromTable).toEqual(fromRows);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a table of other rows', () => {
    const orders = [orderRow('a', asOf, 1)];
    expect(() => scoreCustomers({ customers: [], orders, orderTable: orderTableFromRows([]), config: defaultScoringConfig(), asOf })).toThrow(/same rows/);
  });
});

describe('the R package rfm reference, through the table path', () => {
  const csv = rfmRows;
  const grid: CellValue[][] = [['Customer', 'Order date', 'Revenue'], ...csv('rfm_data_orders.csv').map(([id, date, revenue]) => [id as string, date as string, Number(revenue)])];
  const expected = csv('rfm_data_orders_expected.csv');

  it('scores all 995 customers as the package does', () => {
    const analysis = analyseWorkbook({
      orders: { sheet: 'Orders', grid },
      mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 0, orderDate: 1, amount: 2 } } },
      readOptions: { dateOrder: 'YMD' },
    });
    expect(analysis.refused).toBeNull();
    expect(analysis.orderTable?.length).toBe(4906);
    const config = { ...defaultScoringConfig(), rfm: { mode: 'r-package' as const } };
    const orderTable = analysis.orderTable ?? undefined;
    const result = scoreCustomers({ customers: analysis.customers, orders: analysis.orders, ...(orderTable ? { orderTable } : {}), config, asOf: day('2006-12-31') });
    const byId = new Map(result.customers.map((c) => [c.customerId, c]));
    expect(byId.size).toBe(995);
    for (const [id, recency, count, amount, r, f, m, segment] of expected) {
      const c = byId.get(id as string);
      expect({ id, recency: c?.rfm?.recencyDays, count: c?.orders, amount: c?.sales, r: c?.rfm?.r, f: c?.rfm?.f, m: c?.rfm?.m, segment: c?.rfm?.segment }).toEqual({
        id,
        recency: Number(recency),
        count: Number(count),
        amount: Number(amount),
        r: Number(r),
        f: Number(f),
        m: Number(m),
        segment,
      });
    }
    expect(scoreCustomers({ customers: analysis.customers, orders: analysis.orders, config, asOf: day('2006-12-31') })).toEqual(result);
  });
});
