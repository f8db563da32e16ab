/**
 * Sorted and filtered sheets between runs: a filter is a view, not a deletion. Every customer,
 * hidden or not, gets its own results (aligned by id), hidden rows stay hidden and the filter
 * stays applied; hidden order rows are read and scored like any other.
 */
import type { CellValue } from '../../src/domain/model';
import { OWNED_COLUMNS, ownedHeader } from '../../src/output/ownedColumns';
import { columnOf, expectOk, rowsOf, run, sampleBook, sheetValues, type Book } from './helpers';

const sorted = (rows: Set<number>) => [...rows].sort((a, b) => a - b);

/** Customer id -> [score, tier] from the owned columns of the Customers sheet. */
function resultsById(book: Book): Map<CellValue, CellValue[]> {
  const scoreCol = columnOf(book, 'Customers', 'Tiers score');
  const tierCol = columnOf(book, 'Customers', 'Tiers tier');
  return new Map(
    sheetValues(book, 'Customers')
      .slice(1)
      .filter((r) => r[0] !== null)
      .map((r) => [r[0] ?? null, [r[scoreCol] ?? null, r[tierCol] ?? null]]),
  );
}

function userWidth(book: Book): number {
  return Math.min(...OWNED_COLUMNS.map((s) => columnOf(book, 'Customers', ownedHeader(s, 'profit'))));
}

/** Reverses the user's rows of a sheet (columns 0..width-1 below the header), as a sort would. */
function reverseUserRows(book: Book, sheet: string, width: number): void {
  const values = sheetValues(book, sheet);
  const body = values
    .slice(1)
    .map((r) => r.slice(0, width))
    .reverse();
  book.sim.workbook.writeValues(book.sim.workbook.sheetByName(sheet)!.id, 1, 0, rowsOf(body));
}

describe('sorted and filtered customer table between runs', () => {
  it('gives every customer, hidden or not, its own results; rows stay hidden and the filter stays applied', async () => {
    const book = sampleBook({ tables: true });
    expectOk(await run(book));
    const expected = resultsById(book);
    expect(expected.size).toBe(40);

    const wb = book.sim.workbook;
    const table = wb.tableByName('CustomerTable')!;
    reverseUserRows(book, 'Customers', table.rect.c1 + 1);
    const ids = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => String(r[0]));
    const kept = ids.filter((_, i) => i % 4 === 0);
    wb.applyTableFilter(table.id, 0, { filterOn: 'Values', values: kept });
    const hiddenBefore = sorted(wb.sheetByName('Customers')!.hiddenRows);
    expect(hiddenBefore).toHaveLength(30);
    // Owned columns still hold the pre-sort results: they are now misaligned with the reversed ids.
    expect([...resultsById(book)].filter(([id, v]) => JSON.stringify(v) !== JSON.stringify(expected.get(id)))).not.toHaveLength(0);

    const summary = expectOk(await run(book, { runId: 'run-2' }));
    expect(summary.customers).toBe(40);
    const after = resultsById(book);
    expect(after.size).toBe(40);
    for (const [id, values] of after) expect([id, values]).toEqual([id, expected.get(id)]);
    // Every customer gets an ABC class (a score only when rated: customers without orders are not).
    const abcCol = columnOf(book, 'Customers', 'Tiers ABC');
    const rows = sheetValues(book, 'Customers');
    for (const r of hiddenBefore) expect(typeof rows[r]![abcCol]).toBe('string');
    expect(sorted(wb.sheetByName('Customers')!.hiddenRows)).toEqual(hiddenBefore);
    expect(wb.tableByName('CustomerTable')!.filters).toEqual([{ columnIndex: 0, criteria: { filterOn: 'Values', values: kept } }]);
    // The owned columns stay outside the table, clear of the column Excel would take into it.
    expect(abcCol).toBeGreaterThan(table.rect.c1 + 1);
  });

  it('keeps rows the user hid by hand hidden, and writes their results', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const expected = resultsById(book);
    const sheet = book.sim.workbook.sheetByName('Customers')!;
    reverseUserRows(book, 'Customers', userWidth(book));
    book.sim.workbook.setRowsHidden(sheet.id, 5, 12, true);
    expectOk(await run(book, { runId: 'run-2' }));
    for (const [id, values] of resultsById(book)) expect([id, values]).toEqual([id, expected.get(id)]);
    expect(sorted(sheet.hiddenRows)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('filtered order sheet', () => {
  it('reads and scores hidden order rows: results equal an unfiltered run; the filter stays applied', async () => {
    const plain = sampleBook();
    expectOk(await run(plain));
    const expected = resultsById(plain);

    const book = sampleBook();
    const wb = book.sim.workbook;
    const orders = wb.sheetByName('Orders')!;
    const used = wb.usedRect(orders.id, true)!;
    const table = wb.addTable(orders.id, used, true, 'OrderTable');
    // Hide every order but those of one customer: the others must still count.
    const orderRows = sheetValues(book, 'Orders');
    const customerCol = orderRows[0]!.findIndex((h) => /customer/i.test(String(h)));
    const firstCustomer = orderRows[1]![customerCol];
    wb.applyTableFilter(table.id, customerCol, { filterOn: 'Values', values: [String(firstCustomer)] });
    const hiddenOrders = sorted(orders.hiddenRows);
    expect(hiddenOrders.length).toBeGreaterThan(500);

    const summary = expectOk(await run(book));
    expect(summary.orderSheet).toBe('Orders');
    const after = resultsById(book);
    expect(after.size).toBe(expected.size);
    for (const [id, values] of after) expect([id, values]).toEqual([id, expected.get(id)]);
    expect(sorted(orders.hiddenRows)).toEqual(hiddenOrders);
    expect(wb.tableByName('OrderTable')!.filters).toHaveLength(1);
  });
});
