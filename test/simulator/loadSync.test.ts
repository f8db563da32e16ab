import { ErrorCodes } from '../../src/simulator';
import { newSim } from './helpers';

describe('load / sync discipline', () => {
  it('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Customers').getRange('A1:C3');
      await ctx.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
    });
  });

  it("reading a property loaded but not yet synced throws, with Excel's message", async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Customers').getRange('A1:C3');
      range.load('values');
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({ code: 'PropertyNotLoaded' });
      expect((caught as Error).message).toContain("The property 'values' is not available. Before reading the property's value, call the load method");
      await ctx.sync();
      expect(range.values[1]).toEqual(['C1', 'Acme', 'CN']);
    });
  });

  it('a load naming other properties does not make this one readable', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Customers').getRange('A1:C3');
      range.load('address');
      await ctx.sync();
      expect(range.address).toBe('Customers!A1:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('accepts the string, array, select and object forms of load', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Orders');
      const a = sheet.getRange('C2:C3').load('values, address');
      const b = sheet.getRange('C2:C3').load(['rowCount', 'columnCount']);
      const c = sheet.getRange('C2:C3').load({ select: 'numberFormat, text' });
      const d = sheet.getRange('A1').load({ values: true, format: { fill: { color: true } } });
      await ctx.sync();
      expect(a.values).toEqual([[100], [250]]);
      expect(a.address).toBe('Orders!C2:C3');
      expect([b.rowCount, b.columnCount]).toEqual([2, 1]);
      expect(c.numberFormat).toEqual([['General'], ['General']]);
      expect(c.text).toEqual([['100'], ['250']]);
      expect(d.values).toEqual([['Order']]);
      expect(d.format.fill.color).toBe('#FFFFFF');
    });
  });

  it('loads collection items with "items/name" and with a bare property name', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const again = ctx.workbook.worksheets.load('name, position');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Customers', 'Orders']);
      expect(again.items.map((s) => s.position)).toEqual([0, 1]);
      expect(() => sheets.items[0]!.visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('a bare load() loads every scalar property; an unknown name fails the sync, naming it', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Orders').getRange('B2:C2').load();
      await ctx.sync();
      expect([range.address, range.values, range.valueTypes, range.cellCount]).toEqual(['Orders!B2:C2', [['C1', 100]], [['String', 'Double']], 2]);
      ctx.workbook.worksheets.getItem('Orders').getRange('A1').load('vaules');
      // The host cannot tell a misspelt property from one it does not emulate; it names it.
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException', message: 'Not emulated by the host: Range.vaules.' });
    });
  });

  it('loaded values are a snapshot of that sync', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Orders').getRange('C2').load('values');
      await ctx.sync();
      sim.workbook.writeValues(sim.workbook.sheetByName('Orders')!.id, 1, 2, [[999]]);
      expect(range.values).toEqual([[100]]);
      range.load('values');
      await ctx.sync();
      expect(range.values).toEqual([[999]]);
    });
  });

  it('queues writes and applies them at sync, in order', async () => {
    const sim = newSim();
    const sheetId = sim.workbook.sheetByName('Orders')!.id;
    await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Orders').getRange('D1:D2');
      range.values = [['First'], [1]];
      range.values = [['Second'], [2]];
      expect(sim.workbook.sheet(sheetId).cells.values.get(0, 3)).toBeUndefined();
      await ctx.sync();
      expect(sim.workbook.sheet(sheetId).cells.values.get(0, 3)).toBe('Second');
      range.load('values');
      await ctx.sync();
      expect(range.values).toEqual([['Second'], [2]]);
    });
  });

  it('Excel.run syncs what is still queued when the batch ends', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('E1').values = [['Tail']];
    });
    expect(sim.workbook.sheet(sim.workbook.sheetByName('Orders')!.id).cells.values.get(0, 4)).toBe('Tail');
    // One round trip for the batch; the client's clean-up round trip after the run is marked.
    expect(sim.stats.syncs.filter((s) => !s.cleanupOnly)).toHaveLength(1);
  });

  it('rejects a 2-D array that does not match the range', async () => {
    const sim = newSim();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Orders').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('using a proxy after its Excel.run finished throws InvalidObjectPath; tracked, Excel.run(object, batch) reuses it', async () => {
    const sim = newSim();
    const range = await sim.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem('Orders').getRange('A1'));
    expect(() => range.load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    const tracked = await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Orders').getRange('A1');
      ctx.trackedObjects.add(r);
      await ctx.sync();
      return r;
    });
    const values = await sim.Excel.run(tracked, async (ctx) => {
      tracked.load('values');
      await ctx.sync();
      return tracked.values;
    });
    expect(values).toEqual([['Order']]);
  });

  it('getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives isNullObject', async () => {
    const sim = newSim();
    await expect(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await sim.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('orders');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });
});
