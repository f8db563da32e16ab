/**
 * Large sheets: 250,000 order rows x 12 columns read in 40,000-row blocks (each block's response
 * stays under 5 MB). 1,000,000 rows take about 1 s to read on the development machine (README).
 */
import { createSimulator, PAYLOAD_LIMIT_BYTES } from '../../src/simulator';

it('reads 250k x 12 in 40k-row blocks, each response under the limit', async () => {
  const N = 250_000;
  const rows = Array.from({ length: N }, (_, r) => [`O${r}`, `C${r % 5000}`, 45000 + (r % 700), r * 1.25, 'Widget', 3, 'CN', 'Paid', r % 2 === 0, 'Sales', 12.5, 'note']);
  const sim = createSimulator({ sheets: [{ name: 'Orders', rows }] });
  let seen = 0;
  let last: unknown[] = [];
  await sim.Excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Orders');
    const used = sheet.getUsedRange(true).load('rowCount, columnCount');
    await ctx.sync();
    for (let start = 0; start < used.rowCount; start += 40_000) {
      const block = sheet.getRangeByIndexes(start, 0, Math.min(40_000, used.rowCount - start), used.columnCount).load('values');
      await ctx.sync();
      seen += block.values.length;
      last = block.values[block.values.length - 1]!;
    }
  });
  expect(seen).toBe(N);
  expect(last).toEqual([`O${N - 1}`, `C${(N - 1) % 5000}`, 45000 + ((N - 1) % 700), (N - 1) * 1.25, 'Widget', 3, 'CN', 'Paid', false, 'Sales', 12.5, 'note']);
  expect(Math.max(...sim.stats.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
});
