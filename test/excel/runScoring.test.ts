import { runScoring } from '../../src/excel/runScoring';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { columnOf, expectOk, run, sampleBook, sheetValues, workbookState } from './helpers';

describe('runScoring', () => {
  it('scores the sample and writes owned columns aligned by customer id', async () => {
    const book = sampleBook();
    const progress: string[] = [];
    const summary = expectOk(await run(book, { onProgress: (p) => progress.push(p.stage) }));
    expect(summary.customerSheet).toBe('Customers');
    expect(summary.customers).toBeGreaterThan(0);
    expect(new Set(progress)).toEqual(new Set(['reading', 'scoring', 'writing']));
    const values = sheetValues(book, 'Customers');
    const tierCol = columnOf(book, 'Customers', 'Tiers tier');
    expect(tierCol).toBeGreaterThan(0);
    const tiers = values.slice(1).map((r) => r[tierCol]);
    expect(tiers.filter((t) => typeof t === 'string').length).toBeGreaterThan(0);
  });
});

describe('runScoring edge cases', () => {
  it('reports no-data when no sheet has order columns, writing nothing', async () => {
    const { createSimulator } = await import('../../src/simulator');
    const sim = createSimulator({
      sheets: [
        {
          name: 'Notes',
          rows: [
            ['hello', 'world'],
            [1, 2],
          ],
        },
      ],
    });
    sim.installGlobals(globalThis);
    const outcome = await runScoring({ asOf: 20_000, score: scoreLocally });
    expect(outcome).toMatchObject({ ok: false, kind: 'no-data' });
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(['Notes']);
    expect(sim.workbook.settings.size).toBe(0);
  });

  it('an order-only workbook gets a Tiers Customers sheet, stable over re-runs', async () => {
    const book = sampleBook({ customers: 10, orders: 120, orderOnly: true });
    const summary = expectOk(await run(book));
    expect(summary.customerSheet).toBe('Tiers Customers');
    const values = sheetValues(book, 'Tiers Customers');
    expect(values[0]!.slice(0, 3)).toEqual(['Customer id', 'Name', 'Tiers score']);
    expect(values).toHaveLength(summary.customers + 1);
    const state = workbookState(book);
    expectOk(await run(book));
    expectOk(await run(book));
    expect(workbookState(book)).toEqual(state);
  });
});
