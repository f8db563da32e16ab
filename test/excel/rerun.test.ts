import { snapshotCells } from '../../src/simulator';
import { MAX_ROWS } from '../../src/simulator/address';
import { OWNED_COLUMNS, ownedHeader } from '../../src/output/ownedColumns';
import { columnLetter } from '../../src/domain/mapping/columnLetter';
import { columnOf, expectOk, rowsOf, run, sampleBook, sheetValues, workbookState, type Book } from './helpers';

function ownedAreas(book: Book) {
  const letters = OWNED_COLUMNS.map((s) => columnLetter(columnOf(book, 'Customers', ownedHeader(s, 'profit'))));
  return [...letters.map((l) => ({ sheet: 'Customers', address: `${l}:${l}` })), { sheet: 'Tiers Dashboard' }, { sheet: 'Tiers Snapshots' }, { sheet: 'Tiers Products' }, { sheet: 'Tiers Plans' }];
}

describe('owned areas', () => {
  it('leaves every cell outside the owned areas exactly as it was', async () => {
    const book = sampleBook();
    const before = snapshotCells(book.sim.workbook);
    expectOk(await run(book));
    const after = snapshotCells(book.sim.workbook, ownedAreas(book));
    expect(OWNED_COLUMNS.every((s) => columnOf(book, 'Customers', ownedHeader(s, 'profit')) >= 0)).toBe(true);
    expect(after).toEqual(before);
  });

  it('gives the same workbook after ten runs in a row (no duplicate columns, sheets, charts, names, formats)', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const first = workbookState(book);
    for (let i = 0; i < 9; i++) expectOk(await run(book));
    expect(workbookState(book)).toEqual(first);
    const wb = book.sim.workbook;
    expect(wb.charts.filter((c) => c.name.startsWith('Tiers'))).toHaveLength(7);
    expect(wb.conditionalFormats).toHaveLength(6);
    expect(wb.names.filter((n) => n.name.startsWith('Tiers_col_'))).toHaveLength(OWNED_COLUMNS.length);
    const header = sheetValues(book, 'Customers')[0]!;
    expect(header.filter((h) => h === 'Tiers score')).toHaveLength(1);
  });

  it('results follow the customer ids when the user sorts their rows between runs', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const idCol = 0;
    const tierCol = columnOf(book, 'Customers', 'Tiers tier');
    const scoreCol = columnOf(book, 'Customers', 'Tiers score');
    const byId = new Map(
      sheetValues(book, 'Customers')
        .slice(1)
        .map((r) => [r[idCol], [r[tierCol], r[scoreCol]]]),
    );
    // The user sorts their own columns (A..before the owned block) in reverse.
    const sheet = book.sim.workbook.sheetByName('Customers')!;
    const userWidth = Math.min(...OWNED_COLUMNS.map((s) => columnOf(book, 'Customers', ownedHeader(s, 'profit'))));
    const values = sheetValues(book, 'Customers');
    const body = values
      .slice(1)
      .map((r) => r.slice(0, userWidth))
      .reverse();
    book.sim.workbook.writeValues(sheet.id, 1, 0, rowsOf(body));
    expect(sheetValues(book, 'Customers')[1]![idCol]).not.toBe(values[1]![idCol]);
    expectOk(await run(book));
    for (const row of sheetValues(book, 'Customers').slice(1)) {
      expect([row[tierCol], row[scoreCol]]).toEqual(byId.get(row[idCol]));
    }
  });

  it('recognises its columns after the user inserts a column before them, and updates them in place', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const scoreBefore = columnOf(book, 'Customers', 'Tiers score');
    wb.insertCells(sheet.id, { r0: 0, r1: MAX_ROWS - 1, c0: 2, c1: 2 }, 'Right');
    wb.writeValues(sheet.id, 0, 2, [['Region'], ['North'], ['South']]);
    const userCells = snapshotCells(wb, ownedAreas(book));
    expectOk(await run(book));
    expect(columnOf(book, 'Customers', 'Tiers score')).toBe(scoreBefore + 1);
    const header = sheetValues(book, 'Customers')[0]!;
    for (const spec of OWNED_COLUMNS) expect(header.filter((h) => h === ownedHeader(spec, 'profit'))).toHaveLength(1);
    expect(header.length).toBe(scoreBefore + 1 + OWNED_COLUMNS.length);
    expect(snapshotCells(wb, ownedAreas(book))).toEqual(userCells);
    expect(wb.conditionalFormats).toHaveLength(6);
  });

  it('moves an owned column right when a user column now sits where it was', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName('Customers')!;
    const tierCol = columnOf(book, 'Customers', 'Tiers tier');
    // The user takes over the tier column: their own header and data.
    wb.writeValues(sheet.id, 0, tierCol, [['My notes'], ['keep me']]);
    expectOk(await run(book));
    const values = sheetValues(book, 'Customers');
    expect(values[0]![tierCol]).toBe('My notes');
    expect(values[1]![tierCol]).toBe('keep me');
    const moved = columnOf(book, 'Customers', 'Tiers tier');
    expect(moved).toBeGreaterThan(tierCol);
    expect(values.slice(1).some((r) => typeof r[moved] === 'string' && r[moved] !== '')).toBe(true);
  });
});
