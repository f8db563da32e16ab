/**
 * Predictive lifetime value through `tiers score`: the CDNOW sample as an order-only workbook gives
 * the published BG/NBD parameters; the JSON and the owned columns carry what the domain gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../src/domain/analyse';
import { fitPredictiveClv, type PredictiveClvResult } from '../../src/domain/clv/predictive/predictive';
import type { PeriodUnit } from '../../src/domain/clv/predictive/periods';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import type { Grid } from '../../src/domain/model';
import { generateSampleWorkbook } from '../../src/sample';
import { DERIVED_CUSTOMERS_SHEET } from '../../src/output/sheets';
import { DERIVED_CUSTOMER_HEADERS, ownedHeaders } from '../../src/output/ownedColumns';
import { cdnowOrders } from '../domain/clv/predictive/cdnowFixtures';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

interface PredictiveJson {
  model: { bgnbd: { r: number; alpha: number; a: number; b: number; logLik: number; converged: boolean } | null; gammaGamma: { p: number; q: number; v: number } | null } | null;
  customers: { id: string; pAlive: number | null; expectedPurchases: number | null; predictedClv: number | null; likelyChurning: boolean | null }[];
}

const readJson = (path: string): PredictiveJson => JSON.parse(readFileSync(path, 'utf8')) as PredictiveJson;

/** Every customer of the fit appears in the report with the fit's figures. */
function expectReportMatches(report: PredictiveJson, fit: PredictiveClvResult): void {
  const byId = new Map(report.customers.map((c) => [c.id, c]));
  expect(fit.customers.size).toBeGreaterThan(10);
  for (const [id, p] of fit.customers) {
    const c = byId.get(id);
    expect(c).toBeDefined();
    expect(c!.pAlive).toBeCloseTo(p.pAlive, 9);
    expect(c!.expectedPurchases).toBeCloseTo(p.expectedPurchases, 9);
    expect(c!.predictedClv).toBeCloseTo(p.predictedClv, 9);
    expect(c!.likelyChurning).toBe(p.likelyChurning);
  }
  const { bgnbd } = fit.model;
  expect(report.model?.bgnbd).toEqual({ r: bgnbd!.r, alpha: bgnbd!.alpha, a: bgnbd!.a, b: bgnbd!.b, logLik: bgnbd!.logLik, converged: bgnbd!.converged });
}

describe('tiers score on the CDNOW sample (orders only, weeks, calibration to 1997-09-30)', () => {
  const dir = tempDir('cdnow');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'cdnow.xlsx');
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'out.json');
  const asOf = '1997-09-30';

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(['Customer ID', 'Order date', 'Amount']);
    const lines = readFileSync(join(__dirname, '../fixtures/clv/CDNOW_sample.txt'), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    for (const line of lines) {
      const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
      ws.addRow([id, new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`), Number(dollars)]);
    }
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    await wb.xlsx.writeFile(input);
    expectExit(runTiers(['score', input, '--out', out, '--json', json, '--as-of', asOf, '--period', 'week', '-q']), 0);
  });

  it('fits the published BG/NBD parameters (Fader, Hardie and Lee 2005) within 1%', () => {
    const bgnbd = readJson(json).model?.bgnbd;
    const published = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
    for (const [key, value] of Object.entries(published)) {
      const got = bgnbd?.[key as keyof typeof published];
      expect([key, Math.abs((got as number) / value - 1) < 0.01]).toEqual([key, true]);
    }
    expect(bgnbd?.converged).toBe(true);
    expect(bgnbd?.logLik).toBeCloseTo(-9582.4, 0);
    expect(readJson(json).model?.gammaGamma).toEqual({ p: expect.any(Number), q: expect.any(Number), v: expect.any(Number) });
  });

  it('reports every customer as the domain fit on the same orders gives it', () => {
    const report = readJson(json);
    expect(report.customers).toHaveLength(2357);
    expectReportMatches(report, fitPredictiveClv(cdnowOrders(), { asOf: dayFromIso(asOf), ...defaultScoringConfig().predictive }));
  });

  it('writes the four predictive columns on the derived customer sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet(DERIVED_CUSTOMERS_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (h: string) => header.indexOf(h) + 1;
    expect(header).toEqual([...DERIVED_CUSTOMER_HEADERS, ...ownedHeaders('sales')]);
    const byId = new Map(readJson(json).customers.map((c) => [c.id, c]));
    let churning = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const c = byId.get(String(sheet.getCell(r, 1).value))!;
      expect(sheet.getCell(r, column('Tiers P(alive)')).value).toBeCloseTo(c.pAlive!, 4);
      expect(sheet.getCell(r, column('Tiers predicted CLV (sales)')).value).toBeCloseTo(c.predictedClv!, 2);
      expect(sheet.getCell(r, column('Tiers expected purchases')).value).toBeCloseTo(c.expectedPurchases!, 2);
      expect(sheet.getCell(r, column('Tiers likely churning')).value).toBe(c.likelyChurning);
      if (c.likelyChurning) churning++;
    }
    expect(churning).toBeGreaterThan(0);
    expect(churning).toBeLessThan(sheet.rowCount - 1);
  });

  it('re-scoring its output keeps one set of predictive columns', async () => {
    const again = join(dir, 'again.xlsx');
    expectExit(runTiers(['score', out, '--out', again, '--as-of', asOf, '-q']), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    const header = (wb.getWorksheet(DERIVED_CUSTOMERS_SHEET)!.getRow(1).values as unknown[]).slice(1);
    for (const h of ownedHeaders('sales')) expect(header.filter((x) => x === h)).toHaveLength(1);
  });
});

describe('tiers score --period', () => {
  const dir = tempDir('period');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'sample.xlsx');
  const SAMPLE = { customers: 40, orders: 800, seed: 11 };
  const AS_OF = '2026-01-01';

  beforeAll(() => {
    expectExit(runTiers(['sample', '--customers', String(SAMPLE.customers), '--orders', String(SAMPLE.orders), '--seed', String(SAMPLE.seed), '--out', input, '-q']), 0);
  });

  function domainFit(period: PeriodUnit, predictive: Partial<ScoringConfig['predictive']> = {}): PredictiveClvResult {
    const sample = generateSampleWorkbook(SAMPLE);
    // As the file holds them: exceljs writes no cell for "".
    const stored = (grid: Grid): Grid => grid.map((row) => row.map((v) => (v === '' ? null : v)));
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: stored(sample.orders) }, customers: { sheet: 'Customers', grid: stored(sample.customers) } });
    // The sample's orders state a profit: the fit is on profit, the historical CLV's basis (docs/clv.md).
    return fitPredictiveClv(analysis.orders, { asOf: dayFromIso(AS_OF), ...defaultScoringConfig().predictive, ...predictive, period, value: 'profit' });
  }

  it.each(['month', 'day'] as const)('accepts --period %s and fits in that unit', (period) => {
    const json = join(dir, `${period}.json`);
    expectExit(runTiers(['score', input, '--out', join(dir, `${period}.xlsx`), '--json', json, '--as-of', AS_OF, '--period', period, '-q']), 0);
    expectReportMatches(readJson(json), domainFit(period));
  });

  it('re-scoring an output with fewer owned columns never overwrites a user column added after them', async () => {
    const first = join(dir, 'first.xlsx');
    expectExit(runTiers(['score', input, '--out', first, '--as-of', AS_OF, '-q']), 0);
    // As an older version left it: no predictive columns, and the user's own column right after ours.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const sheet = wb.getWorksheet('Customers')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const predictive = ownedHeaders('profit')
      .slice(-4)
      .map((h) => header.indexOf(h) + 1);
    for (let r = 1; r <= sheet.rowCount; r++) for (const c of predictive) sheet.getCell(r, c).value = null;
    const notes = predictive[0]!;
    for (let r = 1; r <= sheet.rowCount; r++) sheet.getCell(r, notes).value = r === 1 ? 'My notes' : `note ${r}`;
    const older = join(dir, 'older.xlsx');
    await wb.xlsx.writeFile(older);

    const again = join(dir, 'again.xlsx');
    expectExit(runTiers(['score', older, '--out', again, '--as-of', AS_OF, '-q']), 0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(again);
    const customers = after.getWorksheet('Customers')!;
    const headers = (customers.getRow(1).values as unknown[]).slice(1);
    for (const h of ownedHeaders('profit')) expect([h, headers.filter((x) => x === h).length]).toEqual([h, 1]);
    const notesAfter = headers.indexOf('My notes') + 1;
    expect(notesAfter).toBe(notes);
    for (let r = 2; r <= sheet.rowCount; r++) expect(customers.getCell(r, notesAfter).value).toBe(`note ${r}`);
    expect(headers.indexOf('Tiers score') + 1).toBeGreaterThan(notesAfter);
  });

  it("honours the configuration's predictive section; --period overrides its unit; switched off, the model is null", () => {
    const predictive = { ...defaultScoringConfig().predictive, period: 'day' as const, horizonMonths: 6, monthlyDiscountRate: 0.02, churnThreshold: 0.8 };
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify({ ...defaultScoringConfig(), predictive }));
    const json = join(dir, 'configured.json');
    expectExit(runTiers(['score', input, '--out', join(dir, 'configured.xlsx'), '--json', json, '--config', configPath, '--as-of', AS_OF, '--period', 'month', '-q']), 0);
    expectReportMatches(readJson(json), domainFit('month', predictive));

    writeFileSync(configPath, JSON.stringify({ ...defaultScoringConfig(), predictive: { ...predictive, enabled: false } }));
    const off = join(dir, 'off.json');
    expectExit(runTiers(['score', input, '--out', join(dir, 'off.xlsx'), '--json', off, '--config', configPath, '--as-of', AS_OF, '-q']), 0);
    const report = readJson(off);
    expect(report.model).toBeNull();
    expect(report.customers.length).toBeGreaterThan(10);
    expect(report.customers.every((c) => c.pAlive === null && c.predictedClv === null && c.likelyChurning === null)).toBe(true);
  });

  it('refuses another unit with exit code 2', () => {
    const result = runTiers(['score', input, '--out', join(dir, 'bad.xlsx'), '--period', 'fortnight', '-q']);
    expectExit(result, 2);
    expect(result.stderr).toMatch(/--period must be week, month or day/);
  });
});
