import { createSimulator } from '../../src/simulator';

const cell = (sim: ReturnType<typeof createSimulator>, r: number, c: number) => sim.workbook.sheetByName('S')!.cells.values.get(r, c);

async function writeBatch(sim: ReturnType<typeof createSimulator>, tag: string) {
  await sim.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('S');
    for (let c = 0; c < 4; c++) sheet.getCell(0, c).values = [[`${tag}${c}`]];
    await ctx.sync();
  });
}

describe('failSync', () => {
  it("fails exactly the nth sync from now; mode 'none' applies nothing", async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    // Each run is its batch's round trip, then the client's clean-up round trip: the 3rd is b's batch.
    sim.failSync(3, 'none');
    await writeBatch(sim, 'a');
    await expect(writeBatch(sim, 'b')).rejects.toMatchObject({ code: 'GeneralException' });
    expect([0, 1, 2, 3].map((c) => cell(sim, 0, c))).toEqual(['a0', 'a1', 'a2', 'a3']);
    await writeBatch(sim, 'c');
    expect(cell(sim, 0, 3)).toBe('c3');
    expect(sim.stats.syncs.filter((s) => !s.cleanupOnly)).toHaveLength(3);
  });

  it("mode 'partial' applies the first half of the queued actions", async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    sim.failSync(1, 'partial', 'ServiceUnavailable');
    await expect(writeBatch(sim, 'p')).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    // Half of the request's actions (instantiate actions count): a prefix of the writes is applied, never all.
    const written = [0, 1, 2, 3].map((c) => cell(sim, 0, c));
    expect(written[0]).toBe('p0');
    expect(written[3]).toBeUndefined();
    expect(written.findIndex((v) => v === undefined)).toBeGreaterThan(0);
    expect(written.slice(written.findIndex((v) => v === undefined))).toEqual(written.slice(written.findIndex((v) => v === undefined)).map(() => undefined));
  });

  it('loads of a failed sync are not published', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [['x']] }] });
    sim.failSync(1);
    await sim.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('counters', () => {
  it('count syncs and bytes per sync; empty syncs make no round trip; reset clears', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    await sim.Excel.run(async (ctx) => {
      await ctx.sync();
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
      range.values = [
        ['aaaaaaaaaa', 1],
        [2, 3],
      ];
      await ctx.sync();
      range.load('values');
      await ctx.sync();
    });
    // The client's round trips: the batches (its first sync may carry only the context's set-up) and the clean-up.
    const batches = sim.stats.syncs.filter((s) => !s.cleanupOnly);
    expect(batches.length).toBeLessThanOrEqual(3);
    const [write, read] = batches.slice(-2);
    expect(write!.requestBytes).toBeGreaterThan(read!.requestBytes);
    expect(read!.responseBytes).toBeGreaterThan(0);
    const sum = (key: 'requestBytes' | 'responseBytes') => sim.stats.syncs.reduce((t, s) => t + s[key], 0);
    expect(sim.stats.totalRequestBytes).toBe(sum('requestBytes'));
    expect(sim.stats.totalResponseBytes).toBe(sum('responseBytes'));
    sim.stats.reset();
    expect(sim.stats.syncCount).toBe(0);
    expect(sim.stats.totalRequestBytes).toBe(0);
  });

  it('request bytes grow with the length of written values', async () => {
    const sizes: number[] = [];
    for (const text of ['x', 'x'.repeat(1000)]) {
      const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
      await sim.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A10').values = Array.from({ length: 10 }, () => [text]);
      });
      sizes.push(sim.stats.syncs[0]!.requestBytes);
    }
    expect(sizes[1]! - sizes[0]!).toBe(10 * 999);
  });
});
