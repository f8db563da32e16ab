/**
 * VarcharCells (src/cli/orders/varcharCells.ts) reads DuckDB's VARCHAR vectors from their bytes,
 * with a cache per column: every cell must be the text DuckDB's own `getItem` gives, for short and
 * long texts, ASCII and not, empty and null, and past the cache's size (entries replaced).
 */
import { DuckDBInstance, DuckDBTypeId, type DuckDBVector } from '@duckdb/node-api';
import type { CellValue } from '../../src/domain/model';
import { VARCHAR, VarcharCells } from '../../src/cli/orders/varcharCells';

async function chunksOf(sql: string): Promise<DuckDBVector[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const result = await connection.run(sql);
  const vectors: DuckDBVector[] = [];
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) vectors.push(chunk.getColumnVector(0));
  connection.closeSync();
  instance.closeSync();
  return vectors;
}

/** Each vector read by `cells` against getItem, cell by cell. */
function expectSameAsGetItem(vectors: readonly DuckDBVector[], cells: VarcharCells): number {
  let compared = 0;
  for (const vector of vectors) {
    const count = vector.itemCount;
    const expected = Array.from({ length: count }, (_, i) => vector.getItem(i) as string | null);
    const column: CellValue[] = new Array<CellValue>(count);
    expect(cells.read(vector, count, (i) => expected[i] === null, column)).toBe(true);
    expect(column).toEqual(expected);
    compared += count;
  }
  return compared;
}

describe('VarcharCells', () => {
  it('is given the VARCHAR type id DuckDB uses', async () => {
    expect(DuckDBTypeId.VARCHAR).toBe(VARCHAR);
    const [vector] = await chunksOf(`SELECT 'x'::VARCHAR`);
    expect(vector?.type.typeId).toBe(VARCHAR);
  });

  it('reads short, 12-byte, long, non-ASCII, empty and null texts as getItem does, repeats included', async () => {
    // ASCII texts of every short length, 1 to 12 bytes, as well (each length is decoded on its own path).
    const lengths = Array.from({ length: 12 }, (_, k) => 'a1b2c3d4e5f6'.slice(0, k + 1));
    const texts = ['C0000444', 'O000000655', 'exactly12byt', 'thirteen byte', 'a much longer customer name, Ltd.', '客户一', '客户一二三四', '', ' padded ', 'Ünïcödé', 'C0000444', ...lengths];
    const values = texts.map((t) => `('${t}')`).join(', ');
    const vectors = await chunksOf(`SELECT CASE WHEN i % 7 = 3 THEN NULL ELSE t END FROM (VALUES ${values}) v(t), range(500) r(i) ORDER BY i, t`);
    expect(expectSameAsGetItem(vectors, new VarcharCells())).toBe(texts.length * 500);
  });

  it('stays right past its cache size, where entries are replaced', async () => {
    // 300,000 cells of 150,000 distinct ids in a scrambled order: many more than the 65,536 entries.
    const vectors = await chunksOf(`SELECT 'C' || lpad(((i * 7919) % 150000)::VARCHAR, 7, '0') FROM range(300000) r(i)`);
    expect(expectSameAsGetItem(vectors, new VarcharCells())).toBe(300000);
  });

  it('stays right once a column whose texts seldom repeat keeps only the previous text', async () => {
    // Order ids: the two lines of an order together, each order once; then ids that repeat far
    // apart; nulls among them, which the one-text cache must neither match nor keep.
    const vectors = await chunksOf(
      `SELECT CASE WHEN i % 11 = 5 THEN NULL WHEN i < 200000 THEN 'O' || lpad((i // 2)::VARCHAR, 9, '0') ELSE 'O' || lpad((i % 1000)::VARCHAR, 9, '0') END FROM range(260000) r(i)`,
    );
    const cells = new VarcharCells();
    expect(expectSameAsGetItem(vectors, cells)).toBe(260000);
    expect((cells as unknown as { mask: number }).mask).toBe(0);
  });
});
