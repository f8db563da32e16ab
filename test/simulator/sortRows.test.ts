/** Workbook.sortRows, the sheet AutoFilter and Table.sort (the workbench grid's Sort and Filter; src/simulator/model.ts, host/tables.ts). */
import { createSimulator } from '../../src/simulator';
import { compareForSort, Workbook } from '../../src/simulator/model';
import { filterRegions, sortBy } from '../../src/workbench/filterRegion';

const book = () =>
  new Workbook({
    sheets: [
      {
        name: 'S',
        rows: [
          ['Id', 'Amount', 'Note', ''],
          ['a', 10, 'x', 'beside'],
          ['b', '', 'y', ''],
          ['c', 'apple', 'z', ''],
          ['d', 2, 'w', ''],
          ['e', true, 'v', ''],
          ['f', 'Banana', 'u', ''],
        ],
      },
    ],
  });

const column = (wb: Workbook, c: number) => Array.from({ length: 7 }, (_, r) => wb.sheets[0]!.cells.values.get(r, c) ?? null);

describe('sortRows', () => {
  it('orders numbers, text without case, booleans, then blanks; descending reverses all but the blanks', () => {
    const wb = book();
    const id = wb.sheets[0]!.id;
    wb.sortRows(id, { r0: 0, c0: 0, r1: 6, c1: 2 }, 1, true);
    expect(column(wb, 1)).toEqual(['Amount', 2, 10, 'apple', 'Banana', true, null]);
    // Whole rows move: each id keeps its amount and note; the column outside the range stays.
    expect(column(wb, 0)).toEqual(['Id', 'd', 'a', 'c', 'f', 'e', 'b']);
    expect(column(wb, 2)).toEqual(['Note', 'w', 'x', 'z', 'u', 'v', 'y']);
    expect(column(wb, 3)).toEqual([null, 'beside', null, null, null, null, null]);
    wb.sortRows(id, { r0: 0, c0: 0, r1: 6, c1: 2 }, 1, false);
    expect(column(wb, 1)).toEqual(['Amount', true, 'Banana', 'apple', 10, 2, null]);
  });

  it('moves number formats with the rows and keeps ties in their order', () => {
    const wb = new Workbook({
      sheets: [
        {
          name: 'S',
          rows: [
            ['k', 'v'],
            [1, 0.5],
            [0, 0.25],
            [1, 0.75],
          ],
        },
      ],
    });
    const s = wb.sheets[0]!;
    wb.fillLayer(s.id, (c) => c.numberFormats, { r0: 1, r1: 1, c0: 1, c1: 1 }, '0%');
    wb.sortRows(s.id, { r0: 0, c0: 0, r1: 3, c1: 1 }, 0, true);
    expect([1, 2, 3].map((r) => s.cells.values.get(r, 1))).toEqual([0.25, 0.5, 0.75]);
    expect([1, 2, 3].map((r) => s.cells.numberFormats.get(r, 1) ?? null)).toEqual([null, '0%', null]);
  });

  it('compareForSort puts blanks last both ways', () => {
    expect(compareForSort(undefined, 1, true)).toBeGreaterThan(0);
    expect(compareForSort(undefined, 1, false)).toBeGreaterThan(0);
    expect(compareForSort('a', 'A', true)).toBe(0);
  });
});

describe('sheet AutoFilter', () => {
  it('hides the rows failing the criteria, keeps them hidden across a sort, and shows them again when cleared', () => {
    const wb = book();
    const s = wb.sheets[0]!;
    const rect = { r0: 0, c0: 0, r1: 6, c1: 2 };
    wb.applySheetFilter(s.id, rect, 2, { filterOn: 'Values', values: ['x', 'Y'] });
    expect([...s.hiddenRows].sort()).toEqual([3, 4, 5, 6]);
    wb.sortRows(s.id, rect, 0, false);
    // Rows of x (id a) and y (id b) are now at 6 and 5.
    expect([...s.hiddenRows].sort()).toEqual([1, 2, 3, 4]);
    wb.clearSheetFilter(s.id);
    expect(s.hiddenRows.size).toBe(0);
  });
});

describe('Table.sort through the client library', () => {
  const rows = () => [
    ['Id', 'Region', 'Sales'],
    ['C1', 'North', 100],
    ['C2', 'South', 250],
    ['C3', 'North', 400],
    ['C4', 'East', 900],
  ];

  it('apply sorts by several keys and keeps the fields; the grid’s sort sets the same state; clear forgets it', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: rows(), tables: [{ name: 'Book', address: 'A1:C5' }] }] });
    sim.installGlobals(globalThis);
    const ids = () => [1, 2, 3, 4].map((r) => sim.workbook.sheets[0]!.cells.values.get(r, 0));
    const fields = await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Book');
      table.sort.apply([
        { key: 1, ascending: true },
        { key: 2, ascending: false },
      ]);
      const sort = table.sort.load('fields');
      await context.sync();
      return sort.fields;
    });
    expect(ids()).toEqual(['C4', 'C3', 'C1', 'C2']);
    expect(fields).toEqual([
      { key: 1, ascending: true },
      { key: 2, ascending: false },
    ]);
    // The grid's Sort Z to A on the Sales header: the table's sort state is that one key.
    const sheet = sim.workbook.sheets[0]!;
    sortBy(sim.workbook, sheet, filterRegions(sim.workbook, sheet)[0]!, 2, false);
    expect(ids()).toEqual(['C4', 'C3', 'C2', 'C1']);
    const after = await Excel.run(async (context) => {
      const sort = context.workbook.tables.getItem('Book').sort.load('fields');
      await context.sync();
      const read = sort.fields;
      context.workbook.tables.getItem('Book').sort.clear();
      const cleared = context.workbook.tables.getItem('Book').sort.load('fields');
      await context.sync();
      return { read, cleared: cleared.fields };
    });
    expect(after).toEqual({ read: [{ key: 2, ascending: false }], cleared: [] });
    expect(ids()).toEqual(['C4', 'C3', 'C2', 'C1']);
  });
});
