import { createSimulator } from '../../src/simulator';
import { customersInit, newSim } from './helpers';

describe('tables through the API', () => {
  it('adds a table, reads its parts, adds columns and rows, and deletes it', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Orders');
      const table = sheet.tables.add('A1:C3', true);
      table.name = 'OrdersTable';
      table.style = 'TableStyleLight9';
      table.columns.add(undefined, [['Tier'], ['A'], ['B']]);
      table.rows.add(undefined, [['O3', 'C1', 75, 'C']]);
      const body = table.getDataBodyRange().load('address, values');
      const header = table.getHeaderRowRange().load('values');
      const cols = table.columns.load('items/name');
      const rows = table.rows.load('count');
      const loaded = table.load('name, style, showFilterButton');
      const tierCol = table.columns.getItemOrNullObject('tier');
      const missingCol = table.columns.getItemOrNullObject('nope');
      await ctx.sync();
      expect(loaded.name).toBe('OrdersTable');
      expect(loaded.style).toBe('TableStyleLight9');
      expect(loaded.showFilterButton).toBe(true);
      expect(body.address).toBe('Orders!A2:D4');
      expect(body.values[2]).toEqual(['O3', 'C1', 75, 'C']);
      expect(header.values).toEqual([['Order', 'Customer', 'Amount', 'Tier']]);
      expect(cols.items.map((c) => c.name)).toEqual(['Order', 'Customer', 'Amount', 'Tier']);
      expect(rows.count).toBe(3);
      expect([tierCol.isNullObject, missingCol.isNullObject]).toEqual([false, true]);
    });
    await sim.Excel.run(async (ctx) => {
      const tables = ctx.workbook.tables.load('items/name');
      await ctx.sync();
      expect(tables.items.map((t) => t.name)).toEqual(['OrdersTable']);
      ctx.workbook.tables.getItem('OrdersTable').delete();
      const after = ctx.workbook.tables.getItemOrNullObject('OrdersTable');
      const cell = ctx.workbook.worksheets.getItem('Orders').getRange('A1').load('values');
      await ctx.sync();
      expect(after.isNullObject).toBe(true);
      expect(cell.values).toEqual([['']]);
    });
  });

  it('rejects a duplicate table name and an overlapping table', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
          tables: [{ name: 'T', address: 'A1:B2' }],
        },
      ],
    });
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').tables.add('D1:E2', true).name = 't';
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').tables.add('B1:C2', true);
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('keeps header names as plain text even over "@"-formatted cells, and names blank headers', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'S',
          rows: [
            ['Id', ''],
            ['x', 'y'],
          ],
        },
      ],
    });
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B1').numberFormat = '@' as unknown as string[][];
      const table = sheet.tables.add('A1:B2', true);
      table.columns.getItemAt(0).name = '=Id';
      const header = table.getHeaderRowRange().load('values');
      await ctx.sync();
      expect(header.values).toEqual([['=Id', 'Column2']]);
    });
  });

  it('convertToRange keeps the data', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
          tables: [{ name: 'T', address: 'A1:B2' }],
        },
      ],
    });
    await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.tables.getItem('T').convertToRange().load('address, values');
      await ctx.sync();
      expect(r.address).toBe('S!A1:B2');
      expect(r.values).toEqual([
        ['a', 'b'],
        [1, 2],
      ]);
    });
    expect(sim.workbook.tables).toHaveLength(0);
  });
});

describe('charts through the API', () => {
  it('adds a chart, sets title, axes, position and series names; null object when missing', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Orders');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B1:C3'), 'Columns');
      chart.name = 'Revenue';
      chart.title.text = 'Revenue by customer';
      chart.axes.categoryAxis.title.text = 'Customer';
      chart.axes.valueAxis.title.text = 'Amount';
      chart.setPosition('E2', 'J16');
      await ctx.sync();
      const again = sheet.charts.getItemOrNullObject('Revenue').load('name, chartType, top, left, width, height');
      const none = sheet.charts.getItemOrNullObject('Nope');
      const series = again.series.load('items/name');
      const title = again.title.load('text');
      const count = sheet.charts.load('count');
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect([again.name, again.chartType]).toEqual(['Revenue', 'ColumnClustered']);
      expect([again.top, again.left, again.width, again.height]).toEqual([15, 192, 288, 225]);
      // The frame is that of the cells E2:J16 (Range.top, left, width, height: ExcelApi 1.10).
      const cells = sheet.getRange('E2:J16').load('top, left, width, height');
      await ctx.sync();
      expect([cells.top, cells.left, cells.width, cells.height]).toEqual([15, 192, 288, 225]);
      expect(series.items.map((s) => s.name)).toEqual(['Amount']);
      expect(title.text).toBe('Revenue by customer');
      expect(count.count).toBe(1);
      again.setData(sheet.getRange('A1:C3'), 'Columns');
      again.series.getItemAt(0).name = 'Customer ids';
      const s2 = again.series.load('items/name');
      await ctx.sync();
      expect(s2.items.map((s) => s.name)).toEqual(['Customer ids', 'Amount']);
      again.delete();
      await ctx.sync();
    });
    expect(sim.workbook.charts).toHaveLength(0);
    expect(sim.workbook.charts.length).toBe(0);
  });
});

describe('settings through the API', () => {
  it('adds, reads JSON values, lists, overwrites and deletes settings', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const settings = ctx.workbook.settings;
      settings.add('tiers.config', { version: 2, weights: [0.5, 0.3, 0.2] });
      settings.add('tiers.lastRun', '2026-11-22');
      await ctx.sync();
      const config = settings.getItem('tiers.config').load('value');
      const missing = settings.getItemOrNullObject('nope');
      const all = settings.load('items/key');
      await ctx.sync();
      expect(config.value).toEqual({ version: 2, weights: [0.5, 0.3, 0.2] });
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((s) => s.key)).toEqual(['tiers.config', 'tiers.lastRun']);
      settings.getItem('tiers.lastRun').value = 'later';
      settings.getItem('tiers.config').delete();
      await ctx.sync();
    });
    expect(sim.workbook.getSetting('tiers.lastRun')).toBe('later');
    expect(sim.workbook.settings.has('tiers.config')).toBe(false);
  });

  it('getItem of a missing setting fails with ItemNotFound', async () => {
    const sim = newSim();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.settings.getItem('nope').load('value');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('named items through the API', () => {
  it('adds names from a range and from a formula, reads them back, deletes', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Customers');
      ctx.workbook.names.add('CustomerIds', sheet.getRange('A2:A3'), 'ids');
      ctx.workbook.names.add('Threshold', '=42');
      await ctx.sync();
      const ids = ctx.workbook.names.getItem('customerids').load('name, type, value, formula, comment');
      const values = ctx.workbook.names.getItem('CustomerIds').getRange().load('values');
      const threshold = ctx.workbook.names.getItemOrNullObject('Threshold').load('type, value');
      const none = ctx.workbook.names.getItemOrNullObject('Nope');
      await ctx.sync();
      expect([ids.name, ids.type, ids.value, ids.formula, ids.comment]).toEqual(['CustomerIds', 'Range', 'Customers!$A$2:$A$3', '=Customers!$A$2:$A$3', 'ids']);
      expect(values.values).toEqual([['C1'], ['C2']]);
      expect([threshold.type, threshold.value]).toEqual(['Double', '42']);
      expect(none.isNullObject).toBe(true);
      ctx.workbook.names.getItem('Threshold').delete();
      await ctx.sync();
    });
    expect(sim.workbook.names.map((n) => n.name)).toEqual(['CustomerIds']);
  });
});

describe('scoping', () => {
  it('sheet-scoped names stay out of the workbook list; a null sheet has no tables or names', async () => {
    const sim = createSimulator({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
          tables: [{ name: 'T', address: 'A1:B2' }],
        },
      ],
    });
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.names.add('Local', sheet.getRange('A2'));
      const local = sheet.names.load('items/name, items/scope');
      const global = ctx.workbook.names.load('items/name');
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const noTables = missing.tables.load('items/name');
      const noNames = missing.names.load('items/name');
      const tables = sheet.tables.load('count');
      await ctx.sync();
      expect(local.items.map((n) => `${n.name}:${n.scope}`)).toEqual(['Local:Worksheet']);
      expect(global.items).toEqual([]);
      // The client library: a collection under a null object is null too, and its items read as undefined.
      expect([noTables.items, noNames.items]).toEqual([undefined, undefined]);
      expect(tables.toJSON()).toEqual({ count: 1 });
    });
  });
});

describe('conditional formats', () => {
  it('keeps cellValue, custom and colorScale formats as records', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Orders').getRange('C2:C3');
      const cv = range.conditionalFormats.add('CellValue');
      cv.cellValue.format.fill.color = '#ffc7ce';
      cv.cellValue.rule = { formula1: '100', operator: 'GreaterThan' };
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=$C2>200';
      custom.custom.format.font.bold = true;
      const scale = range.conditionalFormats.add('ColorScale');
      scale.colorScale.criteria = { minimum: { type: 'LowestValue', color: '#FFFFFF' }, maximum: { type: 'HighestValue', color: '#00FF00' } };
      const count = range.conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(3);
    });
    const byType = Object.fromEntries(sim.workbook.conditionalFormats.map((f) => [f.type, f]));
    expect(byType.CellValue!.format.fill).toBe('#FFC7CE');
    expect(byType.CellValue!.rule).toEqual({ formula1: '100', operator: 'GreaterThan' });
    expect(byType.Custom!.rule.formula).toBe('=$C2>200');
    expect(byType.Custom!.format.bold).toBe(true);
    expect(byType.ColorScale!.rule.criteria).toMatchObject({ maximum: { color: '#00FF00' } });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('C:C').conditionalFormats.clearAll();
    });
    expect(sim.workbook.conditionalFormats).toHaveLength(0);
  });
});

describe('worksheets, ranges and formats', () => {
  it('adds, renames, hides, protects, freezes and deletes sheets', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const store = sheets.add('TiersStore');
      store.visibility = 'VeryHidden';
      const out = sheets.add();
      out.name = 'Tiers';
      out.freezePanes.freezeRows(1);
      out.protection.protect();
      const frozen = out.freezePanes.getLocationOrNullObject().load('address');
      const prot = out.protection.load('protected');
      const all = sheets.load('items/name, items/visibility');
      await ctx.sync();
      expect(all.items.map((s) => `${s.name}:${s.visibility}`)).toEqual(['Customers:Visible', 'Orders:Visible', 'TiersStore:VeryHidden', 'Tiers:Visible']);
      expect(frozen.address).toBe('Tiers!1:1');
      expect(prot.protected).toBe(true);
      out.getRange('A1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      out.protection.unprotect();
      out.delete();
      await ctx.sync();
    });
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(['Customers', 'Orders', 'TiersStore']);
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('orders');
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('reports used ranges (A1 for an empty sheet, a null object with OrNullObject)', async () => {
    const sim = createSimulator({
      sheets: [
        { name: 'Empty', rows: [] },
        {
          name: 'Data',
          rows: [
            [null, null],
            [null, 'x', 1],
          ],
        },
      ],
    });
    await sim.Excel.run(async (ctx) => {
      const empty = ctx.workbook.worksheets.getItem('Empty');
      const a = empty.getUsedRange().load('address');
      const b = empty.getUsedRangeOrNullObject(true);
      const c = ctx.workbook.worksheets.getItem('Data').getUsedRange(true).load('address, rowIndex, columnIndex');
      await ctx.sync();
      expect(a.address).toBe('Empty!A1');
      expect(b.isNullObject).toBe(true);
      expect([c.address, c.rowIndex, c.columnIndex]).toEqual(['Data!B2:C2', 1, 1]);
    });
  });

  it('navigates ranges like Office.js', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Orders').getRange('B2:C3');
      const got = [
        r.getCell(1, 1),
        r.getRow(0),
        r.getColumn(1),
        r.getResizedRange(1, 0),
        r.getOffsetRange(1, 1),
        r.getEntireColumn(),
        r.getEntireRow(),
        r.getLastRow(),
        r.getRowsBelow(2),
        r.getIntersection('C1:D2'),
      ].map((x) => x.load('address'));
      const none = r.getIntersectionOrNullObject('F1:F2');
      await ctx.sync();
      expect(got.map((x) => x.address)).toEqual(['Orders!C3', 'Orders!B2:C2', 'Orders!C2:C3', 'Orders!B2:C4', 'Orders!C3:D4', 'Orders!B:C', 'Orders!2:3', 'Orders!B3:C3', 'Orders!B4:C5', 'Orders!C2']);
      expect(none.isNullObject).toBe(true);
    });
  });

  it('sets and reads fill, font, number formats, column widths; autofit widens to the text', async () => {
    const sim = createSimulator(customersInit());
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Customers');
      const header = sheet.getRange('A1:C1');
      header.format.fill.color = '#1F4E78';
      header.format.font.bold = true;
      header.format.font.color = 'white';
      sheet.getRange('D1:D3').numberFormat = [['0.00'], ['0.00'], ['0.00']];
      sheet.getRange('D1:D3').values = [[1.5], [2], [1234.567]];
      sheet.getRange('B2').values = [['A much longer customer name']];
      sheet.getRange('B:B').format.autofitColumns();
      sheet.getRange('C:C').format.columnWidth = 30;
      const fill = header.format.fill.load('color');
      const font = header.format.font.load('bold, color');
      const mixed = sheet.getRange('A1:A2').format.fill.load('color');
      const text = sheet.getRange('D1:D3').load('text, numberFormat');
      const widths = [sheet.getRange('A1').format.load('columnWidth'), sheet.getRange('B1').format.load('columnWidth'), sheet.getRange('C1').format.load('columnWidth')];
      await ctx.sync();
      expect(fill.color).toBe('#1F4E78');
      expect([font.bold, font.color]).toEqual([true, '#FFFFFF']);
      expect(mixed.color).toBeNull();
      expect(text.text).toEqual([['1.50'], ['2.00'], ['1234.57']]);
      expect(text.numberFormat[0]).toEqual(['0.00']);
      expect(widths[0]!.columnWidth).toBe(48);
      expect(widths[1]!.columnWidth).toBeGreaterThan(100);
      expect(widths[2]!.columnWidth).toBe(30);
    });
  });

  it('clear(Formats) keeps values, clear(Contents) keeps formats', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Orders').getRange('C2:C3');
      r.format.fill.color = '#FF0000';
      r.clear('Contents');
      const a = r.load('values');
      const f = r.format.fill.load('color');
      await ctx.sync();
      expect(a.values).toEqual([[''], ['']]);
      expect(f.color).toBe('#FF0000');
      r.clear('Formats');
      const g = r.format.fill.load('color');
      await ctx.sync();
      expect(g.color).toBe('#FFFFFF');
    });
  });

  it('application: calculation mode and suspend calls are accepted and counted', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.application.calculationMode = 'Manual';
      const app = ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      expect(app.calculationMode).toBe('Manual');
    });
    expect([sim.stats.suspendCalculationCalls, sim.stats.suspendScreenUpdatingCalls]).toEqual([1, 1]);
  });
});

describe('autofit of wide characters', () => {
  it('gives a Chinese text about twice the width of as many Latin letters', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [['逾期 90 天以上', 'abcdefghij']] }] });
    sim.installGlobals(globalThis);
    const widths = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A:B').format.autofitColumns();
      const a = sheet.getRange('A1').format.load('columnWidth');
      const b = sheet.getRange('B1').format.load('columnWidth');
      await context.sync();
      return [a.columnWidth, b.columnWidth];
    });
    // "逾期 90 天以上": 5 wide characters and 4 narrow ones = 14 units; "abcdefghij" = 10.
    expect(widths[0]).toBeGreaterThan(widths[1]! * 1.3);
  });
});
