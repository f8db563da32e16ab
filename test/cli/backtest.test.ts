/**
 * `tiers score --backtest` on the CDNOW sample as an order-only workbook: the model check in the
 * JSON and on the owned "Tiers Model Check" sheet, with its native line chart. The figures
 * themselves are held to published parameters and an independent computation in
 * test/domain/clv/predictive/backtest.test.ts; here the CLI must carry what the domain gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { backtest } from '../../src/domain/clv/predictive/backtest';
import { dayFromIso } from '../../src/domain/dates';
import { MODEL_CHECK_SHEET, modelCheckLayout } from '../../src/output/modelCheck';
import { cdnowOrders } from '../domain/clv/predictive/cdnowFixtures';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

interface CheckJson {
  ok: boolean;
  message?: string;
  calibration: { from: string; to: string };
  holdout: { from: string; to: string };
  split: string;
  customers: number;
  bgnbd: { r: number; alpha: number; a: number; b: number; converged: boolean };
  total: { actual: number; predicted: number };
  byFrequency: { label: string; customers: number; actual: number; predicted: number }[];
  meanAbsoluteError: number;
  weekly: { week: number; end: string; actual: number; predicted: number }[];
}

// Each test runs bin/tiers.js on 6,919 orders, once or twice: minutes on a loaded machine.
jest.setTimeout(300_000);

const readCheck = (path: string): CheckJson => (JSON.parse(readFileSync(path, 'utf8')) as { modelCheck: CheckJson }).modelCheck;

describe('tiers score --backtest on CDNOW (orders to 1998-06-30)', () => {
  const dir = tempDir('backtest');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'cdnow.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(['Customer ID', 'Order date', 'Amount']);
    for (const o of cdnowOrders()) ws.addRow([o.customerId, new Date(o.orderDate * 86_400_000), o.amount]);
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    await wb.xlsx.writeFile(input);
    expectExit(runTiers(['score', input, '--out', join(dir, 'split.xlsx'), '--json', join(dir, 'split.json'), '--as-of', '1998-06-30', '--backtest-split', '1997-09-30', '-q']), 0);
  });

  it("--backtest-split 1997-09-30: the JSON holds the domain check of Fader, Hardie and Lee's setup", () => {
    const json = join(dir, 'split.json');
    const check = readCheck(json);
    const domain = backtest(cdnowOrders(), { calibrationEnd: dayFromIso('1997-09-30'), holdoutEnd: dayFromIso('1998-06-30') });
    if (!domain.ok) throw new Error(domain.message);
    const d = domain.backtest;
    expect(check.ok).toBe(true);
    expect([check.calibration, check.holdout, check.split]).toEqual([{ from: '1997-01-01', to: '1997-09-30' }, { from: '1997-10-01', to: '1998-06-30' }, 'configured']);
    expect(check.customers).toBe(2357);
    for (const [key, value] of Object.entries({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 })) expect([key, Math.abs(check.bgnbd[key as 'r'] / value - 1) < 0.01]).toEqual([key, true]);
    expect(check.total.actual).toBe(d.total.actual);
    expect(check.total.predicted).toBeCloseTo(d.total.predicted, 9);
    expect(check.byFrequency).toEqual(d.byFrequency);
    expect(check.meanAbsoluteError).toBeCloseTo(d.meanAbsoluteError, 12);
    expect(check.weekly).toHaveLength(39);
    expect(check.weekly[38]).toEqual({ week: 39, end: '1998-06-30', actual: d.total.actual, predicted: d.weekly[38]!.predicted });
  });

  it('writes the Tiers Model Check sheet as the output plan lays it out, with a line chart of the two cumulative series', async () => {
    const out = join(dir, 'split.xlsx');
    const domain = backtest(cdnowOrders(), { calibrationEnd: dayFromIso('1997-09-30'), holdoutEnd: dayFromIso('1998-06-30') });
    if (!domain.ok) throw new Error(domain.message);
    const layout = modelCheckLayout(domain.backtest);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet(MODEL_CHECK_SHEET)!;
    expect(sheet).toBeDefined();
    layout.rows.forEach((row, r) => row.forEach((v, c) => expect([r, c, sheet.getCell(r + 1, c + 1).value]).toEqual([r, c, v])));
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chartParts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const charts = chartParts.map((xml) => xml.replace(/&apos;/g, "'"));
    const check = charts.filter((xml) => xml.includes(`'${MODEL_CHECK_SHEET}'!`));
    expect(check).toHaveLength(1);
    expect(check[0]).toContain('<c:lineChart>');
    expect(check[0]!.match(/<c:ser>/g)).toHaveLength(2);
    const h = layout.tracking.headerRow;
    const n = domain.backtest.weekly.length;
    expect(check[0]).toContain(`'${MODEL_CHECK_SHEET}'!$B$${h + 2}:$B$${h + 1 + n}`);
    expect(check[0]).toContain(`'${MODEL_CHECK_SHEET}'!$C$${h + 2}:$C$${h + 1 + n}`);
  });

  it('--backtest alone splits at the start of the last quarter; re-running its output keeps one check sheet', async () => {
    const first = join(dir, 'default.xlsx');
    const json = join(dir, 'default.json');
    expectExit(runTiers(['score', input, '--out', first, '--json', json, '--as-of', '1998-06-30', '--backtest', '-q']), 0);
    const check = readCheck(json);
    expect(check.split).toBe('default');
    const span = dayFromIso('1998-06-30') - dayFromIso('1997-01-01');
    expect(dayFromIso(check.calibration.to)).toBe(dayFromIso('1997-01-01') + Math.floor(0.75 * span));
    const again = join(dir, 'again.xlsx');
    expectExit(runTiers(['score', first, '--out', again, '--as-of', '1998-06-30', '--backtest', '-q']), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.filter((w) => w.name === MODEL_CHECK_SHEET)).toHaveLength(1);
  });

  it('refuses a split date that is not a date, with exit code 2', () => {
    const result = runTiers(['score', input, '--out', join(dir, 'bad.xlsx'), '--backtest-split', '30/09/1997', '-q']);
    expectExit(result, 2);
    expect(result.stderr).toMatch(/--backtest-split must be a date written YYYY-MM-DD/);
  });
});
