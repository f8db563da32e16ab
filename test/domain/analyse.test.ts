import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyseWorkbook } from '../../src/domain/analyse';
import { dayFromCivil, dayFromIso } from '../../src/domain/dates';
import { detectMapping } from '../../src/domain/mapping/detectMapping';
import type { CellValue, Grid } from '../../src/domain/model';
import { readOrders } from '../../src/domain/validation/readOrders';
import { customerRowSchema, orderRowSchema } from '../../src/domain/validation/rowSchemas';

const ORDERS: CellValue[][] = [
  ['Order No', 'Customer ID', 'Customer Name', 'Order Date', 'Amount'],
  ['O1', 1001, 'Acme', '2024-01-05', 100],
  ['O2', '1002', 'Bolt', '2024-01-06', 200],
  ['O3', 1001, 'Acme', '2024-02-05', 50],
  ['O4', 'X9', 'Unknown Ltd', '2024-02-07', 70],
];
const CUSTOMERS: CellValue[][] = [
  ['客户编号', '客户名称', '国家'],
  ['1001', 'Acme', 'DE'],
  [1002, 'Bolt', 'CN'],
  [1003, 'Idle', 'FR'],
];

describe('analyseWorkbook', () => {
  it('reads both sheets, adds unknown customers and warns both ways', () => {
    const result = analyseWorkbook({ orders: { sheet: 'Orders', grid: ORDERS }, customers: { sheet: 'Customers', grid: CUSTOMERS } });
    expect(result.refused).toBeNull();
    expect(result.derivedCustomers).toBe(false);
    expect(result.orders.map((o) => o.customerId)).toEqual(['1001', '1002', '1001', 'X9']);
    expect(result.customers.map((c) => [c.customerId, c.name, c.country])).toEqual([
      ['1001', 'Acme', 'DE'],
      ['1002', 'Bolt', 'CN'],
      ['1003', 'Idle', 'FR'],
      ['X9', 'Unknown Ltd', null],
    ]);
    expect(result.problems).toEqual([
      { sheet: 'Customers', row: 4, column: '客户编号', value: '1003', code: 'customer-has-no-orders', reason: 'customer has no orders', severity: 'warning' },
      { sheet: 'Orders', row: 5, column: 'Customer ID', value: 'X9', code: 'customer-not-on-sheet', reason: 'customer not on the customer sheet; scored from its orders alone', severity: 'warning' },
    ]);
    expect(result.problemCount).toBe(2);
    expect(result.mapping.customers?.columns).toEqual({ customerId: 0, name: 1, country: 2 });
    expect(result.confidence.orders).toMatchObject({ customerId: 1, orderDate: 1, amount: 1 });
  });

  it('derives customers for an order-only workbook', () => {
    const result = analyseWorkbook({ orders: { sheet: 'Orders', grid: ORDERS } });
    expect(result.derivedCustomers).toBe(true);
    expect(result.mapping.customers).toBeNull();
    expect(result.customers.map((c) => [c.customerId, c.name, c.row])).toEqual([
      ['1001', 'Acme', 2],
      ['1002', 'Bolt', 3],
      ['X9', 'Unknown Ltd', 5],
    ]);
    expect(result.problemCount).toBe(0);
  });

  it('derives customers when the customer sheet has no rows', () => {
    const result = analyseWorkbook({ orders: { sheet: 'Orders', grid: ORDERS }, customers: { sheet: 'Customers', grid: [CUSTOMERS[0]!] } });
    expect(result.derivedCustomers).toBe(true);
    expect(result.customers).toHaveLength(3);
    expect(result.messages).toEqual(['Sheet "Customers" has no customer rows; customers are taken from the order sheet.']);
  });

  it('refuses with one message when a required order column is missing', () => {
    const grid = ORDERS.map((row) => row.slice(0, 4));
    const result = analyseWorkbook({ orders: { sheet: 'Orders', grid } });
    expect(result.refused).toEqual({
      message: 'Sheet "Orders" has no column for Amount (金额). Headers seen: "Order No", "Customer ID", "Customer Name", "Order Date".',
      refusal: { code: 'missing-column', values: { sheet: 'Orders', field: 'amount', seen: ['Order No', 'Customer ID', 'Customer Name', 'Order Date'].join('\u001f') } },
    });
    expect(result.orders).toEqual([]);
    expect(result.customers).toEqual([]);
  });

  it('refuses when the customer sheet has no customer id column', () => {
    const result = analyseWorkbook({ orders: { sheet: 'Orders', grid: ORDERS }, customers: { sheet: 'Clients', grid: [['Country'], ['DE']] } });
    expect(result.refused?.message).toBe('Sheet "Clients" has no column for Customer ID (客户编号). Headers seen: "Country".');
  });

  it('refuses when the order sheet has no data rows, or none that can be read', () => {
    expect(analyseWorkbook({ orders: { sheet: 'Orders', grid: [ORDERS[0]!, [], ['', null]] } }).refused).toEqual({
      message: 'Sheet "Orders" has no order rows below its header row.',
      refusal: { code: 'no-order-rows', values: { sheet: 'Orders' } },
    });
    const unreadable = analyseWorkbook({ orders: { sheet: 'Orders', grid: [ORDERS[0]!, ['O1', 'C1', 'Acme', 'someday', 5], ['O2', 'C1', 'Acme', '2024-01-01', 'n/a']] } });
    expect(unreadable.refused?.message).toBe('None of the 2 rows of sheet "Orders" could be read; see the problems list.');
    expect(unreadable.problemCount).toBe(2);
  });

  it('uses a given mapping and refuses an invalid one', () => {
    const grid: CellValue[][] = [
      ['a', 'b', 'c'],
      ['C1', 45356, 9],
    ];
    const good = analyseWorkbook({ orders: { sheet: 'Orders', grid }, mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 0, orderDate: 1, amount: 2 } } } });
    expect(good.orders).toHaveLength(1);
    const bad = analyseWorkbook({ orders: { sheet: 'Orders', grid }, mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: -2, orderDate: 1, amount: 2 } } } });
    expect(bad.refused?.message).toBe('The saved column mapping for sheet "Orders" is not valid; map the columns again.');
    const partial = analyseWorkbook({ orders: { sheet: 'Orders', grid }, mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 0, orderDate: 1 } } } });
    expect(partial.refused?.message).toBe('Sheet "Orders" has no column for Amount (金额). Headers seen: "a", "b", "c".');
  });

  it('infers the date order from the order dates unless it is given', () => {
    const grid: CellValue[][] = [
      ['Customer ID', 'Date', 'Amount'],
      ['C1', '04/03/2024', 1],
      ['C1', '25/03/2024', 1],
    ];
    const inferred = analyseWorkbook({ orders: { sheet: 'O', grid } });
    expect(inferred.dateOrder).toBe('DMY');
    expect(inferred.orders[0]?.orderDate).toBe(dayFromCivil(2024, 3, 4));
    const given = analyseWorkbook({ orders: { sheet: 'O', grid }, readOptions: { dateOrder: 'MDY' } });
    expect(given.orders[0]?.orderDate).toBe(dayFromCivil(2024, 4, 3));
    expect(given.orders[1]?.orderDate).toBe(dayFromCivil(2024, 3, 25));
    expect(given.problems).toEqual([]);
  });

  it('caps problems across both sheets', () => {
    const orders: CellValue[][] = [ORDERS[0]!, ...Array.from({ length: 20 }, (_, i): CellValue[] => [`O${i}`, `C${i}`, '', i % 2 ? 'bad' : '2024-01-01', 1])];
    const result = analyseWorkbook({ orders: { sheet: 'O', grid: orders }, customers: { sheet: 'C', grid: CUSTOMERS }, readOptions: { maxProblems: 5 } });
    expect(result.problems).toHaveLength(5);
    // 10 bad dates, 3 customers without orders, 10 customers known only from orders
    expect(result.problemCount).toBe(23);
    expect(result.summary.map((s) => [s.sheet, s.reason, s.count])).toEqual([
      ['O', 'not a date', 10],
      ['O', 'customer not on the customer sheet', 10],
      ['C', 'customer has no orders', 3],
    ]);
  });
});

function readCsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)].filter((m) => m.index === 0 || line[m.index - 1] === ',').map((m) => m[1] ?? m[2] ?? ''));
}

describe('the rfm reference orders', () => {
  const rows = readCsv('/work/shared/reference/rfm/rfm_data_orders.csv');

  it('are mapped and read in full', () => {
    const result = analyseWorkbook({ orders: { sheet: 'rfm_data_orders', grid: rows } });
    expect(result.refused).toBeNull();
    expect(result.mapping.orders?.columns).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(result.problemCount).toBe(0);
    expect(result.orders).toHaveLength(rows.length - 1);
    const total = rows.slice(1).reduce((sum, r) => sum + Number(r[2]), 0);
    expect(result.orders.reduce((sum, o) => sum + o.amount, 0)).toBe(total);
    expect(result.orders[0]).toMatchObject({ customerId: rows[1]![0], orderDate: dayFromIso(rows[1]![1]!), row: 2 });
    expect(result.customers).toHaveLength(new Set(rows.slice(1).map((r) => r[0])).size);
  });
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '#N/A', '#DIV/0!', '2024-03-05', '05/03/2024', '2024年3月5日', '(1,200.50)', '35%', '¥1,000', '1e400', '客户编号', 'Amount', 'Order Date', 'Customer ID'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e21, 60, 0, -1),
  fc.boolean(),
  fc.constant(null),
);
const header = fc.oneof(cell, fc.constantFrom('Customer ID', 'cust_no', '客户编号', 'Order Date', '订单日期', 'Amount', '金额', 'Profit', 'Discount %', 'Paid Date', '客户名称'));
const grid: fc.Arbitrary<Grid> = fc.tuple(fc.array(header, { maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 })).map(([h, body]) => [h, ...body]);

describe('on random grids', () => {
  it('detectMapping, readOrders and analyseWorkbook never throw and every problem is located and explained', () => {
    fc.assert(
      fc.property(grid, fc.option(grid), fc.constantFrom('DMY', 'MDY', 'YMD'), fc.boolean(), (orders, customers, dateOrder, decimalComma) => {
        const detection = detectMapping(orders, 'orders', 'Orders');
        const read = readOrders(orders, detection.mapping, { dateOrder, decimalComma });
        const analysis = analyseWorkbook({
          orders: { sheet: 'Orders', grid: orders },
          ...(customers ? { customers: { sheet: 'Customers', grid: customers } } : {}),
          readOptions: { decimalComma },
        });
        for (const problem of [...read.problems, ...analysis.problems]) {
          expect(['Orders', 'Customers']).toContain(problem.sheet);
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.reason.length).toBeGreaterThan(0);
        }
        for (const row of [...read.rows, ...analysis.orders]) orderRowSchema.parse(row);
        for (const row of analysis.customers) customerRowSchema.parse(row);
        expect(analysis.problemCount).toBeGreaterThanOrEqual(analysis.problems.length);
        if (analysis.refused) expect(analysis.refused.message.length).toBeGreaterThan(0);
        else expect(analysis.orders.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
