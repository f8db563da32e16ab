import { dayFromCivil } from '../../../src/domain/dates';
import type { CellValue, SheetMapping } from '../../../src/domain/model';
import { orderRowSchema } from '../../../src/domain/validation/rowSchemas';
import { OrderReader, readOrders } from '../../../src/domain/validation/readOrders';
import { resolveReadOptions } from '../../../src/domain/validation/options';
import { ProblemLog } from '../../../src/domain/validation/problems';

const HEADER = ['Order No', 'Customer ID', 'Order Date', 'Amount', 'Cost', 'Prepayment %', 'Discount', 'Claims', 'Paid Date'];
const MAPPING: SheetMapping<'orders'> = {
  sheet: 'Orders',
  headerRow: 1,
  columns: { orderId: 0, customerId: 1, orderDate: 2, amount: 3, cost: 4, prepaymentShare: 5, discount: 6, claimsCount: 7, paidDate: 8 },
};
const grid = (...rows: CellValue[][]): CellValue[][] => [['Order export'], HEADER, ...rows];

describe('readOrders', () => {
  it('reads typed rows with 1-based sheet row numbers', () => {
    const result = readOrders(grid(['A-1', 1001, 45356, '1,200.00', 700, '30%', 0.05, 0, '2024-04-01']), MAPPING);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    const row = result.rows[0]!;
    expect(orderRowSchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      row: 3,
      orderId: 'A-1',
      customerId: '1001',
      orderDate: dayFromCivil(2024, 3, 5),
      amount: 1200,
      profit: 500,
      prepaymentShare: 0.3,
      discount: 0.05,
      claimsCount: 0,
      paidDate: dayFromCivil(2024, 4, 1),
      customerName: null,
      quantity: null,
    });
  });

  it('prefers a profit column over amount - cost, and leaves profit null with neither', () => {
    const mapping = { ...MAPPING, columns: { ...MAPPING.columns, profit: 9 } };
    const withProfit = readOrders([['x'], [...HEADER, 'Profit'], ['A', 'C1', 45356, 100, 70, '', '', '', '', 12]], mapping);
    expect(withProfit.rows[0]?.profit).toBe(12);
    const neither = readOrders(grid(['A', 'C1', 45356, 100, '', '', '', '', '']), MAPPING);
    expect(neither.rows[0]?.profit).toBeNull();
  });

  it('skips blank rows silently and counts them', () => {
    const result = readOrders(grid(['', '', '', '', '', '', '', '', ''], ['A', 'C1', 45356, 1], [], [null, '  '], ['B', 'C2', 45357, 2]), MAPPING);
    expect(result.rows.map((r) => r.row)).toEqual([4, 7]);
    expect(result.blankRows).toBe(3);
    expect(result.problemCount).toBe(0);
  });

  it('skips a row with a bad required field and names sheet, row, header, value and reason', () => {
    const result = readOrders(grid(['A', 'C1', 'soon', 10], ['B', '', 45356, 10], ['C', 'C3', 45356, '#N/A'], ['D', 'C4', 45356, 5]), MAPPING);
    expect(result.rows.map((r) => r.orderId)).toEqual(['D']);
    expect(result.skippedRows).toBe(3);
    expect(result.problems).toEqual([
      { sheet: 'Orders', row: 3, column: 'Order Date', value: 'soon', code: 'not-a-date', reason: 'not a date', severity: 'error' },
      { sheet: 'Orders', row: 4, column: 'Customer ID', value: '', code: 'missing-value', reason: 'missing value', severity: 'error' },
      { sheet: 'Orders', row: 5, column: 'Amount', value: '#N/A', code: 'excel-error', values: { error: '#N/A' }, reason: 'Excel error #N/A', severity: 'error' },
    ]);
  });

  it('blanks a bad optional field with a warning and keeps the row', () => {
    const result = readOrders(grid(['A', 'C1', 45356, 10, 'n/a', '150%', -0.2, 1.5, '#REF!']), MAPPING);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ profit: null, prepaymentShare: null, discount: null, claimsCount: null, paidDate: null });
    expect(result.problems.map((p) => [p.column, p.reason, p.severity])).toEqual([
      ['Cost', 'not a number', 'warning'],
      ['Prepayment %', 'share out of range; expected 0-1 or 0-100%', 'warning'],
      ['Discount', 'share out of range; expected 0-1 or 0-100%', 'warning'],
      ['Claims', 'not a whole number of 0 or more', 'warning'],
      ['Paid Date', 'Excel error #REF!', 'warning'],
    ]);
  });

  it('treats a numeric id and its text as the same id', () => {
    const result = readOrders(grid(['A', 1001, 45356, 1], ['B', ' 1001 ', 45356, 1], ['C', '１００１', 45356, 1], ['D', 1001.5, 45356, 1]), MAPPING);
    expect(result.rows.map((r) => r.customerId)).toEqual(['1001', '1001', '1001', '1001.5']);
    const invisible = readOrders(grid(['A', '\u200b', 45356, 1]), MAPPING);
    expect(invisible.problems.map((p) => p.reason)).toEqual(['missing value']);
  });

  it('caps the stored problems but counts and summarises all of them', () => {
    const rows = Array.from({ length: 30 }, (_, i): CellValue[] => [`O${i}`, 'C1', i % 2 ? 'never' : 45356, i % 3 ? 'lots' : 5]);
    const result = readOrders(grid(...rows), MAPPING, { maxProblems: 7 });
    const expectedNotDate = rows.filter((r) => r[2] === 'never').length;
    const expectedNotNumber = rows.filter((r) => r[3] === 'lots').length;
    expect(result.problems).toHaveLength(7);
    expect(result.problemCount).toBe(expectedNotDate + expectedNotNumber);
    expect(result.summary).toEqual(
      expect.arrayContaining([
        { sheet: 'Orders', severity: 'error', code: 'not-a-date', reason: 'not a date', count: expectedNotDate, firstRow: 4 },
        { sheet: 'Orders', severity: 'error', code: 'not-a-number', reason: 'not a number', count: expectedNotNumber, firstRow: 4 },
      ]),
    );
  });

  it('reads no rows, with one problem per field, when a required column is not mapped', () => {
    const result = readOrders(grid(['A', 'C1', 45356, 1], [], ['B', 'C1', 45356, 1]), { sheet: 'Orders', headerRow: 1, columns: { orderId: 0, customerId: 1 } });
    expect(result.rows).toEqual([]);
    expect(result.skippedRows).toBe(2);
    expect(result.blankRows).toBe(1);
    expect(result.problems).toEqual([
      { sheet: 'Orders', row: 2, column: null, value: null, code: 'no-column-mapped', values: { field: 'orderDate' }, reason: 'no column mapped for Order date', severity: 'error' },
      { sheet: 'Orders', row: 2, column: null, value: null, code: 'no-column-mapped', values: { field: 'amount' }, reason: 'no column mapped for Amount', severity: 'error' },
    ]);
  });

  it('honours the decimal comma, date order and first sheet row options', () => {
    const result = readOrders(grid(['A', 'C1', '05/03/2024', '1.234,50']), MAPPING, { decimalComma: true, dateOrder: 'MDY', firstSheetRow: 10 });
    expect(result.rows[0]).toMatchObject({ row: 12, amount: 1234.5, orderDate: dayFromCivil(2024, 5, 3) });
  });

  it('falls back to defaults for invalid options', () => {
    const result = readOrders(grid(['A', 'C1', '2024-03-05', 1]), MAPPING, { maxProblems: -3, firstSheetRow: 0 });
    expect(result.rows[0]?.row).toBe(3);
  });
});

describe('OrderReader.pushColumns', () => {
  // Rows as a sheet holds them, and as columns (a CSV's chunks): blank rows, bad required and optional cells.
  const rows: CellValue[][] = [
    ['A-1', 1001, 45356, '1,200.00', 700, '30%', 0.05, 0, '2024-04-01'],
    [null, null, null, null, null, null, null, null, null],
    ['A-2', ' C7 ', 'not a date', 10, null, null, null, null, null],
    ['A-3', 'C7', 45357, 'lots', 1, 'x', -1, 1.5, 'soon'],
    ['A-4', 'C8', 45358, 20, null, '', '  ', null, 45400],
    ['A-5', 'C9', 45359, 30, 'x', 'y', 2, -1, 'soon'],
    ['', '  ', '', '', '', '', '', '', ''],
    ['A-4', 'C8', 45358, -5, 2, 0.5, 0.1, 2, null],
    ['A-6', 'C9', 45359, 30, null, null, null, null, null],
  ];

  it('reads each row exactly as push reads it: rows, problems with their rows and columns, skipped and blank rows', () => {
    const byRows = new OrderReader(grid(), MAPPING, resolveReadOptions({}), new ProblemLog(100));
    rows.forEach((row, i) => byRows.push(row, 2 + i));
    const byColumns = new OrderReader(grid(), MAPPING, resolveReadOptions({}), new ProblemLog(100));
    const columns = HEADER.map((_, c) => rows.map((row) => row[c] as CellValue));
    // A hole reads as an empty cell, and a column shorter than the batch is empty past its end (both null in `rows`).
    delete columns[4]![1];
    columns[8]!.length = 7;
    byColumns.pushColumns({ length: 2, columns }, 2);
    byColumns.pushColumns({ length: rows.length, columns }, 2, 2);
    const a = byRows.finish();
    const b = byColumns.finish();
    expect(b.problems.map((p) => `${p.row} ${p.column}`)).toEqual(['5 Order Date', '6 Amount', '8 Cost', '8 Prepayment %', '8 Claims', '8 Paid Date']);
    expect(b.problems).toEqual(a.problems);
    expect(b.rows).toEqual(a.rows);
    expect(b.rows).toHaveLength(5);
    expect([b.skippedRows, b.blankRows]).toEqual([a.skippedRows, a.blankRows]);
    expect(b.blankRows).toBe(2);
    expect(b.table).toEqual(a.table);
  });
});
