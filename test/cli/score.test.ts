/**
 * `tiers score` end to end, through bin/tiers.js: the JSON against the engine called directly,
 * what survives of the user's workbook, re-runs, order-only workbooks and bad input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import type { CellValue, Grid } from '../../src/domain/model';
import { scoreCustomers } from '../../src/domain/score';
import { generateSampleWorkbook } from '../../src/sample';
import { DASHBOARD_SHEET, PLAN_SHEET, PRODUCTS_SHEET, SNAPSHOT_SHEET } from '../../src/output/sheets';
import { ownedHeaders } from '../../src/output/ownedColumns';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';
const SAMPLE = { customers: 60, orders: 1500, seed: 7 };

interface JsonCustomer {
  id: string;
  name: string | null;
  orders: number;
  sales: number;
  profit: number | null;
  score: number | null;
  tier: string | null;
  abc: string;
  rfm: { recencyDays: number | null; r: number | null; f: number | null; m: number | null; segment: string | null };
  clv: number | null;
  paymentDays: number | null;
  shippingDays: number | null;
  tierChange: string | null;
}
interface JsonReport {
  customers: JsonCustomer[];
  warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[];
}

const readJson = (path: string): JsonReport => JSON.parse(readFileSync(path, 'utf8')) as JsonReport;

/** Sample grids as the file holds them: exceljs writes no cell for "". */
const asStored = (grid: Grid): Grid => grid.map((row) => row.map((v) => (v === '' ? null : v)));

function engineDirect(config: ScoringConfig) {
  const sample = generateSampleWorkbook(SAMPLE);
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: asStored(sample.orders) }, customers: { sheet: 'Customers', grid: asStored(sample.customers) } });
  return scoreCustomers({ customers: analysis.customers, orders: analysis.orders, config: { ...config, asOf: AS_OF }, asOf: dayFromIso(AS_OF) });
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function headerRow(ws: ExcelJS.Worksheet): string[] {
  const values = ws.getRow(1).values as CellValue[];
  return values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
}

describe('tiers score on a sample workbook the user has edited', () => {
  const dir = tempDir('score');
  afterAll(() => removeTempDir(dir));
  const sample = join(dir, 'sample.xlsx');
  const edited = join(dir, 'edited.xlsx');
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'out.json');

  beforeAll(async () => {
    expectExit(runTiers(['sample', '--customers', String(SAMPLE.customers), '--orders', String(SAMPLE.orders), '--seed', String(SAMPLE.seed), '--out', sample, '-q']), 0);
    const wb = await loadWorkbook(sample);
    const notes = wb.addWorksheet('Notes');
    notes.getCell('A1').value = 'Quarter target';
    notes.getCell('B1').value = 125000.5;
    notes.getCell('B1').numFmt = '#,##0.00';
    notes.getCell('B1').font = { bold: true, color: { argb: 'FFC00000' } };
    notes.getCell('B2').value = { formula: 'B1*4', result: 500002 };
    notes.mergeCells('A4:C4');
    notes.getCell('A4').value = 'Merged note';
    notes.getColumn(1).width = 31;
    wb.getWorksheet('Customers')!.getCell('A1').font = { italic: true };
    await wb.xlsx.writeFile(edited);
    expectExit(runTiers(['score', edited, '--out', out, '--json', json, '--as-of', AS_OF]), 0);
  });

  it('reports in JSON exactly what the engine gives when called directly', () => {
    const report = readJson(json);
    const direct = engineDirect(defaultScoringConfig());
    expect(report.customers).toHaveLength(direct.customers.length);
    const byId = new Map(report.customers.map((c) => [c.id, c]));
    for (const d of direct.customers) {
      const c = byId.get(d.customerId)!;
      expect(c).toBeDefined();
      expect(c.orders).toBe(d.orders);
      expect(c.sales).toBeCloseTo(d.sales, 6);
      expect(c.score).toBe(d.score);
      expect(c.tier).toBe(d.tier);
      expect(c.abc).toBe(d.abc);
      expect(c.rfm.segment).toBe(d.rfm?.segment ?? null);
      expect(c.rfm.recencyDays).toBe(d.rfm?.recencyDays ?? null);
      // On the profit basis a customer whose orders state no profit has no historical CLV (docs/clv.md): null in JSON.
      if (Number.isNaN(d.clv)) expect(c.clv).toBeNull();
      else expect(c.clv).toBeCloseTo(d.clv, 6);
      expect(c.paymentDays).toBe(d.payment.meanDays);
      expect(c.shippingDays).toBe(d.shippingDays);
    }
    const withOrders = report.customers.filter((c) => c.orders > 0);
    expect(withOrders.length).toBeGreaterThan(40);
    expect(new Set(report.customers.map((c) => c.tier)).size).toBeGreaterThan(3);
  });

  it('lists every warning with its sheet, row and column', () => {
    const cellWarnings = readJson(json).warnings.filter((w) => w.sheet !== null);
    expect(cellWarnings.length).toBeGreaterThan(0);
    for (const w of cellWarnings) {
      expect(typeof w.row).toBe('number');
      expect(w.message.length).toBeGreaterThan(0);
    }
  });

  it('keeps the user sheets, values, formulas and formats and adds the owned columns beside the data', async () => {
    const [before, after] = await Promise.all([loadWorkbook(edited), loadWorkbook(out)]);
    expect(after.worksheets.map((w) => w.name)).toEqual(['Customers', 'Orders', 'Notes', DASHBOARD_SHEET, SNAPSHOT_SHEET, PRODUCTS_SHEET, PLAN_SHEET]);
    const notes = after.getWorksheet('Notes')!;
    expect(notes.getCell('B1').value).toBe(125000.5);
    expect(notes.getCell('B1').numFmt).toBe('#,##0.00');
    expect(notes.getCell('B1').font?.bold).toBe(true);
    expect(notes.getCell('B2').value).toEqual({ formula: 'B1*4', result: 500002 });
    expect(notes.getCell('C4').isMerged).toBe(true);
    expect(notes.getColumn(1).width).toBe(31);
    const customersBefore = before.getWorksheet('Customers')!;
    const customers = after.getWorksheet('Customers')!;
    expect(customers.getCell('A1').font?.italic).toBe(true);
    const width = headerRow(customersBefore).length;
    expect(headerRow(customers)).toEqual([...headerRow(customersBefore), ...ownedHeaders('profit')]);
    for (let r = 1; r <= customersBefore.rowCount; r++) {
      for (let c = 1; c <= width; c++) expect(customers.getCell(r, c).value).toEqual(customersBefore.getCell(r, c).value);
    }
    expect(after.getWorksheet('Orders')!.rowCount).toBe(before.getWorksheet('Orders')!.rowCount);

    const report = readJson(json);
    const first = report.customers.find((c) => c.orders > 0)!;
    const row = customers.getColumn(1).values.findIndex((v) => v === first.id);
    expect(customers.getCell(row, width + 2).value).toBe(first.tier);
    expect(customers.getCell(row, width + 1).value).toBeCloseTo(first.score!, 1);
  });

  it('copies every part it does not own byte for byte', async () => {
    const [before, after] = await Promise.all([JSZip.loadAsync(readFileSync(edited)), JSZip.loadAsync(readFileSync(out))]);
    const edited_ = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    for (const name of Object.keys(before.files).filter((n) => !before.files[n]!.dir && !edited_.has(n))) {
      const same = (await after.file(name)?.async('nodebuffer'))?.equals(await before.file(name)!.async('nodebuffer'));
      expect([name, same]).toEqual([name, true]);
    }
  });

  it('re-scoring its own output replaces the owned columns and dashboard instead of adding more', async () => {
    const again = join(dir, 'again.xlsx');
    const againJson = join(dir, 'again.json');
    expectExit(runTiers(['score', out, '--out', again, '--json', againJson, '--as-of', AS_OF, '-q']), 0);
    const wb = await loadWorkbook(again);
    // The plan table is merged in place (a manager's sheet); the others are replaced.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Customers', 'Orders', 'Notes', PLAN_SHEET, DASHBOARD_SHEET, SNAPSHOT_SHEET, PRODUCTS_SHEET]);
    const headers = headerRow(wb.getWorksheet('Customers')!);
    for (const h of ownedHeaders('profit')) expect(headers.filter((x) => x === h)).toHaveLength(1);
    const zip = await JSZip.loadAsync(readFileSync(again));
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(6);
    expect(Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
    const first = readJson(json).customers;
    const second = readJson(againJson).customers;
    expect(second.map((c) => [c.id, c.score, c.tier])).toEqual(first.map((c) => [c.id, c.score, c.tier]));
    // The same as-of date replaces that date's snapshot rather than comparing with itself (as in the add-in).
    expect(new Set(second.map((c) => c.tierChange))).toEqual(new Set([null]));
    expect(wb.getWorksheet(SNAPSHOT_SHEET)!.rowCount).toBe(first.length + 1);
  });

  it('honours --config (the pane configuration) and --rfm', () => {
    const config: ScoringConfig = { ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [80, 70, 60, 50, 40] }, abc: { basis: 'profit', cutA: 0.6, cutB: 0.9 } };
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify(config));
    const configured = join(dir, 'configured.json');
    expectExit(runTiers(['score', edited, '--out', join(dir, 'configured.xlsx'), '--json', configured, '--config', configPath, '--rfm', 'quintile', '--as-of', AS_OF, '-q']), 0);
    const direct = engineDirect({ ...config, rfm: { mode: 'quintile' } });
    const report = new Map(readJson(configured).customers.map((c) => [c.id, c]));
    for (const d of direct.customers) {
      const c = report.get(d.customerId)!;
      expect([c.tier, c.abc, c.rfm.r, c.rfm.f, c.rfm.m]).toEqual([d.tier, d.abc, d.rfm?.r ?? null, d.rfm?.f ?? null, d.rfm?.m ?? null]);
    }
    const defaults = new Map(readJson(json).customers.map((c) => [c.id, c]));
    expect(direct.customers.some((d) => defaults.get(d.customerId)!.abc !== d.abc)).toBe(true);
  });
});
