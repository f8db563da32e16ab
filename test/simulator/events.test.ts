import { newSim } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('events', () => {
  // Only the workbook's selection event is emulated (the one the add-in uses); see the host README.
  it('select() raises the workbook selection event through the client library, until the handler is removed', async () => {
    const sim = newSim();
    const seen: Excel.SelectionChangedEventArgs[] = [];
    const handle = await sim.Excel.run(async (ctx) => {
      const h = ctx.workbook.onSelectionChanged.add(async (args) => {
        seen.push(args);
      });
      await ctx.sync();
      return h;
    });
    sim.workbook.select('Orders', 'B2:C3');
    sim.workbook.select('Customers', 'A1');
    await tick();
    expect(seen).toHaveLength(2);
    // Workbook_SelectionChanged_EventArgsTransform: the handler gets the workbook, not an address.
    expect(seen[0]).toHaveProperty('workbook');

    await sim.Excel.run(handle.context, async (ctx) => {
      handle.remove();
      await ctx.sync();
    });
    sim.workbook.select('Orders', 'A1');
    await tick();
    expect(seen).toHaveLength(2);
  });

  it('handlers are registered at sync, not before', async () => {
    const sim = newSim();
    const seen: unknown[] = [];
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.onSelectionChanged.add(async (a) => {
        seen.push(a);
      });
      sim.workbook.select('Orders', 'A1');
      await tick();
      expect(seen).toHaveLength(0);
      await ctx.sync();
    });
    sim.workbook.select('Orders', 'A2');
    await tick();
    expect(seen).toHaveLength(1);
  });

  it('Range.select() and getSelectedRange / getActiveCell follow the selection', async () => {
    const sim = newSim();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRange('B2:C3').select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load('address');
      const cell = ctx.workbook.getActiveCell().load('address');
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect([sel.address, cell.address, active.name]).toEqual(['Orders!B2:C3', 'Orders!B2', 'Orders']);
    });
  });

  it('model onChange hears one notification per sync, naming the sheets touched', async () => {
    const sim = newSim();
    const changes: unknown[] = [];
    const off = sim.workbook.onChange((c) => changes.push(c));
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Orders');
      sheet.getRange('A5').values = [['x']];
      sheet.getRange('A6').values = [['y']];
      sheet.getRange('A7').format.fill.color = '#FF0000';
      await ctx.sync();
    });
    expect(changes).toEqual([{ kinds: ['cells'], sheetIds: [sim.workbook.sheetByName('Orders')!.id] }]);
    off();
    sim.workbook.writeValues(sim.workbook.sheets[0]!.id, 0, 0, [['z']]);
    expect(changes).toHaveLength(1);
  });
});
