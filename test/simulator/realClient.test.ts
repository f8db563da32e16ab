/**
 * The simulator is Microsoft's Office.js client in front of our emulated host: misuse fails with
 * the client library's own RichApi.Error, code and message.
 */
import { createSimulator } from '../../src/simulator';
import { utf8Length } from '../../src/simulator/host/host';

const book = () => createSimulator({ sheets: [{ name: 'S', rows: [['a', 1]] }] });

describe('Microsoft client library over the emulated host', () => {
  it('is the library file this jest project names (jest.config.js: excel-win32-16.01, or excel-web-16.00)', () => {
    const sim = book();
    expect(sim.clientLibrary).toBe(process.env.OFFICE_JS ?? 'excel-win32-16.01');
    expect(['excel-win32-16.01', 'excel-web-16.00']).toContain(sim.clientLibrary);
  });

  it("reading an unloaded property throws the library's PropertyNotLoaded", async () => {
    const sim = book();
    const error = await sim.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
      await ctx.sync();
      try {
        return range.values;
      } catch (e) {
        return e;
      }
    });
    expect(error).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(error).toMatchObject({
      name: 'RichApi.Error',
      code: 'PropertyNotLoaded',
      message:
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    });
  });

  it('a range used after its Excel.run has finished fails', async () => {
    const sim = book();
    const range = await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      return r;
    });
    // In a new run: the client refuses an object of another request context.
    const other = await sim.Excel.run(async (ctx) => {
      try {
        ctx.workbook.worksheets.getItem('S').getRange('B1').getIntersection(range);
        await ctx.sync();
        return null;
      } catch (e) {
        return e;
      }
    }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(other).toMatchObject({ code: 'InvalidRequestContext' });
    // On its own, finished context: the run's clean-up released its reference, and the client says so.
    let stale: unknown;
    try {
      range.load('values');
    } catch (e) {
      stale = e;
    }
    expect(stale).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(stale).toMatchObject({ code: 'InvalidObjectPath' });
    expect((stale as Error).message).toMatch(/^The object path '_reference\(\)' isn't working for what you're trying to do/);
  });

  it('a 5.1 MB write fails with RequestPayloadSizeLimitExceeded measured on the serialised request, and writes nothing', async () => {
    const sim = book();
    const rows = Array.from({ length: 51_000 }, (_, i) => [`${'x'.repeat(90)}${String(i).padStart(6, '0')}`]);
    const error = await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange(`C1:C${rows.length}`).values = rows;
      await ctx.sync();
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'RequestPayloadSizeLimitExceeded' });
    const last = sim.stats.syncs.filter((s) => !s.cleanupOnly).at(-1)!;
    expect(last.requestBytes).toBeGreaterThan(5_000_000);
    expect(sim.workbook.sheetByName('S')!.cells.values.get(0, 2)).toBeUndefined();
  });

  it('byte counts are UTF-8 bytes, as Excel measures the payload', () => {
    for (const text of ['abc', 'é', '中文', '😀', JSON.stringify({ Values: [['é', 1]] })]) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('stats record a request and a response per round trip', async () => {
    const sim = book();
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B2').values = [['é']];
      await ctx.sync();
    });
    const first = sim.stats.syncs[0]!;
    // The body holds "é" (2 bytes in UTF-8): the count is bytes, not characters.
    expect(first.requestBytes).toBeGreaterThan(100);
    expect(first.responseBytes).toBeGreaterThan(10);
    expect(sim.workbook.sheetByName('S')!.cells.values.get(1, 1)).toBe('é');
  });

  it('an error from the host carries its code and the statement the client reconstructs', async () => {
    const sim = book();
    const error = await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
      await ctx.sync();
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sim.OfficeExtension.Error);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
    expect((error as { debugInfo: { errorLocation?: string; statement?: string } }).debugInfo).toMatchObject({ errorLocation: 'WorksheetCollection.getItem' });
  });
});
