import { createSimulator, diffSnapshots, snapshotCells, toInit } from '../../src/simulator';
import { customersInit } from './helpers';

describe('createSimulator and the Office object', () => {
  it('Office.onReady resolves Excel on the web; requirement sets up to the configured max', async () => {
    const sim = createSimulator(undefined, { maxExcelApi: '1.9' });
    await expect(sim.Office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    const req = sim.Office.context.requirements;
    expect([req.isSetSupported('ExcelApi', '1.7'), req.isSetSupported('ExcelApi', '1.9'), req.isSetSupported('ExcelApi', '1.10'), req.isSetSupported('WordApi', '1.1')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    sim.options.maxExcelApi = '1.12';
    expect(req.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(sim.Office.context.displayLanguage).toBe('en-US');
    sim.Office.context.displayLanguage = 'zh-CN';
    sim.setDarkTheme(true);
    expect(sim.Office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it('installGlobals puts Excel, Office and OfficeExtension on a target, with string enums', async () => {
    const sim = createSimulator(customersInit());
    const target: Record<string, unknown> = {};
    sim.installGlobals(target);
    const Excel = target.Excel as typeof sim.Excel;
    expect((Excel.ChartType as Record<string, string>).columnClustered).toBe('ColumnClustered');
    expect((Excel.SheetVisibility as Record<string, string>).veryHidden).toBe('VeryHidden');
    expect((target.OfficeExtension as typeof sim.OfficeExtension).ErrorCodes.propertyNotLoaded).toBe('PropertyNotLoaded');
    const names = await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Customers', 'Orders']);
    const ctx = new Excel.RequestContext();
    const first = ctx.workbook.worksheets.getFirst().load('name');
    await ctx.sync();
    expect(first.name).toBe('Customers');
  });

  it('snapshotCells ignores owned areas; toInit exports what createSimulator can load again', async () => {
    const sim = createSimulator({ ...customersInit(), activeSheet: 'Orders' });
    const before = snapshotCells(sim.workbook, [{ sheet: 'Customers', address: 'D:E' }]);
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Customers').getRange('D1:E1').values = [['Tier', "'=risky"]];
    });
    expect(snapshotCells(sim.workbook, [{ sheet: 'Customers', address: 'D:E' }])).toEqual(before);
    const changed = diffSnapshots(snapshotCells(createSimulator(customersInit()).workbook), snapshotCells(sim.workbook));
    const header = 'A1=string:Id||\tB1=string:Name||\tC1=string:Country||';
    expect(changed).toEqual([`Customers!1: ${header} -> ${header}\tD1=string:Tier||\tE1=string:=risky||`]);
    const again = createSimulator(toInit(sim.workbook));
    expect(snapshotCells(again.workbook)).toEqual(snapshotCells(sim.workbook));
    expect(toInit(sim.workbook).activeSheet).toBe('Orders');
  });
});
