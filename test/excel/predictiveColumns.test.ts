/** The four predictive columns: what the adapter writes equals the domain's fit on the same orders. */
import { analyseWorkbook } from '../../src/domain/analyse';
import { fitPredictiveClv, type PredictiveClvResult } from '../../src/domain/clv/predictive/predictive';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { normaliseId } from '../../src/domain/validation/textCells';
import { OWNED_COLUMNS, ownedHeader } from '../../src/output/ownedColumns';
import { generateSampleWorkbook } from '../../src/sample';
import { columnOf, expectOk, run, sampleBook, sheetValues, type Book } from './helpers';

// The sample's orders state a profit: predicted CLV is on profit, like the historical CLV (docs/clv.md).
const PREDICTIVE_HEADERS = ['Tiers P(alive)', 'Tiers predicted CLV (profit)', 'Tiers expected purchases', 'Tiers likely churning'];
const SIZE = { customers: 40, orders: 600 };

/** The same orders the sample book holds (seed 7, as sampleBook makes it), analysed by the domain. */
function sampleOrders() {
  const sample = generateSampleWorkbook({ ...SIZE, seed: 7 });
  return analyseWorkbook({ orders: { sheet: 'Orders', grid: sample.orders }, customers: { sheet: 'Customers', grid: sample.customers } }).orders;
}

function predictiveCells(book: Book, sheet: string): Map<string, unknown[]> {
  const values = sheetValues(book, sheet);
  const columns = PREDICTIVE_HEADERS.map((h) => columnOf(book, sheet, h));
  expect(columns.every((c) => c >= 0)).toBe(true);
  return new Map(values.slice(1).map((row) => [String(normaliseId(row[0] ?? '')), columns.map((c) => row[c] ?? null)]));
}

function expectMatchesFit(cells: Map<string, unknown[]>, fit: PredictiveClvResult): void {
  expect(fit.customers.size).toBeGreaterThan(10);
  for (const [id, p] of fit.customers) {
    const [pAlive, clv, purchases, churning] = cells.get(id) ?? [];
    expect(pAlive).toBeCloseTo(p.pAlive, 4);
    expect(clv).toBeCloseTo(p.predictedClv, 2);
    expect(purchases).toBeCloseTo(p.expectedPurchases, 2);
    expect(churning).toBe(p.likelyChurning);
  }
}

/** A threshold at the median P(alive), so both flag values occur and a swapped flag would show. */
function medianThreshold(fit: PredictiveClvResult): number {
  const sorted = [...fit.customers.values()].map((c) => c.pAlive).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('predictive columns', () => {
  it('are owned columns, written with their number formats', async () => {
    const book = sampleBook(SIZE);
    expectOk(await run(book));
    const sheet = book.sim.workbook.sheetByName('Customers')!;
    const formats = PREDICTIVE_HEADERS.map((h) => sheet.cells.numberFormats.get(1, columnOf(book, 'Customers', h)) ?? 'General');
    expect(formats).toEqual(PREDICTIVE_HEADERS.map((h) => OWNED_COLUMNS.find((s) => ownedHeader(s, 'profit') === h)?.numberFormat));
    expect(formats).toEqual(['0.0%', '#,##0.00', '0.00', 'General']);
  });

  it('hold P(alive), predicted CLV, expected purchases and the churn flag of fitPredictiveClv on the same orders', async () => {
    const orders = sampleOrders();
    const book = sampleBook(SIZE);
    const base = defaultScoringConfig();
    const probe = fitPredictiveClv(orders, { asOf: book.asOf, value: 'profit', ...base.predictive });
    const config: ScoringConfig = { ...base, predictive: { ...base.predictive, period: 'month', horizonMonths: 6, churnThreshold: medianThreshold(probe) } };
    const summary = expectOk(await run(book, { config }));
    const fit = fitPredictiveClv(orders, { asOf: book.asOf, value: 'profit', ...config.predictive });
    const cells = predictiveCells(book, 'Customers');
    expectMatchesFit(cells, fit);
    const flags = [...fit.customers.values()].map((c) => c.likelyChurning);
    expect(flags).toContain(true);
    expect(flags).toContain(false);
    expect(summary.customers).toBeGreaterThanOrEqual(fit.customers.size);
    // The configured unit and horizon are used: the default settings give other expected purchases.
    const defaults = fitPredictiveClv(orders, { asOf: book.asOf, value: 'profit', ...base.predictive });
    const [someId] = [...fit.customers.keys()].filter((id) => Math.abs(fit.customers.get(id)!.expectedPurchases - defaults.customers.get(id)!.expectedPurchases) > 0.01);
    expect(someId).toBeDefined();
  });

  it('are written once and the same on re-runs', async () => {
    const book = sampleBook(SIZE);
    expectOk(await run(book));
    const first = predictiveCells(book, 'Customers');
    expectOk(await run(book));
    expectOk(await run(book));
    const header = sheetValues(book, 'Customers')[0]!;
    for (const h of PREDICTIVE_HEADERS) expect(header.filter((x) => x === h)).toHaveLength(1);
    expect(predictiveCells(book, 'Customers')).toEqual(first);
    expectMatchesFit(first, fitPredictiveClv(sampleOrders(), { asOf: book.asOf, value: 'profit', ...defaultScoringConfig().predictive }));
  });

  it('go on the Tiers Customers sheet of an order-only workbook', async () => {
    const book = sampleBook({ ...SIZE, orderOnly: true });
    expectOk(await run(book));
    expectMatchesFit(predictiveCells(book, 'Tiers Customers'), fitPredictiveClv(sampleOrders(), { asOf: book.asOf, value: 'profit', ...defaultScoringConfig().predictive }));
  });

  it('are emptied when the fit is switched off', async () => {
    const book = sampleBook(SIZE);
    expectOk(await run(book));
    const base = defaultScoringConfig();
    expectOk(await run(book, { config: { ...base, predictive: { ...base.predictive, enabled: false } } }));
    const cells = predictiveCells(book, 'Customers');
    expect(cells.size).toBeGreaterThan(10);
    for (const row of cells.values()) expect(row).toEqual([null, null, null, null]);
  });
});
