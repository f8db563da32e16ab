/**
 * What the user is told, and what is written, for a protected customer sheet, a hidden order
 * sheet, a saved mapping that no longer fits, and a customer sheet without an id column.
 */
import type { CellValue } from '../../src/domain/model';
import { OWNED_SHEETS } from '../../src/output/sheets';
import { runScoring, type RunOutcome } from '../../src/excel/runScoring';
import { parseRunState, RUN_STATE_KEY } from '../../src/excel/runState';
import { fitSavedMapping } from '../../src/output/savedMapping';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { unrecognisedCustomerSheets } from '../../src/excel/unrecognisedSheets';
import { createSimulator, snapshotCells, type Simulator, type WorkbookInit } from '../../src/simulator';
import { AS_OF, book, bookOf, customersGrid, ordersGrid } from '../fixtures/bad-workbooks/base';
import { expectOk } from './helpers';
import { refusalText } from '../../src/output/problemWords';

function simOf(init: WorkbookInit): Simulator {
  const sim = createSimulator(init);
  sim.installGlobals(globalThis);
  return sim;
}

const runOnce = (): Promise<RunOutcome> => runScoring({ asOf: AS_OF, score: scoreLocally, runId: 'r', now: () => new Date('2026-01-01T00:00:00Z') });
const sheetId = (sim: Simulator, name: string) => sim.workbook.sheetByName(name)!.id;
const runState = (sim: Simulator) => parseRunState(sim.workbook.getSetting(RUN_STATE_KEY));
const withoutColumn = (grid: CellValue[][], header: string) => {
  const c = grid[0]!.indexOf(header);
  return grid.map((row) => row.filter((_, i) => i !== c));
};

describe('a protected customer sheet', () => {
  it('is refused before anything is written, with one message naming the sheet', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    sim.workbook.setSheetProps(sheetId(sim, 'Customers'), { protected: true });
    const before = snapshotCells(sim.workbook);
    const outcome = await runOnce();
    expect(outcome).toMatchObject({ ok: false, kind: 'refused', problems: [] });
    if (outcome.ok || outcome.kind !== 'refused') throw new Error('expected a refused run');
    expect(outcome.message).toBe('The sheet "Customers" is protected: unprotect it (Review > Unprotect Sheet) so Tiers can write its columns beside your data, then run again. Nothing was written.');
    // The pane words the refusal's code in its own language.
    expect(outcome.refusal).toEqual({ code: 'sheet-protected', values: { sheet: 'Customers' } });
    expect(refusalText(outcome.refusal!, 'zh-TW')).toBe('工作表「Customers」受保護：請取消保護（校閱 > 取消保護工作表），讓 Tiers 能在您的資料旁寫入它的欄，然後重新執行。未寫入任何內容。');
    expect(snapshotCells(sim.workbook)).toEqual(before);
    expect(sim.workbook.sheets.map((s) => s.name).filter((n) => OWNED_SHEETS.includes(n))).toEqual([]);
    expect(runState(sim)).toBeNull();

    sim.workbook.setSheetProps(sheetId(sim, 'Customers'), { protected: false });
    expectOk(await runOnce());
  });

  it('protected after a good run: refused, and the run state stays "complete", never "writing"', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    expectOk(await runOnce());
    const state = runState(sim);
    expect(state?.state).toBe('complete');
    sim.workbook.setSheetProps(sheetId(sim, 'Customers'), { protected: true });
    const before = snapshotCells(sim.workbook);
    const outcome = await runOnce();
    expect(outcome).toMatchObject({ ok: false, kind: 'refused' });
    expect(runState(sim)).toEqual(state);
    expect(snapshotCells(sim.workbook)).toEqual(before);
  });

  it('a protected order sheet is only read, so it is no reason to refuse', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    sim.workbook.setSheetProps(sheetId(sim, 'Orders'), { protected: true });
    expectOk(await runOnce());
  });
});

describe('a hidden order sheet', () => {
  it('holding the only orders: read and scored, with a warning naming it; it stays hidden', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    sim.workbook.setSheetProps(sheetId(sim, 'Orders'), { visibility: 'Hidden' });
    const summary = expectOk(await runOnce());
    expect(summary.orderSheet).toBe('Orders');
    expect(summary.customers).toBe(6);
    expect(summary.warnings).toContain('The order sheet "Orders" is hidden; it was read and scored anyway (a hidden sheet still holds data). Unhide it to see the rows scored.');
    // The same as a code, which the pane words in its language (test/taskpane/views/inputNotesPane.test.tsx).
    expect(summary.inputNotes).toEqual([{ code: 'hidden-sheet-read', sheet: 'Orders', role: 'orders' }]);
    expect(sim.workbook.sheetByName('Orders')!.visibility).toBe('Hidden');
  });

  it('a hidden customer sheet takes its results in place, with a warning', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    sim.workbook.setSheetProps(sheetId(sim, 'Customers'), { visibility: 'Hidden' });
    const summary = expectOk(await runOnce());
    expect(summary.customerSheet).toBe('Customers');
    expect(summary.warnings.filter((w) => w.startsWith('The customer sheet "Customers" is hidden;'))).toHaveLength(1);
    expect(sim.workbook.sheetByName('Customers')!.visibility).toBe('Hidden');
  });

  it('is passed over when a visible sheet holds orders', async () => {
    const old = ordersGrid().slice(0, 4);
    const sim = simOf(bookOf({ name: 'Customers', grid: customersGrid() }, { name: 'Orders', grid: ordersGrid() }, { name: 'Old orders', grid: old }));
    sim.workbook.setSheetProps(sheetId(sim, 'Old orders'), { visibility: 'Hidden' });
    const summary = expectOk(await runOnce());
    expect(summary.orderSheet).toBe('Orders');
    expect(summary.warnings.filter((w) => /hidden/.test(w))).toEqual([]);
  });

  it('very hidden sheets are never read', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    sim.workbook.setSheetProps(sheetId(sim, 'Orders'), { visibility: 'VeryHidden' });
    const outcome = await runOnce();
    expect(outcome).toMatchObject({ ok: false, kind: 'no-data' });
  });
});

describe('a saved mapping that no longer fits', () => {
  const saved = (amount: number) => ({ schemaVersion: 1, config: {}, mapping: { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: 1, orderDate: 2, amount } } } });

  it.each([
    ['an empty column inside the sheet', 6],
    ['a column beyond the data', 40],
  ])('pointing at %s: columns detected again, with a warning', async (_what, amount) => {
    const sim = simOf(
      book(
        customersGrid(),
        ordersGrid().map((row, r) => [...row, '', '', r === 0 ? 'Notes' : 'n']),
      ),
    );
    sim.workbook.setSetting(SETTINGS_KEY, saved(amount));
    const summary = expectOk(await runOnce());
    expect(summary.customers).toBe(6);
    expect(summary.problems).toEqual([]);
    expect(summary.warnings).toContain('The saved column mapping no longer fits sheet "Orders" (column "Amount" is empty); columns were detected again.');
  });

  it('that fits is used as saved, without a warning', async () => {
    const sim = simOf(book(customersGrid(), ordersGrid()));
    // Amount mapped to the Profit column (index 4): a choice the user made, honoured.
    sim.workbook.setSetting(SETTINGS_KEY, saved(4));
    const summary = expectOk(await runOnce());
    expect(summary.warnings.filter((w) => /saved column mapping/.test(w))).toEqual([]);
  });

  it('for a sheet that is gone is not laid over the sheet detected instead', async () => {
    // Saved for a sheet since deleted; its Amount pointed at the column where this sheet keeps Profit.
    const stale = { schemaVersion: 1, config: {}, mapping: { orders: { sheet: 'Orders 2025', headerRow: 0, columns: { customerId: 1, orderDate: 2, amount: 4 } } } };
    const withStale = simOf(book(customersGrid(), ordersGrid()));
    withStale.workbook.setSetting(SETTINGS_KEY, stale);
    const summary = expectOk(await runOnce());
    const written = snapshotCells(withStale.workbook);
    const plain = simOf(book(customersGrid(), ordersGrid()));
    expectOk(await runOnce());
    expect(summary.warnings.filter((w) => /saved column mapping/.test(w))).toEqual([]);
    expect(written).toEqual(snapshotCells(plain.workbook));
  });

  it('fitSavedMapping keeps what fits and drops what does not, per sheet', () => {
    const grid = [
      ['Id', 'Name', 'Blank'],
      ['C1', 'Acme', ''],
      ['C2', null, '  '],
    ];
    const customers = { sheet: 'Key accounts', grid };
    const fits = fitSavedMapping({ customers: { sheet: 'Customers', headerRow: 0, columns: { customerId: 0, name: 1 } } }, { orders: null, customers });
    expect(fits).toEqual({ mapping: { customers: { sheet: 'Customers', headerRow: 0, columns: { customerId: 0, name: 1 } } }, warnings: [], notes: [] });
    const empty = fitSavedMapping({ customers: { sheet: 'Customers', headerRow: 0, columns: { customerId: 0, country: 2 } } }, { orders: null, customers });
    expect(empty).toEqual({
      mapping: {},
      warnings: ['The saved column mapping no longer fits sheet "Key accounts" (column "Country" is empty); columns were detected again.'],
      notes: [{ code: 'saved-mapping-dropped', sheet: 'Key accounts', field: 'country' }],
    });
    const pastTheEnd = fitSavedMapping({ customers: { sheet: 'Customers', headerRow: 5, columns: { customerId: 0 } } }, { orders: null, customers });
    expect(pastTheEnd.mapping).toEqual({});
  });
});

describe('a customer sheet without a recognisable id column', () => {
  it('warns naming the sheet and the headers seen; customers come from the orders', async () => {
    simOf(book(withoutColumn(customersGrid(), 'Customer ID'), ordersGrid()));
    const summary = expectOk(await runOnce());
    expect(summary.customerSheet).toBe('Tiers Customers');
    expect(summary.customers).toBe(6);
    expect(summary.warnings).toContain(
      'Sheet "Customers" has no column recognised as the customer id (headers seen: "Customer Name", "Country"); customers were taken from the orders onto "Tiers Customers". Name the id column "Customer ID" (客户编号) to score that sheet\'s rows in place.',
    );
  });

  it('says nothing of sheets that do not look like customer lists', () => {
    expect(
      unrecognisedCustomerSheets([
        {
          name: 'Notes',
          grid: [
            ['Topic', 'Text'],
            ['a', 'b'],
          ],
        },
      ]),
    ).toEqual([]);
    expect(
      unrecognisedCustomerSheets([
        {
          name: 'Customers',
          grid: [
            ['Customer ID', 'Name'],
            ['C1', 'Acme'],
          ],
        },
      ]),
    ).toEqual([]);
    expect(unrecognisedCustomerSheets([{ name: 'Clients', grid: [['Name'], ['Acme']] }])).toHaveLength(1);
  });
});
