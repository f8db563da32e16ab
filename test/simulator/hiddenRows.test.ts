import { createSimulator, type Simulator } from '../../src/simulator';
import { passesFilter } from '../../src/simulator/rowVisibility';
import { expectCode } from './helpers';

const rows = (): (string | number)[][] => [
  ['Id', 'Region', 'Sales'],
  ['C1', 'North', 100],
  ['C2', 'South', 250],
  ['C3', 'North', 40],
  ['C4', 'East', 900],
];

function tableSim(): Simulator {
  const sim = createSimulator({ sheets: [{ name: 'Customers', rows: rows(), tables: [{ name: 'Book', address: 'A1:C5' }] }] });
  sim.installGlobals(globalThis);
  return sim;
}

const sheetOf = (sim: Simulator) => sim.workbook.sheetByName('Customers')!;
const hidden = (sim: Simulator) => [...sheetOf(sim).hiddenRows].sort((a, b) => a - b);

describe('hidden rows (Range.rowHidden)', () => {
  it('hides and shows rows; reads true, false, or null when mixed; row height 0 when hidden', async () => {
    const sim = tableSim();
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Customers');
      sheet.getRange('A3:A4').rowHidden = true;
      const both = sheet.getRange('A3:C4').load('rowHidden');
      const mixed = sheet.getRange('A2:C3').load('rowHidden');
      const none = sheet.getRange('A5').load('rowHidden');
      const height = sheet.getRange('A3').format.load('rowHeight');
      const visibleHeight = sheet.getRange('A2').format.load('rowHeight');
      await context.sync();
      return { both: both.rowHidden, mixed: mixed.rowHidden, none: none.rowHidden, height: height.rowHeight, visibleHeight: visibleHeight.rowHeight };
    });
    expect(out).toEqual({ both: true, mixed: null, none: false, height: 0, visibleHeight: 15 });
    expect(hidden(sim)).toEqual([2, 3]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('3:3').rowHidden = false;
      await context.sync();
    });
    expect(hidden(sim)).toEqual([3]);
  });

  it('hands hidden rows over in Range.values and lets writes land in them', async () => {
    const sim = tableSim();
    sim.workbook.setRowsHidden(sheetOf(sim).id, 1, 2, true);
    const values = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Customers');
      sheet.getRange('D2:D3').values = [['x'], ['y']];
      const range = sheet.getRange('A1:D5').load('values');
      await context.sync();
      return range.values;
    });
    expect(values.map((r) => r[0])).toEqual(['Id', 'C1', 'C2', 'C3', 'C4']);
    expect(values.slice(1, 3).map((r) => r[3])).toEqual(['x', 'y']);
    expect(hidden(sim)).toEqual([1, 2]);
  });

  it('moves hidden rows with whole rows inserted or deleted above them, not with partial shifts', () => {
    const sim = createSimulator({ sheets: [{ name: 'Customers', rows: rows() }] });
    const id = sheetOf(sim).id;
    sim.workbook.setRowsHidden(id, 3, 3, true);
    sim.workbook.insertCells(id, { r0: 1, r1: 2, c0: 0, c1: 16_383 }, 'Down');
    expect(hidden(sim)).toEqual([5]);
    sim.workbook.deleteCells(id, { r0: 0, r1: 0, c0: 0, c1: 16_383 }, 'Up');
    expect(hidden(sim)).toEqual([4]);
    sim.workbook.insertCells(id, { r0: 0, r1: 0, c0: 0, c1: 2 }, 'Down');
    expect(hidden(sim)).toEqual([4]);
  });

  it('refuses to hide rows of a protected sheet, and a failed batch hides nothing', async () => {
    const sim = tableSim();
    sim.workbook.setSheetProps(sheetOf(sim).id, { protected: true });
    await expectCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Customers').getRange('A2').rowHidden = true;
        await context.sync();
      }),
      'AccessDenied',
    );
    expect(hidden(sim)).toEqual([]);
    sim.workbook.setSheetProps(sheetOf(sim).id, { protected: false });
    sim.failSync(1, 'none');
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Customers').getRange('A2').rowHidden = true;
        await context.sync();
      }),
    ).rejects.toBeDefined();
    expect(hidden(sim)).toEqual([]);
  });
});

describe('table AutoFilter', () => {
  it('apply hides the body rows failing the criteria; values still come back whole; clearCriteria shows them', async () => {
    const sim = tableSim();
    const state = await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Book');
      table.autoFilter.apply(table.getRange(), 1, { filterOn: Excel.FilterOn.values, values: ['north'] });
      const filter = table.autoFilter.load('enabled,isDataFiltered,criteria');
      const body = table.getDataBodyRange().load('values,rowHidden');
      await context.sync();
      return { enabled: filter.enabled, filtered: filter.isDataFiltered, criteria: filter.criteria, ids: body.values.map((r) => r[0]), rowHidden: body.rowHidden };
    });
    expect(state.enabled).toBe(true);
    expect(state.filtered).toBe(true);
    expect(state.criteria[1]).toEqual({ filterOn: 'Values', values: ['north'] });
    expect(state.ids).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(state.rowHidden).toBeNull();
    expect(hidden(sim)).toEqual([2, 4]);

    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Book').autoFilter.clearCriteria();
      await context.sync();
    });
    expect(hidden(sim)).toEqual([]);
    expect(sim.workbook.tableByName('Book')!.filters).toEqual([]);
  });

  it('combines columns, and reapply re-evaluates after the data changed', async () => {
    const sim = tableSim();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Book');
      table.autoFilter.apply(table.getRange(), 1, { filterOn: 'Values', values: ['North', 'East'] });
      table.autoFilter.apply(table.getRange(), 2, { filterOn: 'Custom', criterion1: '>=100' });
      await context.sync();
    });
    expect(hidden(sim)).toEqual([2, 3]);
    // A user edit does not refilter until the filter is re-applied, as in Excel.
    sim.workbook.writeValues(sheetOf(sim).id, 3, 2, [[500]]);
    expect(hidden(sim)).toEqual([2, 3]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Book').autoFilter.reapply();
      await context.sync();
    });
    expect(hidden(sim)).toEqual([2]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Book').autoFilter.clearColumnCriteria(1);
      await context.sync();
    });
    expect(hidden(sim)).toEqual([]);
  });

  it('refuses a range other than the table and a column outside it', async () => {
    tableSim();
    await expectCode(
      Excel.run(async (context) => {
        context.workbook.tables.getItem('Book').autoFilter.apply('A1:B5', 0, { filterOn: 'Values', values: ['C1'] });
        await context.sync();
      }),
      'InvalidArgument',
    );
    await expectCode(
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItem('Book');
        table.autoFilter.apply(table.getRange(), 7, { filterOn: 'Values', values: ['C1'] });
        await context.sync();
      }),
      'InvalidArgument',
    );
  });
});

describe('filter criteria', () => {
  it.each([
    ['Values by displayed text, any case', 'North', undefined, { filterOn: 'Values', values: ['NORTH'] }, true],
    ['Values not listed', 'South', undefined, { filterOn: 'Values', values: ['North'] }, false],
    ['Values of a number use its text', 0.5, '0%', { filterOn: 'Values', values: ['50%'] }, true],
    ['Custom equality with a wildcard', 'Northwest', undefined, { filterOn: 'Custom', criterion1: '=North*' }, true],
    ['Custom inequality', 'North', undefined, { filterOn: 'Custom', criterion1: '<>north' }, false],
    ['Custom numeric comparison', 99, undefined, { filterOn: 'Custom', criterion1: '>=100' }, false],
    ['Custom comparison of text never passes', 'abc', undefined, { filterOn: 'Custom', criterion1: '>1' }, false],
    ['Custom Or', 5, undefined, { filterOn: 'Custom', criterion1: '<1', criterion2: '>4', operator: 'Or' as const }, true],
    ['Custom And', 5, undefined, { filterOn: 'Custom', criterion1: '>1', criterion2: '<4', operator: 'And' as const }, false],
  ])('%s', (_name, value, format, criteria, want) => {
    expect(passesFilter(value, format, criteria)).toBe(want);
  });

  it('refuses criteria it does not simulate', () => {
    expect(() => passesFilter(1, undefined, { filterOn: 'TopItems', criterion1: '10' })).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });
});
