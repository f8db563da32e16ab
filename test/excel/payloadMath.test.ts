import fc from 'fast-check';
import { blockBytes, chunkRows, READ_CELL_CAP, rowsPerBlock, SYNC_BUDGET_BYTES } from '../../src/excel/payload';

const cell = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

describe('payload arithmetic', () => {
  it('blockBytes is never below the JSON size (escapes may overcount)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 20 }), (rows) => {
        const exact = Buffer.byteLength(JSON.stringify(rows));
        const est = blockBytes(rows);
        return est >= exact && est <= exact * 6 + 10;
      }),
    );
    expect(blockBytes([['abc', 12]])).toBe(Buffer.byteLength(JSON.stringify([['abc', 12]])));
  });

  it('chunks keep every row, in order, each chunk under the budget unless a single row is larger', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`row ${i}`, i, 'x'.repeat(i % 50)]);
    const chunks = chunkRows(rows, 5_000);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    expect(chunks.every((c) => c.bytes <= 5_000)).toBe(true);
    expect(chunks.every((c) => blockBytes(c.rows) === c.bytes)).toBe(true);
    expect(chunks.map((c) => c.start)).toEqual(chunks.map((_, k) => chunks.slice(0, k).reduce((s, c) => s + c.rows.length, 0)));
    expect(chunkRows([['x'.repeat(100)]], 10)).toHaveLength(1);
  });

  it('row blocks respect both the byte budget and the 5M-cell read cap', () => {
    expect(rowsPerBlock(12, 100)).toBe(Math.floor(SYNC_BUDGET_BYTES / 100));
    expect(rowsPerBlock(10_000, 1) * 10_000).toBeLessThanOrEqual(READ_CELL_CAP);
    expect(rowsPerBlock(5, null)).toBeGreaterThan(1000);
    expect(rowsPerBlock(1, 1e9)).toBe(1);
  });
});
