import { createSimulator, diffSnapshots, PAYLOAD_LIMIT_BYTES, snapshotCells } from '../../src/simulator';
import { expectCode } from './helpers';

const rowsOf = (n: number, width: number, cell: (r: number, c: number) => string | number) => Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => cell(r, c)));

describe('payload and cell limits (Excel on the web: 5 MB per request and response; 5M cells per read)', () => {
  it('a write over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing of the batch', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [['keep']] }] });
    const before = snapshotCells(sim.workbook);
    const big = rowsOf(60_000, 10, (r, c) => `row ${r} col ${c}`); // about 8 MB of JSON
    expect(new TextEncoder().encode(JSON.stringify(big)).length).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    await expectCode(
      sim.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('S');
        sheet.getRange('B1').values = [['small write in the same batch']];
        sheet.getRange('A2:J60001').values = big;
        await ctx.sync();
      }),
      'RequestPayloadSizeLimitExceeded',
    );
    expect(diffSnapshots(before, snapshotCells(sim.workbook))).toEqual([]);
  });

  it('the same data written in blocks passes', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    await sim.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      for (let start = 0; start < 60_000; start += 20_000) {
        sheet.getRangeByIndexes(start, 0, 20_000, 10).values = rowsOf(20_000, 10, (r, c) => `row ${start + r} col ${c}`);
        await ctx.sync();
      }
    });
    expect(sim.stats.syncs.filter((s) => !s.cleanupOnly)).toHaveLength(3);
    expect(Math.max(...sim.stats.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.workbook.sheetByName('S')!.cells.values.get(59_999, 9)).toBe('row 59999 col 9');
  });

  it('a read over 5 MB fails with ResponsePayloadSizeLimitExceeded, and writes of that batch are rolled back', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: rowsOf(60_000, 10, (r, c) => `row ${r} col ${c}`) }] });
    const before = snapshotCells(sim.workbook);
    await expectCode(
      sim.Excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['changed']];
        sheet.getRange('L1:L3').insert('Right');
        ctx.workbook.settings.add('k', 1);
        ctx.workbook.worksheets.add('Extra').tables.add('A1:B2', true);
        sheet.getRange('A1:J60000').load('values');
        await ctx.sync();
      }),
      'ResponsePayloadSizeLimitExceeded',
    );
    expect(diffSnapshots(before, snapshotCells(sim.workbook))).toEqual([]);
    expect(sim.workbook.settings.size).toBe(0);
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(['S']);
    expect(sim.workbook.tables).toHaveLength(0);
  });

  it('a read over 5,000,000 cells fails with RangeExceedsLimit, whatever the payload limit', async () => {
    const sim = createSimulator(undefined, { payloadLimits: false });
    await expectCode(
      sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A:E').load('values'); // 5 x 1,048,576 cells
        await ctx.sync();
      }),
      'RangeExceedsLimit',
    );
    await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A:D').load('rowCount'); // shape only: fine
      await ctx.sync();
      expect(r.rowCount).toBe(1_048_576);
    });
  });

  it('limits can be switched off (as on desktop, where the 5 MB cap does not apply)', async () => {
    const sim = createSimulator(undefined, { payloadLimits: false });
    await sim.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:J60000').values = rowsOf(60_000, 10, (r, c) => `row ${r} col ${c}`);
      await ctx.sync();
    });
    expect(sim.stats.syncs[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });
});
