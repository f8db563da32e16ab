import { snapshotCells } from '../../src/simulator';
import { onCustomerRowSelected, selectCell, type SelectedCustomer } from '../../src/excel/selection';
import { eventually } from '../support/eventually';
import { expectOk, run, sampleBook, sheetValues } from './helpers';

describe('cancel', () => {
  it('cancelled before the run: nothing is read or written', async () => {
    const book = sampleBook({ customers: 10, orders: 80 });
    const before = snapshotCells(book.sim.workbook);
    const controller = new AbortController();
    controller.abort();
    const outcome = await run(book, { signal: controller.signal });
    expect(outcome).toMatchObject({ ok: false, kind: 'cancelled', stage: 'reading' });
    expect(snapshotCells(book.sim.workbook)).toEqual(before);
    expect(book.sim.workbook.settings.size).toBe(0);
  });

  it('cancelled while reading or scoring: nothing written', async () => {
    for (const stage of ['reading', 'scoring'] as const) {
      const book = sampleBook({ customers: 10, orders: 80 });
      const before = snapshotCells(book.sim.workbook);
      const sheets = book.sim.workbook.sheets.length;
      const controller = new AbortController();
      const outcome = await run(book, { signal: controller.signal, onProgress: (p) => p.stage === stage && controller.abort() });
      expect(outcome).toMatchObject({ ok: false, kind: 'cancelled', stage });
      expect(snapshotCells(book.sim.workbook)).toEqual(before);
      expect(book.sim.workbook.sheets.length).toBe(sheets);
    }
  });

  it('cancelled while writing: the run finishes (documented choice), leaving complete results', async () => {
    const book = sampleBook({ customers: 10, orders: 80 });
    const controller = new AbortController();
    const outcome = await run(book, { signal: controller.signal, onProgress: (p) => p.stage === 'writing' && controller.abort() });
    expect(outcome.ok).toBe(true);
    expect(sheetValues(book, 'Customers')[0]).toContain('Tiers tier');
  });
});

describe('problems and selection', () => {
  it('problems carry the cell address, and selectCell selects it', async () => {
    const book = sampleBook({ customers: 10, orders: 80 });
    const orders = book.sim.workbook.sheetByName('Orders')!;
    const header = sheetValues(book, 'Orders')[0]!;
    const amountCol = header.indexOf('Amount');
    book.sim.workbook.writeValues(orders.id, 4, amountCol, [['not a number']]);
    const summary = expectOk(await run(book));
    const problem = summary.problems.find((p) => p.sheet === 'Orders' && p.row === 5);
    expect(problem?.address).toBe(`${String.fromCharCode(65 + amountCol)}5`);
    await selectCell(problem!.sheet, problem!.address!);
    const sel = book.sim.workbook.selection;
    expect(book.sim.workbook.sheetById(sel.sheetId)?.name).toBe('Orders');
    expect(sel.rect).toEqual({ r0: 4, r1: 4, c0: amountCol, c1: amountCol });
  });

  it('onCustomerRowSelected resolves the selected row to its customer id until unsubscribed', async () => {
    const book = sampleBook({ customers: 10, orders: 80 });
    expectOk(await run(book));
    const seen: (SelectedCustomer | null)[] = [];
    const unsubscribe = await onCustomerRowSelected((c) => seen.push(c));
    book.sim.workbook.select('Customers', 'C4');
    await eventually(() => seen.length >= 1);
    expect(seen).toEqual([{ customerId: sheetValues(book, 'Customers')[3]![0], sheet: 'Customers', row: 4 }]);
    book.sim.workbook.select('Orders', 'A2');
    await eventually(() => seen.length >= 2);
    expect(seen[1]).toBeNull();
    await unsubscribe();
    book.sim.workbook.select('Customers', 'C5');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });
});
