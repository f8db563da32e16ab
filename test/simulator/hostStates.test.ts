/**
 * Host states the adapter must survive (README, "Host states"): workbook structure protection, the
 * 1904 date system, cell-edit mode, multi-area conditional formats, table auto-expansion,
 * calculation left suspended, and no single value for a multi-cell range.
 */
import { expectCode, newSim } from './helpers';

describe('host states', () => {
  it('workbook structure protection: read from workbook.protection; adding, renaming, hiding or deleting a sheet is AccessDenied', async () => {
    const sim = newSim();
    sim.workbook.structureProtected = true;
    const seen = await sim.Excel.run(async (ctx) => {
      const p = ctx.workbook.protection.load('protected');
      await ctx.sync();
      return p.protected;
    });
    expect(seen).toBe(true);
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('New');
        await ctx.sync();
      }),
      'AccessDenied',
    );
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Orders').name = 'X';
        await ctx.sync();
      }),
      'AccessDenied',
    );
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Orders').visibility = 'Hidden';
        await ctx.sync();
      }),
      'AccessDenied',
    );
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Orders').delete();
        await ctx.sync();
      }),
      'AccessDenied',
    );
    // Cells can still be edited.
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['x']];
      await ctx.sync();
    });
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(['Customers', 'Orders']);
  });

  it('DATE answers in the workbook date system: 1904-01-01 is 1462 (1900 system) or 0 (1904 system)', async () => {
    const sim = newSim();
    const date = () =>
      sim.Excel.run(async (ctx) => {
        const a = ctx.workbook.functions.date(1904, 1, 1).load('value');
        const b = ctx.workbook.functions.date(2024, 3, 1).load('value');
        await ctx.sync();
        return [a.value, b.value];
      });
    expect(await date()).toEqual([1462, 45352]);
    sim.workbook.date1904 = true;
    expect(await date()).toEqual([0, 45352 - 1462]);
    expect(sim.workbook.dateSerial(1900, 1, 1)).toBe(-1462 + 1);
    sim.workbook.date1904 = false;
    expect(sim.workbook.dateSerial(1900, 1, 1)).toBe(1);
    expect(sim.workbook.dateSerial(1900, 3, 1)).toBe(61);
  });

  it('cell-edit mode: every sync fails with InvalidOperationInCellEditMode and applies nothing', async () => {
    const sim = newSim();
    sim.workbook.cellEditMode = true;
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['x']];
        await ctx.sync();
      }),
      'InvalidOperationInCellEditMode',
    );
    expect(sim.workbook.sheetByName('Orders')!.cells.values.get(0, 4)).toBeUndefined();
    sim.workbook.cellEditMode = false;
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['x']];
      await ctx.sync();
    });
    expect(sim.workbook.sheetByName('Orders')!.cells.values.get(0, 4)).toBe('x');
  });

  it('a conditional format over several areas: getRange fails, getRangeOrNullObject is a null object', async () => {
    const sim = newSim();
    const sheet = sim.workbook.sheetByName('Customers')!;
    sim.workbook.addConditionalFormat(sheet.id, { r0: 0, c0: 0, r1: 9, c1: 0 }, 'ContainsText', [{ r0: 0, c0: 2, r1: 9, c1: 2 }]);
    await expectCode(
      sim.Excel.run(async (ctx) => {
        const formats = ctx.workbook.worksheets.getItem('Customers').getRange('C:C').conditionalFormats.load('items/type');
        await ctx.sync();
        formats.items[0]!.getRange().load('address');
        await ctx.sync();
      }),
      'InvalidOperation',
    );
    const isNull = await sim.Excel.run(async (ctx) => {
      const formats = ctx.workbook.worksheets.getItem('Customers').getRange('C:C').conditionalFormats.load('items/type');
      await ctx.sync();
      const range = formats.items[0]!.getRangeOrNullObject().load('address');
      await ctx.sync();
      return range.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('a table takes in an entry in the column right of it or the row below it; a gap column is left alone', async () => {
    const sim = newSim({
      sheets: [
        {
          name: 'S',
          rows: [
            ['Id', 'Name'],
            ['1', 'a'],
            ['2', 'b'],
          ],
          tables: [{ name: 'T', address: 'A1:B3' }],
        },
      ],
    });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('D1:D3').values = [['far'], [1], [2]];
      await ctx.sync();
    });
    expect(sim.workbook.tableByName('T')!.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 1 });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['Score']];
      await ctx.sync();
    });
    expect(sim.workbook.tableByName('T')!.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A4').values = [['3']];
      await ctx.sync();
    });
    expect(sim.workbook.tableByName('T')!.rect).toEqual({ r0: 0, c0: 0, r1: 3, c1: 2 });
    sim.workbook.autoExpandTables = false;
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('D1').values = [['off']];
      await ctx.sync();
    });
    expect(sim.workbook.tableByName('T')!.rect.c1).toBe(2);
  });

  it('cells written while API calculation is suspended leave dependants stale until a recalculation', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['x']];
      await ctx.sync();
    });
    expect(sim.workbook.calculationStale).toBe(true);
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.application.calculate('Full');
      await ctx.sync();
    });
    expect(sim.workbook.calculationStale).toBe(false);
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['y']];
      await ctx.sync();
    });
    expect(sim.workbook.calculationStale).toBe(false);
  });

  it('a single value for a multi-cell range is InvalidArgument; one cell takes one', async () => {
    const sim = newSim();
    await expectCode(
      sim.Excel.run(async (ctx) => {
        (ctx.workbook.worksheets.getItem('Orders').getRange('E1:E2') as unknown as { values: string }).values = '';
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    await sim.Excel.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem('Orders').getRange('E1') as unknown as { values: string }).values = 'one';
      await ctx.sync();
    });
    expect(sim.workbook.sheetByName('Orders')!.cells.values.get(0, 4)).toBe('one');
  });
});
