/**
 * Worksheet.autoFilter through Microsoft's client library (src/simulator/host/sheetAutoFilter.ts):
 * the sheet's one AutoFilter over a plain range, the same state the workbench grid's filter
 * buttons use (Workbook.applySheetFilter).
 */
import { createSimulator, type Simulator } from '../../src/simulator';
import { filterBy, filterRegions, sortBy } from '../../src/workbench/filterRegion';
import { expectCode } from './helpers';

const rows = (): (string | number)[][] => [
  ['Id', 'Region', 'Sales', 'Tiers tier'],
  ['C1', 'North', 100, 'Gold'],
  ['C2', 'South', 250, 'Iron'],
  ['C3', 'North', 40, 'Gold'],
  ['C4', 'East', 900, 'Diamond'],
];

function sim(): Simulator {
  const s = createSimulator({
    sheets: [
      { name: 'Customers', rows: rows() },
      { name: 'Other', rows: [['a']] },
    ],
  });
  s.installGlobals(globalThis);
  return s;
}

const sheetOf = (s: Simulator) => s.workbook.sheetByName('Customers')!;
const hidden = (s: Simulator) => [...sheetOf(s).hiddenRows].sort((a, b) => a - b);
const column = (s: Simulator, c: number) => [1, 2, 3, 4].map((r) => sheetOf(s).cells.values.get(r, c));

async function state() {
  return Excel.run(async (context) => {
    const filter = context.workbook.worksheets.getItem('Customers').autoFilter.load('enabled,isDataFiltered,criteria');
    const range = filter.getRangeOrNullObject().load('address');
    await context.sync();
    return { enabled: filter.enabled, isDataFiltered: filter.isDataFiltered, criteria: filter.criteria, address: range.isNullObject ? null : range.address };
  });
}

describe('Worksheet.autoFilter', () => {
  it('a sheet without one: not enabled, no criteria, getRange fails, the null-object form is null', async () => {
    sim();
    await expect(state()).resolves.toEqual({ enabled: false, isDataFiltered: false, criteria: [], address: null });
    await expectCode(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Customers').autoFilter.getRange().load('address');
        await context.sync();
        return range.address;
      }),
      'ItemNotFound',
    );
  });

  it('apply over a range turns it on; a column criterion hides the failing rows; the answer has Excel’s null members', async () => {
    const s = sim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Customers');
      sheet.autoFilter.apply(sheet.getRange('A1:D5'));
      await context.sync();
    });
    await expect(state()).resolves.toMatchObject({ enabled: true, isDataFiltered: false, address: 'Customers!A1:D5' });
    expect(hidden(s)).toEqual([]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Customers');
      sheet.autoFilter.apply('A1:D5', 1, { filterOn: Excel.FilterOn.values, values: ['north'] });
      sheet.autoFilter.apply('A1:D5', 2, { filterOn: Excel.FilterOn.custom, criterion1: '>50' });
      await context.sync();
    });
    expect(hidden(s)).toEqual([2, 3, 4]);
    const now = await state();
    expect(now.isDataFiltered).toBe(true);
    expect(now.criteria).toHaveLength(4);
    expect(now.criteria[0]).toEqual({ color: null, criterion1: null, criterion2: null, dynamicCriteria: null, filterOn: null, icon: null, operator: null, subField: null, values: null });
    expect(now.criteria[1]).toMatchObject({ filterOn: 'Values', values: ['north'], criterion1: null });
    expect(now.criteria[2]).toMatchObject({ filterOn: 'Custom', criterion1: '>50' });
    // The grid sees the same filter: its buttons sit on A1:D5, the region's column shows as filtered.
    expect(filterRegions(s.workbook, sheetOf(s))).toEqual([{ kind: 'range', rect: { r0: 0, c0: 0, r1: 4, c1: 3 } }]);
  });

  it('criteria read back with their nulls are refused by apply (office-js#1226); without the nulls they apply', async () => {
    const s = sim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5', 3, { filterOn: 'Values', values: ['Gold'] });
      await context.sync();
    });
    const read = (await state()).criteria[3]!;
    await expectCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5', 3, read);
        await context.sync();
      }),
      'InvalidArgument',
    );
    const clean = Object.fromEntries(Object.entries(read).filter(([, v]) => v !== null)) as Excel.FilterCriteria;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5', 3, clean);
      await context.sync();
    });
    expect(hidden(s)).toEqual([2, 4]);
  });

  it('clearColumnCriteria, clearCriteria and remove show the rows again; remove turns it off', async () => {
    const s = sim();
    await Excel.run(async (context) => {
      const filter = context.workbook.worksheets.getItem('Customers').autoFilter;
      filter.apply('A1:D5', 1, { filterOn: 'Values', values: ['North'] });
      filter.apply('A1:D5', 3, { filterOn: 'Values', values: ['Gold'] });
      await context.sync();
    });
    expect(hidden(s)).toEqual([2, 4]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.clearColumnCriteria(3);
      await context.sync();
    });
    expect(hidden(s)).toEqual([2, 4]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.clearCriteria();
      await context.sync();
    });
    expect(hidden(s)).toEqual([]);
    await expect(state()).resolves.toMatchObject({ enabled: true, isDataFiltered: false, address: 'Customers!A1:D5' });
    await Excel.run(async (context) => {
      const filter = context.workbook.worksheets.getItem('Customers').autoFilter;
      filter.apply('A1:D5', 1, { filterOn: 'Values', values: ['East'] });
      await context.sync();
      filter.remove();
      await context.sync();
    });
    expect(hidden(s)).toEqual([]);
    await expect(state()).resolves.toEqual({ enabled: false, isDataFiltered: false, criteria: [], address: null });
  });

  it('apply on another range moves the one filter there without criteria, showing the rows the old one hid', async () => {
    const s = sim();
    await Excel.run(async (context) => {
      const filter = context.workbook.worksheets.getItem('Customers').autoFilter;
      filter.apply('A1:C5', 1, { filterOn: 'Values', values: ['South'] });
      await context.sync();
    });
    expect(hidden(s)).toEqual([1, 3, 4]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5');
      await context.sync();
    });
    expect(hidden(s)).toEqual([]);
    await expect(state()).resolves.toMatchObject({ enabled: true, isDataFiltered: false, address: 'Customers!A1:D5' });
  });

  it('reapply filters again after the cells changed; a grid sort keeps each row whole and the filter follows', async () => {
    const s = sim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5', 3, { filterOn: 'Values', values: ['Gold'] });
      await context.sync();
    });
    s.workbook.writeValues(sheetOf(s).id, 2, 3, [['Gold']]);
    expect(hidden(s)).toEqual([2, 4]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.reapply();
      await context.sync();
    });
    expect(hidden(s)).toEqual([4]);
    const [region] = filterRegions(s.workbook, sheetOf(s));
    sortBy(s.workbook, sheetOf(s), region!, 2, false);
    expect(column(s, 0)).toEqual(['C4', 'C2', 'C1', 'C3']);
    expect(column(s, 3)).toEqual(['Diamond', 'Gold', 'Gold', 'Gold']);
    expect(hidden(s)).toEqual([1]);
    // The grid's filter is the API's: a filter set in the grid reads back through Office.js.
    filterBy(s.workbook, sheetOf(s), region!, 1, ['North']);
    const read = await state();
    expect(read.criteria[1]).toMatchObject({ filterOn: 'Values', values: ['North'] });
    expect(read.criteria[3]).toMatchObject({ filterOn: 'Values', values: ['Gold'] });
    expect(hidden(s)).toEqual([1, 2]);
    // clearCriteria also clears the sort state the grid's sort left on the filter.
    expect(sheetOf(s).autoFilter?.sort).toEqual([{ key: 2, ascending: false }]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.clearCriteria();
      await context.sync();
    });
    expect(sheetOf(s).autoFilter?.sort).toBeUndefined();
  });

  it('moves and resizes with inserted and deleted columns; criteria follow their column', async () => {
    sim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').autoFilter.apply('A1:D5', 3, { filterOn: 'Values', values: ['Gold'] });
      await context.sync();
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Customers');
      sheet.getRange('B:B').insert('Right');
      sheet.getRange('1:1').insert('Down');
      await context.sync();
    });
    await expect(state()).resolves.toMatchObject({ address: 'Customers!A2:E6' });
    expect((await state()).criteria[4]).toMatchObject({ filterOn: 'Values', values: ['Gold'] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('E:E').delete('Left');
      await context.sync();
    });
    await expect(state()).resolves.toMatchObject({ address: 'Customers!A2:D6', isDataFiltered: false });
  });

  it('refuses a range on another sheet, one over a table, criteria nulls and a column outside the range', async () => {
    const s = sim();
    s.workbook.addTable(s.workbook.sheetByName('Other')!.id, { r0: 0, c0: 0, r1: 0, c1: 0 }, true);
    const refused = (fn: (sheet: Excel.Worksheet, other: Excel.Worksheet) => void) =>
      expectCode(
        Excel.run(async (context) => {
          fn(context.workbook.worksheets.getItem('Customers'), context.workbook.worksheets.getItem('Other'));
          await context.sync();
        }),
        'InvalidArgument',
      );
    await refused((sheet, other) => sheet.autoFilter.apply(other.getRange('A1:B2')));
    await refused((_sheet, other) => other.autoFilter.apply('A1:B2'));
    await refused((sheet) => sheet.autoFilter.apply('A1:D5', 4, { filterOn: 'Values', values: ['x'] }));
    await refused((sheet) => sheet.autoFilter.apply('A1:D5', 0, { filterOn: 'Values', values: ['x'], criterion1: null as unknown as string }));
    expect(sheetOf(s).autoFilter).toBeUndefined();
  });
});
