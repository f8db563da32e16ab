/**
 * Owned columns beside a plain customer range under the sheet's AutoFilter (src/excel/ownedFilter.ts;
 * docs/adapter.md), through Microsoft's client library against the emulated host. Sorting and
 * filtering are done the way the workbench grid's buttons do them (Workbook.sortRows and
 * applySheetFilter over the AutoFilter's range), the range `worksheet.autoFilter` answers.
 */
import type { CellValue } from '../../src/domain/model';
import { OWNED_FILTER_KEY } from '../../src/excel/ownedFilter';
import { PLACEMENT_KEY, readPlacementInfo, removeOwnedColumns, savePlacement } from '../../src/excel/ownedPlacement';
import { ownedColumnOf } from '../../src/output/ownedColumns';
import { expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

const isOwned = (v: CellValue | undefined) => ownedColumnOf(v ?? null) !== undefined;
const sheetOf = (book: Book) => book.sim.workbook.sheetByName('Customers')!;

/** Per customer id: every cell of its row by header (user's and owned). */
function rowsById(book: Book): Map<string, Record<string, CellValue>> {
  const rows = sheetValues(book, 'Customers');
  const header = rows[0]!;
  return new Map(rows.slice(1).map((row) => [String(row[0]), Object.fromEntries(header.map((h, c) => [String(h), row[c] ?? null]))]));
}

function ownedColumns(book: Book): number[] {
  const header = sheetValues(book, 'Customers')[0]!;
  return header.flatMap((h, c) => (isOwned(h) ? [c] : []));
}

const hidden = (book: Book) => [...sheetOf(book).hiddenRows].sort((a, b) => a - b);

describe('owned columns beside a plain range, under the sheet AutoFilter', () => {
  it('by default a run puts no filter on the sheet; the pane learns there is none', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    const summary = expectOk(await run(book));
    expect(summary.ownedFilter).toBeUndefined();
    expect(sheetOf(book).autoFilter).toBeUndefined();
    await expect(readPlacementInfo()).resolves.toMatchObject({ placement: 'beside', customerSheet: 'Customers', table: null, filter: null });
  });

  it('the filter choice spans data and owned columns at once; a sort and a filter keep every customer on its row; a re-run keeps it', async () => {
    const book = sampleBook({ customers: 30, orders: 300 });
    expectOk(await run(book));
    const before = rowsById(book);
    expect(await savePlacement('filter')).toEqual({ ok: true });
    expect(book.sim.workbook.getSetting(PLACEMENT_KEY)).toBe('filter');
    const owned = ownedColumns(book);
    const filter = sheetOf(book).autoFilter!;
    expect(filter.rect).toEqual({ r0: 0, c0: 0, r1: 30, c1: Math.max(...owned) });
    expect(book.sim.workbook.getSetting(OWNED_FILTER_KEY)).toEqual({ sheet: 'Customers', headerRow: 0 });
    await expect(readPlacementInfo()).resolves.toMatchObject({ placement: 'filter', filter: { address: expect.stringMatching(/^Customers!A1:/), coversOwned: true } });

    // Sort Z to A by the tier column, then keep one tier: as the grid's buttons do, on the filter's range.
    const tierColumn = owned.find((c) => ownedColumnOf(sheetValues(book, 'Customers')[0]![c] ?? null)?.key === 'tier')!;
    book.sim.workbook.sortRows(sheetOf(book).id, filter.rect, tierColumn, false);
    expect(rowsById(book)).toEqual(before);
    const tiers = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => r[tierColumn]);
    const keep = String(tiers.find((t) => typeof t === 'string' && t !== ''));
    book.sim.workbook.applySheetFilter(sheetOf(book).id, filter.rect, tierColumn - filter.rect.c0, { filterOn: 'Values', values: [keep] });
    const expectedHidden = tiers.flatMap((t, i) => (t === keep ? [] : [i + 1]));
    expect(hidden(book)).toEqual(expectedHidden);

    // A re-run writes the same values by id, leaves the filter's range and criteria as they are.
    const summary = expectOk(await run(book));
    expect(summary.ownedFilter).toBeUndefined();
    expect(rowsById(book)).toEqual(before);
    expect(sheetOf(book).autoFilter?.rect).toEqual(filter.rect);
    expect(sheetOf(book).autoFilter?.filters).toHaveLength(1);
    expect(hidden(book)).toEqual(expectedHidden);
  });

  it('widens a user’s filter over the customer columns to the owned columns, keeping its criteria, and says so; removal gives it back', async () => {
    const book = sampleBook({ customers: 30, orders: 300 });
    const id = sheetOf(book).id;
    const width = sheetValues(book, 'Customers')[0]!.length;
    const userRect = { r0: 0, c0: 0, r1: 30, c1: width - 1 };
    const country = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => r[2]);
    const one = String(country[0]);
    book.sim.workbook.applySheetFilter(id, userRect, 2, { filterOn: 'Values', values: [one] });
    const userHidden = hidden(book);
    expect(userHidden.length).toBeGreaterThan(0);

    const summary = expectOk(await run(book));
    const owned = ownedColumns(book);
    expect(summary.ownedFilter).toEqual({ kind: 'widened', address: expect.stringMatching(/^Customers!A1:/), criteria: 1 });
    expect(sheetOf(book).autoFilter?.rect).toEqual({ ...userRect, c1: Math.max(...owned) });
    expect(sheetOf(book).autoFilter?.filters).toEqual([{ columnIndex: 2, criteria: { filterOn: 'Values', values: [one] } }]);
    expect(hidden(book)).toEqual(userHidden);
    // The user's filter stays the user's: no record that Tiers put it there.
    expect(book.sim.workbook.getSetting(OWNED_FILTER_KEY)).toBeUndefined();

    // A criterion on an owned column, then "Remove Tiers columns": the filter is the user's again.
    const before = rowsById(book);
    book.sim.workbook.applySheetFilter(id, sheetOf(book).autoFilter!.rect, Math.min(...owned), { filterOn: 'Custom', criterion1: '<>zzz' });
    expect(sheetOf(book).autoFilter?.filters).toHaveLength(2);
    const removed = await removeOwnedColumns();
    expect(removed).toMatchObject({ ok: true, sheet: 'Customers' });
    expect(ownedColumns(book)).toEqual([]);
    expect(sheetOf(book).autoFilter).toEqual({ rect: userRect, filters: [{ columnIndex: 2, criteria: { filterOn: 'Values', values: [one] } }] });
    expect(hidden(book)).toEqual(userHidden);
    for (const [key, rec] of rowsById(book)) for (const [h, v] of Object.entries(rec)) if (h !== 'null') expect(v).toBe(before.get(key)![h]);
  });

  it('re-runs keep it covering what was added: a new customer row', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expect(await savePlacement('filter')).toEqual({ ok: true });
    const first = expectOk(await run(book));
    expect(first.ownedFilter).toMatchObject({ kind: 'created' });
    const rect = sheetOf(book).autoFilter!.rect;
    expect(rect.r1).toBe(20);
    // A new customer typed under the data (an id of an existing order customer keeps the run valid).
    const rows = sheetValues(book, 'Customers');
    const width = rows[0]!.filter((h) => h !== null && !isOwned(h)).length;
    book.sim.workbook.writeValues(sheetOf(book).id, 21, 0, [rows[1]!.slice(0, width).map((v, c) => (c === 0 ? 'NEW-1' : (v ?? '')))]);
    const again = expectOk(await run(book));
    expect(again.ownedFilter).toMatchObject({ kind: 'widened', criteria: 0 });
    expect(sheetOf(book).autoFilter!.rect).toEqual({ ...rect, r1: 21 });
  });

  it('a filter Tiers put there goes with "Remove Tiers columns": the sheet is as before the first run', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    const cells = sheetValues(book, 'Customers');
    expect(await savePlacement('filter')).toEqual({ ok: true });
    expectOk(await run(book));
    expect(sheetOf(book).autoFilter).toBeDefined();
    expect(await removeOwnedColumns()).toMatchObject({ ok: true });
    expect(sheetOf(book).autoFilter).toBeUndefined();
    expect(hidden(book)).toEqual([]);
    expect(sheetValues(book, 'Customers')).toEqual(cells);
    expect(book.sim.workbook.getSetting(OWNED_FILTER_KEY)).toBeUndefined();
  });

  it('a filter on another row is the user’s and stays; unticking the choice takes only Tiers’ own filter away', async () => {
    const book = sampleBook({ customers: 20, orders: 200 });
    expect(await savePlacement('filter')).toEqual({ ok: true });
    expectOk(await run(book));
    expect(await savePlacement('beside')).toEqual({ ok: true });
    expect(sheetOf(book).autoFilter).toBeUndefined();

    const other = sampleBook({ customers: 20, orders: 200 });
    const id = sheetOf(other).id;
    other.sim.workbook.applySheetFilter(id, { r0: 5, c0: 0, r1: 10, c1: 3 });
    expect(await savePlacement('filter')).toEqual({ ok: true });
    const summary = expectOk(await run(other));
    expect(summary.ownedFilter).toEqual({ kind: 'elsewhere', address: 'Customers!A6:D11' });
    expect(sheetOf(other).autoFilter?.rect).toEqual({ r0: 5, c0: 0, r1: 10, c1: 3 });
  });
});
