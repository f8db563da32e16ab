/**
 * The order table holds exactly the rows' values: per column, the row's field or NaN where the
 * field is null; ids interned in order of first appearance. Built while parsing, it equals the
 * table built from the parsed rows.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../../src/domain/analyse';
import type { CellValue, OrderRow, OrderTable } from '../../../src/domain/model';
import { OrderTableBuilder, orderTableFromRows, scratchOrderTable } from '../../../src/domain/validation/orderTable';
import { StringInterner } from '../../../src/domain/validation/stringInterner';
import { orderRow } from '../rows';

const NUMBER_FIELDS = [
  'orderDate',
  'amount',
  'profit',
  'productTypes',
  'prepaymentShare',
  'creditDays',
  'readyDate',
  'shippedDate',
  'documentsReceivedDate',
  'paidDate',
  'bargainingRounds',
  'discount',
  'claimsCount',
  'claimsReasonable',
  'arrears',
] as const;

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const rowArb: fc.Arbitrary<OrderRow> = fc
  .record({
    customerId: fc.constantFrom('a', 'b', 'c', 'C0000001', 'C0000002', '客户'),
    orderId: maybe(fc.integer({ min: 1, max: 12 }).map((k) => `o${k}`)),
    orderDate: fc.integer({ min: 18_000, max: 20_000 }),
    amount: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    ...Object.fromEntries(NUMBER_FIELDS.slice(2).map((f) => [f, maybe(fc.integer({ min: -100, max: 20_000 }))])),
  })
  .map(({ customerId, orderDate, amount, ...rest }) => orderRow(customerId as string, orderDate, amount, rest as Partial<OrderRow>));

/**
 * Row r of the table read back as the fields it was built from. The table keeps no order id text:
 * `orderIdTexts` (the distinct ids in order of first appearance) stands for it, so the codes must
 * be given in that order for the rows to read back.
 */
function rowOf(table: OrderTable, r: number, orderIdTexts: readonly string[]): Record<string, string | number | null> {
  const code = table.orderId[r] as number;
  const out: Record<string, string | number | null> = {
    customerId: table.customerIds[table.customer[r] as number] as string,
    orderId: code < 0 ? null : (orderIdTexts[code] ?? `unknown code ${code}`),
  };
  for (const f of NUMBER_FIELDS) {
    const v = table[f][r] as number;
    out[f] = Number.isNaN(v) ? null : v;
  }
  return out;
}

const fieldsOf = (o: OrderRow): Record<string, string | number | null> => ({
  customerId: o.customerId,
  orderId: o.orderId,
  ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, o[f]])),
});

describe('orderTableFromRows', () => {
  it('holds every row: each field, NaN for null, ids interned in order of first appearance', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const table = orderTableFromRows(rows);
        expect(table.length).toBe(rows.length);
        const orderIdTexts = [...new Set(rows.flatMap((o) => (o.orderId === null ? [] : [o.orderId])))];
        expect(Array.from({ length: table.length }, (_, r) => rowOf(table, r, orderIdTexts))).toEqual(rows.map(fieldsOf));
        expect(table.customerIds).toEqual([...new Set(rows.map((o) => o.customerId))]);
        expect(table.orderIdCount).toBe(orderIdTexts.length);
      }),
      { numRuns: 200 },
    );
  });

  it('grows past its capacity, and the scratch table equals a fresh one', () => {
    const rows = Array.from({ length: 100 }, (_, k) => orderRow(`c${k % 7}`, 19_000 + k, k, { orderId: `o${k % 13}` }));
    const builder = new OrderTableBuilder(3);
    rows.forEach((o) => builder.push(o));
    expect(builder.finish()).toEqual(orderTableFromRows(rows));
    expect(scratchOrderTable(rows.slice(0, 40))).toEqual(orderTableFromRows(rows.slice(0, 40)));
    expect(scratchOrderTable(rows)).toEqual(orderTableFromRows(rows));
  });
});

describe('StringInterner', () => {
  it('gives each distinct string one code, in order of first appearance, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 600, maxLength: 3000 }), (strings) => {
        const interner = new StringInterner(1);
        const codes = strings.map((s) => interner.codeOf(s));
        const distinct = [...new Set(strings)];
        expect(interner.ids).toEqual(distinct);
        expect(codes).toEqual(strings.map((s) => distinct.indexOf(s)));
        expect(strings.map((s) => interner.find(s))).toEqual(codes);
        expect(interner.find('\u0000not there')).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });
});

describe('analyseWorkbook orderTable', () => {
  const header: CellValue[] = ['Order No', 'Customer ID', 'Order Date', 'Amount', 'Cost', 'Paid Date', 'Arrears', 'Claims'];
  const cell = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5000 }), fc.constantFrom('n/a', '2024-03-01', '12%'));
  const rowCells = fc.tuple(
    fc.oneof(fc.constant(''), fc.constantFrom('A-1', 'A-2', 'B-7')),
    fc.oneof(fc.constant(''), fc.constantFrom('1001', 'C2', 'C3')),
    fc.oneof(fc.integer({ min: 44_000, max: 46_000 }), fc.constant('not a date')),
    fc.oneof(fc.integer({ min: 1, max: 9000 }), fc.constant('')),
    cell,
    cell,
    cell,
    cell,
  );

  it('is the table of the parsed rows, built in the same pass', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(rowCells, { minLength: 1, maxLength: 40 }), (rows) => {
        const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: [header, ...rows] } });
        if (analysis.refused) {
          expect(analysis.orderTable).toBeNull();
          return;
        }
        expect(analysis.orderTable).toEqual(orderTableFromRows(analysis.orders));
        read += analysis.orders.length > 0 ? 1 : 0;
      }),
      { numRuns: 150 },
    );
    expect(read).toBeGreaterThan(50);
  });
});
