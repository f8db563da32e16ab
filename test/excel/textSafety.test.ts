import { quoteRisky, safeBlock, setWholeFormat, TEXT_FORMAT } from '../../src/excel/textSafety';
import { createSimulator } from '../../src/simulator';
import { expectOk, run, sampleBook, sheetValues } from './helpers';

const RISKY = ['=1+1', '=HYPERLINK("http://x","y")', '+44 20 7946', '-5', '@SUM(A1)', '\tindent', '\rreturn', "'quoted"];

function cellsOf(sim: ReturnType<typeof createSimulator>, sheet: string, count: number) {
  const s = sim.workbook.sheetByName(sheet)!;
  return Array.from({ length: count }, (_, r) => ({ value: s.cells.values.get(r, 0), formula: s.cells.formulas.get(r, 0) }));
}

describe('text safety', () => {
  it('the simulator turns these strings into formulas when written raw (the hazard is real)', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    sim.installGlobals(globalThis);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 3, 1).values = [['=1+1'], ['+A1'], ['-x']];
      await context.sync();
    });
    expect(cellsOf(sim, 'S', 3).filter((c) => c.formula !== undefined)).toHaveLength(3);
  });

  it('"@" columns keep every risky string verbatim', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    sim.installGlobals(globalThis);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, RISKY.length, 1);
      setWholeFormat(range, TEXT_FORMAT);
      range.values = safeBlock(
        RISKY.map((t) => [t]),
        ['text'],
      );
      await context.sync();
    });
    expect(cellsOf(sim, 'S', RISKY.length)).toEqual(RISKY.map((t) => ({ value: t, formula: undefined })));
  });

  it('strings in General (number) columns are quote-prefixed and stay text', async () => {
    const sim = createSimulator({ sheets: [{ name: 'S', rows: [] }] });
    sim.installGlobals(globalThis);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, RISKY.length, 1).values = safeBlock(
        RISKY.map((t) => [t]),
        ['number'],
      );
      await context.sync();
    });
    expect(cellsOf(sim, 'S', RISKY.length)).toEqual(RISKY.map((t) => ({ value: t, formula: undefined })));
    expect(quoteRisky(12)).toBe(12);
    expect(quoteRisky('plain')).toBe('plain');
  });

  it('customer ids from an order-only workbook land as text on the owned sheets, whatever their first character', async () => {
    const book = sampleBook({ customers: 8, orders: 80, orderOnly: true });
    const orders = book.sim.workbook.sheetByName('Orders')!;
    const header = sheetValues(book, 'Orders')[0]!;
    const idCol = header.indexOf('Customer ID');
    const ids = ['=1+1', '+44', '-5', '@x', '=cmd|x'];
    const n = sheetValues(book, 'Orders').length - 1;
    // Give the first orders risky customer ids (written as a user typing them with a quote would).
    book.sim.workbook.writeValues(
      orders.id,
      1,
      idCol,
      ids.map((id) => [`'${id}`]),
    );
    expect(n).toBeGreaterThan(ids.length);
    const summary = expectOk(await run(book));
    expect(summary.customerSheet).toBe('Tiers Customers');
    for (const sheet of ['Tiers Customers', 'Tiers Snapshots']) {
      const s = book.sim.workbook.sheetByName(sheet)!;
      const stored = sheetValues(book, sheet).flat();
      for (const id of ids) expect(stored).toContain(id);
      const formulas = s.cells.formulas.rows.flat().filter((f) => f !== undefined && f !== null);
      expect(formulas).toEqual([]);
    }
  });
});
