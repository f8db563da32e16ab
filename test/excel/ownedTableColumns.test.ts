/** Owned columns as columns of the customers' Excel table (src/excel/ownedPlacement.ts; docs/adapter.md). */
import type { CellValue } from '../../src/domain/model';
import { PLACEMENT_KEY, readPlacementInfo, removeOwnedColumns, savePlacement } from '../../src/excel/ownedPlacement';
import { runScoring } from '../../src/excel/runScoring';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { ownedColumnOf, OWNED_COLUMNS } from '../../src/output/ownedColumns';
import { createSimulator, PAYLOAD_LIMIT_BYTES } from '../../src/simulator';
import { expectOk, run, sampleBook, sheetValues, workbookState, type Book } from './helpers';
import { largeCustomers, largeOrders } from './largeBook';

const isOwned = (v: CellValue | undefined) => ownedColumnOf(v ?? null) !== undefined;

/** Per customer id: the cells under the headers `keep` accepts, by header, read from the model. */
function cellsById(book: Book, keep: (header: CellValue | undefined) => boolean): Map<string, Record<string, CellValue>> {
  const rows = sheetValues(book, 'Customers');
  const header = rows[0]!;
  const out = new Map<string, Record<string, CellValue>>();
  for (const row of rows.slice(1)) {
    const rec: Record<string, CellValue> = {};
    header.forEach((h, c) => {
      if (keep(h)) rec[String(h)] = row[c] ?? null;
    });
    out.set(String(row[0]), rec);
  }
  return out;
}

/** Per customer id: its owned values by header. */
const ownedById = (book: Book) => cellsById(book, isOwned);
/** Per customer id: the user's cells by header. */
const userById = (book: Book) => cellsById(book, (h) => h !== null && !isOwned(h));

const tableOf = (book: Book) => book.sim.workbook.tableByName('CustomerTable')!;
const tableHeaders = (book: Book) => book.sim.workbook.tableHeaders(tableOf(book));

describe('owned columns as columns of the customer table', () => {
  it('adds every owned column to the table, with the same per-customer values as beside it; a re-run adds none and changes nothing', async () => {
    const beside = sampleBook({ customers: 30, orders: 300, tables: true });
    expectOk(await run(beside));
    const expected = ownedById(beside);

    const book = sampleBook({ customers: 30, orders: 300, tables: true });
    const width = tableOf(book).rect.c1 - tableOf(book).rect.c0 + 1;
    const before = userById(book);
    expect(await savePlacement('table')).toEqual({ ok: true });
    expect(book.sim.workbook.getSetting(PLACEMENT_KEY)).toBe('table');
    expectOk(await run(book));
    const headers = tableHeaders(book);
    expect(headers).toHaveLength(width + OWNED_COLUMNS.length);
    expect(headers.filter(isOwned)).toHaveLength(OWNED_COLUMNS.length);
    // Nothing of ours outside the table.
    const row0 = sheetValues(book, 'Customers')[0]!;
    expect(row0.length - 1).toBe(tableOf(book).rect.c1);
    expect(ownedById(book)).toEqual(expected);
    expect(userById(book)).toEqual(new Map([...before].map(([id, rec]) => [id, rec])));

    const first = workbookState(book, ['Tiers.runState']);
    const rect = { ...tableOf(book).rect };
    expectOk(await run(book));
    expect(tableOf(book).rect).toEqual(rect);
    expect(workbookState(book, ['Tiers.runState'])).toEqual(first);
  });

  it('finds its table columns again wherever the user moved them, never touching the user columns', async () => {
    const book = sampleBook({ customers: 20, orders: 200, tables: true });
    await savePlacement('table');
    expectOk(await run(book));
    const expected = ownedById(book);
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const t = tableOf(book);
    // The user drags "Tiers tier" to the second column of the table and sorts the rows in reverse.
    const tierAt = tableHeaders(book).indexOf('Tiers tier') + t.rect.c0;
    const read = (c: number) => sheet.cells.values.readBlock({ r0: t.rect.r0, r1: t.rect.r1, c0: c, c1: c }).map((r) => r[0] ?? '');
    const tierCells = read(tierAt);
    wb.deleteCells(sheet.id, { r0: t.rect.r0, r1: t.rect.r1, c0: tierAt, c1: tierAt }, 'Left');
    wb.insertCells(sheet.id, { r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c0 + 1, c1: t.rect.c0 + 1 }, 'Right');
    wb.writeValues(
      sheet.id,
      t.rect.r0,
      t.rect.c0 + 1,
      tierCells.map((v) => [v]),
    );
    const body = sheet.cells.values.readBlock({ r0: t.rect.r0 + 1, r1: t.rect.r1, c0: t.rect.c0, c1: t.rect.c1 }).reverse();
    wb.writeValues(
      sheet.id,
      t.rect.r0 + 1,
      t.rect.c0,
      body.map((r) => r.map((v) => v ?? '')),
    );
    const users = userById(book);
    const headersBefore = tableHeaders(book);
    expect(headersBefore[1]).toBe('Tiers tier');

    expectOk(await run(book, { runId: 'run-2' }));
    expect(tableHeaders(book)).toEqual(headersBefore);
    expect(ownedById(book)).toEqual(expected);
    expect(userById(book)).toEqual(users);
  });

  it('moves owned columns written beside the table into it when the setting is turned on', async () => {
    const book = sampleBook({ customers: 20, orders: 200, tables: true });
    expectOk(await run(book));
    const expected = ownedById(book);
    const users = userById(book);
    const width = tableOf(book).rect.c1 - tableOf(book).rect.c0 + 1;
    await savePlacement('table');
    expectOk(await run(book, { runId: 'run-2' }));
    expect(tableHeaders(book)).toHaveLength(width + OWNED_COLUMNS.length);
    const rows = sheetValues(book, 'Customers');
    expect(rows[0]!.length - 1).toBe(tableOf(book).rect.c1);
    expect(rows[0]!.filter(isOwned)).toHaveLength(OWNED_COLUMNS.length);
    expect(ownedById(book)).toEqual(expected);
    expect(userById(book)).toEqual(users);
    // One tier rule set, on the tier column in the table; none left where the column was.
    const tierCol = rows[0]!.indexOf('Tiers tier');
    const rules = book.sim.workbook.conditionalFormats;
    expect(rules).toHaveLength(6);
    expect(rules.every((f) => f.rect.c0 === tierCol && f.rect.c1 === tierCol)).toBe(true);
  });

  it('a sort of the table in the workbook carries the owned columns with their customers: a re-run gives the same cells', async () => {
    const book = sampleBook({ customers: 25, orders: 250, tables: true });
    await savePlacement('table');
    expectOk(await run(book));
    const expected = ownedById(book);
    const users = userById(book);
    const wb = book.sim.workbook;
    const t = tableOf(book);
    const scoreCol = t.rect.c0 + tableHeaders(book).indexOf('Tiers score');
    wb.sortRows(t.sheetId, t.rect, scoreCol, false);
    const scores = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => r[scoreCol]);
    const numbers = scores.filter((v): v is number => typeof v === 'number');
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(ownedById(book)).toEqual(expected);
    expect(userById(book)).toEqual(users);
    const sorted = workbookState(book, ['Tiers.runState']);
    expectOk(await run(book));
    expect(workbookState(book, ['Tiers.runState'])).toEqual(sorted);
  });

  it('keeps owned columns beside the table when user data sits right of it (adding a table column would shift it)', async () => {
    const book = sampleBook({ customers: 12, orders: 120, tables: true });
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const t = tableOf(book);
    wb.writeValues(sheet.id, t.rect.r1 + 3, t.rect.c1 + 2, [['a note']]);
    await savePlacement('table');
    const summary = expectOk(await run(book));
    expect(summary.tablePlacementNote).toBe('data-right-of-table');
    expect(tableHeaders(book).filter(isOwned)).toHaveLength(0);
    expect(sheet.cells.values.get(t.rect.r1 + 3, t.rect.c1 + 2)).toBe('a note');
  });

  it('removes every owned column in one step, from the table and beside it, leaving the user cells as they were', async () => {
    const book = sampleBook({ customers: 20, orders: 200, tables: true });
    const pristine = sheetValues(book, 'Customers');
    const rect = { ...tableOf(book).rect };
    await savePlacement('table');
    expectOk(await run(book));
    expect((await readPlacementInfo()).ownedColumns).toBe(OWNED_COLUMNS.length);
    const outcome = await removeOwnedColumns();
    expect(outcome).toEqual({ ok: true, removed: OWNED_COLUMNS.length, sheet: 'Customers' });
    expect(tableOf(book).rect).toEqual(rect);
    expect(sheetValues(book, 'Customers')).toEqual(pristine);
    const wb = book.sim.workbook;
    expect(wb.names.filter((n) => n.name.startsWith('Tiers_'))).toHaveLength(0);
    expect(wb.conditionalFormats).toHaveLength(0);
    expect((wb.getSetting('Tiers.runState') as { columns: object }).columns).toEqual({});
    expect(await readPlacementInfo()).toEqual({ placement: 'table', customerSheet: 'Customers', table: 'CustomerTable', ownedColumns: 0 });

    // Beside the table (the default), the same step clears them; a run afterwards writes them again.
    await savePlacement('beside');
    expectOk(await run(book, { runId: 'run-2' }));
    expect(sheetValues(book, 'Customers')[0]!.filter(isOwned)).toHaveLength(OWNED_COLUMNS.length);
    expect(await removeOwnedColumns()).toEqual({ ok: true, removed: OWNED_COLUMNS.length, sheet: 'Customers' });
    expect(sheetValues(book, 'Customers')).toEqual(pristine);
    expect(wb.conditionalFormats).toHaveLength(0);
  });

  it('a customer table that auto-expanded over owned columns beside it keeps them as table columns, found again and not duplicated', async () => {
    const book = sampleBook({ customers: 12, orders: 120, tables: true });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const t = tableOf(book);
    // The user types in the empty column right of the table: Excel takes it, and the owned columns after it, into the table.
    wb.writeValues(sheet.id, t.rect.r0, t.rect.c1 + 1, [['Notes']]);
    const last = sheetValues(book, 'Customers')[0]!.length - 1;
    wb.mutate('objects', sheet.id, () => {
      for (let c = t.rect.c1 + 1; c <= last; c++) t.columnIds.push(t.nextColumnId++);
      t.rect = { ...t.rect, c1: last };
    });
    const headers = tableHeaders(book);
    await savePlacement('table');
    expectOk(await run(book, { runId: 'run-2' }));
    expect(tableHeaders(book)).toEqual(headers);
    expect(sheetValues(book, 'Customers')[0]!.filter(isOwned)).toHaveLength(OWNED_COLUMNS.length);
  });

  it('with the payload caps on, a 40,000-customer table takes its owned columns in blocks under 5 MB', async () => {
    const customers = largeCustomers(40_000);
    const sim = createSimulator({
      sheets: [
        { name: 'Customers', rows: customers, tables: [{ name: 'CustomerTable', address: `A1:C${customers.length}` }] },
        { name: 'Orders', rows: largeOrders(60_000, 40_000) },
      ],
    });
    sim.installGlobals(globalThis);
    sim.workbook.setSetting(PLACEMENT_KEY, 'table');
    const outcome = await runScoring({ asOf: 20_500, score: scoreLocally, runId: 'big' });
    expect(outcome.ok).toBe(true);
    const t = sim.workbook.tableByName('CustomerTable')!;
    expect(t.rect.c1).toBe(2 + OWNED_COLUMNS.length);
    const { syncs, totalRequestBytes, totalResponseBytes } = sim.stats;
    expect(totalRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES); // the values could not have gone in one request
    expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(syncs.length).toBeLessThanOrEqual((totalRequestBytes + totalResponseBytes) / 4_500_000 + 10);
    const last = sim.workbook.sheetByName('Customers')!.cells.values.get(40_000, 2 + OWNED_COLUMNS.findIndex((s) => s.key === 'rating') + 1);
    expect(typeof last).toBe('string');
  }, 240_000);
});
