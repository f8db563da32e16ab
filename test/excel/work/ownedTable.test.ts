import { readOwnedTable, upsertOwnedRows, type OwnedTableSpec } from '../../../src/excel/work/ownedTable';
import type { CellValue } from '../../../src/domain/model';
import { cellFormula, installSimulator, rewriteBody, tableRows } from './simulatorBook';

const SPEC: OwnedTableSpec = {
  sheet: 'Tiers Things',
  table: 'TiersThings',
  columns: [
    { header: 'ID', kind: 'text' },
    { header: 'Note', kind: 'text' },
    { header: 'Due', kind: 'date' },
    { header: 'Done', kind: 'boolean' },
  ],
  key: 'ID',
};

const upsert = (records: CellValue[][], onlyNew = false) => Excel.run((context) => upsertOwnedRows(context, SPEC, records, { onlyNew }));
const read = () => Excel.run((context) => readOwnedTable(context, SPEC));

describe('owned table through the simulator', () => {
  it('creates the sheet and table on first write, then updates rows in place by key', async () => {
    const sim = installSimulator();
    const first = await upsert([
      ['A-1', 'first', 46000, false],
      ['A-2', 'second', 46001, true],
    ]);
    expect(first).toEqual({ added: ['A-1', 'A-2'], updated: [], skipped: [] });
    expect(sim.workbook.sheetByName('Tiers Things')).toBeDefined();
    expect(tableRows(sim, 'TiersThings')).toEqual([
      ['ID', 'Note', 'Due', 'Done'],
      ['A-1', 'first', 46000, false],
      ['A-2', 'second', 46001, true],
    ]);

    const second = await upsert([['A-2', 'changed', 46005, false]]);
    expect(second).toEqual({ added: [], updated: ['A-2'], skipped: [] });
    expect(tableRows(sim, 'TiersThings').slice(1)).toEqual([
      ['A-1', 'first', 46000, false],
      ['A-2', 'changed', 46005, false],
    ]);
  });

  it('adds no duplicate rows when the same records are written again', async () => {
    const sim = installSimulator();
    const records: CellValue[][] = [
      ['K1', 'x', '', false],
      ['K2', 'y', '', false],
    ];
    await upsert(records);
    await upsert(records);
    const again = await upsert(records, true);
    expect(again.skipped).toEqual(['K1', 'K2']);
    expect(tableRows(sim, 'TiersThings')).toHaveLength(3);
    expect((await read()).rows.map((r) => r[0])).toEqual(['K1', 'K2']);
  });

  it('writes typed strings as text, never as formulas', async () => {
    const sim = installSimulator();
    const risky = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@x', '\t=1+1', '\r=2', '=1+1', '007'];
    await upsert(risky.map((text, i) => [`R${i}`, text, '', false]));
    const body = tableRows(sim, 'TiersThings').slice(1);
    expect(body.map((row) => row[1])).toEqual(risky);
    risky.forEach((_, i) => expect(cellFormula(sim, 'TiersThings', i, 1)).toBeUndefined());
    // A text key that looks like a formula is still found again by key.
    await upsert([['=K', 'a', '', false]]);
    await upsert([['=K', 'b', '', false]]);
    expect(tableRows(sim, 'TiersThings').filter((row) => row[0] === '=K')).toEqual([['=K', 'b', '', false]]);
  });

  it('updates the right row after the user sorted the table', async () => {
    const sim = installSimulator();
    await upsert([
      ['A', 'a', 1, false],
      ['B', 'b', 2, false],
      ['C', 'c', 3, false],
    ]);
    rewriteBody(sim, 'TiersThings', [
      ['C', 'c', 3, false],
      ['B', 'b', 2, false],
      ['A', 'a', 1, false],
    ]);
    await upsert([['A', 'a edited', 9, true]]);
    expect(tableRows(sim, 'TiersThings').slice(1)).toEqual([
      ['C', 'c', 3, false],
      ['B', 'b', 2, false],
      ['A', 'a edited', 9, true],
    ]);
  });

  it('finds columns by header after the user moved them, and keeps columns the user added', async () => {
    const sim = installSimulator();
    await upsert([['A', 'a', 1, false]]);
    const table = sim.workbook.tableByName('TiersThings');
    if (!table) throw new Error('table missing');
    // Swap "Note" and "Due", header and data.
    sim.workbook.writeValues(table.sheetId, 0, 1, [
      ["'Due", "'Note"],
      [1, "'a"],
    ]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('TiersThings').columns.add(undefined, [['My column'], ['keep me']]);
      await context.sync();
    });
    await upsert([['A', 'moved', 5, true]]);
    expect(tableRows(sim, 'TiersThings')).toEqual([
      ['ID', 'Due', 'Note', 'Done', 'My column'],
      ['A', 5, 'moved', true, 'keep me'],
    ]);
  });

  it('reads an absent table as empty without creating it', async () => {
    const sim = installSimulator();
    expect(await read()).toEqual({ headers: ['ID', 'Note', 'Due', 'Done'], rows: [] });
    expect(sim.workbook.tableByName('TiersThings')).toBeUndefined();
  });
});
