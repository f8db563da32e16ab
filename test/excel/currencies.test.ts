/**
 * Currencies through the Excel adapter (docs/scoring.md, "Currencies"): an order sheet in two
 * currencies without rates is refused before anything is written, naming the currencies; with a
 * "Rates" sheet it is scored in the base currency.
 */
import type { CellValue } from '../../src/domain/model';
import { runScoring, type RunOutcome } from '../../src/excel/runScoring';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { saveConfig } from '../../src/excel/settingsStore';
import { loadWorkState } from '../../src/excel/work/workActions';
import { defaultScoringConfig } from '../../src/domain/config';
import { OWNED_SHEETS } from '../../src/output/sheets';
import { createSimulator, snapshotCells, type Simulator, type WorkbookInit } from '../../src/simulator';
import { AS_OF, bookOf, customersGrid, ordersGrid } from '../fixtures/bad-workbooks/base';
import { expectOk } from './helpers';

function simOf(init: WorkbookInit): Simulator {
  const sim = createSimulator(init);
  sim.installGlobals(globalThis);
  return sim;
}

const runOnce = (): Promise<RunOutcome> => runScoring({ asOf: AS_OF, score: scoreLocally, runId: 'r', now: () => new Date('2026-01-01T00:00:00Z') });

/** The clean order sheet with a 币种 column: every other order in USD, the rest in CNY. */
function mixedOrders(): CellValue[][] {
  return ordersGrid().map((row, r) => [...row, r === 0 ? '币种' : r % 2 ? 'USD' : 'CNY']);
}

describe('an order sheet in two currencies', () => {
  it('without rates: refused, naming the currencies, and nothing is written', async () => {
    const sim = simOf(bookOf({ name: 'Customers', grid: customersGrid() }, { name: 'Orders', grid: mixedOrders() }));
    const before = snapshotCells(sim.workbook);
    const outcome = await runOnce();
    expect(outcome).toMatchObject({ ok: false, kind: 'refused', currencies: { found: ['CNY', 'USD'], missing: ['CNY', 'USD'] } });
    if (!outcome.ok) expect(outcome.message).toContain('holds amounts in 2 currencies (CNY, USD)');
    expect(snapshotCells(sim.workbook)).toEqual(before);
    expect(sim.workbook.sheets.map((s) => s.name).filter((n) => OWNED_SHEETS.includes(n))).toEqual([]);
  });

  it('with a Rates sheet: scored in the base currency, the rates sheet left as it was', async () => {
    const rates: CellValue[][] = [
      ['Currency', 'Rate'],
      ['CNY', 1],
      ['USD', 7],
    ];
    const sim = simOf(bookOf({ name: 'Customers', grid: customersGrid() }, { name: 'Orders', grid: mixedOrders() }, { name: 'Rates', grid: rates }));
    const ratesCells = (): [string, string][] => [...snapshotCells(sim.workbook).entries()].filter(([key]) => key.startsWith('Rates!'));
    const ratesBefore = ratesCells();
    expect(ratesBefore.length).toBeGreaterThan(0);
    const outcome = await runOnce();
    expectOk(outcome);
    if (outcome.ok) expect(outcome.summary.warnings.some((w) => w.startsWith('Amounts in CNY, USD were converted to CNY (USD 7;'))).toBe(true);
    expect(ratesCells()).toEqual(ratesBefore);
  });

  it('the work area reads the orders as a run does: refused without rates, read with a Rates sheet or the saved rates', async () => {
    simOf(bookOf({ name: 'Customers', grid: customersGrid() }, { name: 'Orders', grid: mixedOrders() }));
    expect((await loadWorkState()).basis.refused).toContain('2 currencies (CNY, USD)');
    const saved = await saveConfig({ ...defaultScoringConfig(), currency: { base: 'CNY', rates: { CNY: 1, USD: 7 } } }, { expectedRevision: null });
    expect(saved.ok).toBe(true);
    const withSaved = await loadWorkState();
    expect(withSaved.basis.refused).toBeNull();
    expect(withSaved.basis.orders.length).toBeGreaterThan(0);

    const rates: CellValue[][] = [
      ['Currency', 'Rate'],
      ['CNY', 1],
      ['USD', 7],
    ];
    simOf(bookOf({ name: 'Customers', grid: customersGrid() }, { name: 'Orders', grid: mixedOrders() }, { name: 'Rates', grid: rates }));
    const withSheet = await loadWorkState();
    expect(withSheet.basis.refused).toBeNull();
    expect(withSheet.basis.customers.length).toBeGreaterThan(0);
  });
});
