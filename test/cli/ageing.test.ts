/**
 * `tiers score` and finance (docs/scoring.md section 5), through bin/tiers.js: the amount owed per
 * ageing bucket in the JSON report, in one owned column per bucket and in the dashboard's ageing
 * chart (amounts, checked against the Orders sheet aged by hand here); payments made before their
 * documents flagged, never averaged in as negative days; a workbook written by the previous
 * version (no bucket columns) re-scored without a duplicated or orphaned column.
 */
import { PREVIOUS_HEADERS } from '../fixtures/previousOwnedHeaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AGEING_BUCKETS, AGEING_NAMES, type AgeingBucket } from '../../src/domain/finance/ageing';
import { dayFromIso } from '../../src/domain/dates';
import type { CellValue } from '../../src/domain/model';
import { ownedHeaders } from '../../src/output/ownedColumns';
import { DASHBOARD_SHEET } from '../../src/output/sheets';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';
type Buckets = Record<AgeingBucket, number>;
const none = (): Buckets => ({ notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 });

interface JsonCustomer {
  id: string;
  paymentDays: number | null;
  paidBeforeDocuments: number;
  arrears: number | null;
  ageing: Buckets | null;
  ageingBucket: string | null;
}
interface JsonReport {
  customers: JsonCustomer[];
  warnings: { message: string }[];
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number): CellValue[] => (ws.getRow(r).values as CellValue[]).slice(1).map((v) => (v === undefined ? null : v));

/** Per customer and bucket, the arrears of the Orders sheet aged here: due = (documents, else order date) + credit days. */
function agedByHand(orders: ExcelJS.Worksheet): Map<string, Buckets> {
  const head = rowValues(orders, 1);
  const [customer, ordered, credit, docs, arrears] = ['Customer ID', 'Order date', 'Credit days', 'Documents received', 'Arrears'].map((h) => head.indexOf(h) + 1);
  const asOf = dayFromIso(AS_OF);
  const day = (v: unknown): number => (v instanceof Date ? Math.round(v.getTime() / 86_400_000) : NaN);
  const out = new Map<string, Buckets>();
  for (let r = 2; r <= orders.rowCount; r++) {
    const row = orders.getRow(r);
    const owed = Number(row.getCell(arrears!).value ?? 0);
    if (!owed) continue;
    const documents = day(row.getCell(docs!).value);
    const due = (Number.isNaN(documents) ? day(row.getCell(ordered!).value) : documents) + Number(row.getCell(credit!).value ?? 0);
    const age = asOf - due;
    const bucket: AgeingBucket = age <= 0 ? 'notDue' : age <= 30 ? 'b1_30' : age <= 60 ? 'b31_60' : age <= 90 ? 'b61_90' : 'b90plus';
    const id = String(row.getCell(customer!).value);
    const sums = out.get(id) ?? none();
    sums[bucket] += owed;
    out.set(id, sums);
  }
  return out;
}

describe('tiers score: what finance reads', () => {
  const dir = tempDir('ageing');
  afterAll(() => removeTempDir(dir));
  const sample = join(dir, 'sample.xlsx');
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'out.json');
  let report: JsonReport;
  let byHand: Map<string, Buckets>;

  beforeAll(async () => {
    expectExit(runTiers(['sample', '--customers', '60', '--orders', '1500', '--seed', '11', '--out', sample, '-q']), 0);
    expectExit(runTiers(['score', sample, '--out', out, '--json', json, '--as-of', AS_OF, '-q']), 0);
    report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    byHand = agedByHand((await load(sample)).getWorksheet('Orders')!);
  }, 120_000);

  it('reports the amount per bucket, not yet due apart from 1-30 days overdue, as the Orders sheet gives it', () => {
    let notDue = 0;
    let overdue = 0;
    for (const c of report.customers) {
      const expected = byHand.get(c.id) ?? none();
      expect(Object.keys(c.ageing!)).toEqual([...AGEING_BUCKETS]);
      for (const b of AGEING_BUCKETS) expect([c.id, b, c.ageing![b]]).toEqual([c.id, b, expect.closeTo(expected[b], 2)]);
      notDue += expected.notDue;
      overdue += expected.b1_30;
    }
    expect(notDue).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
  });

  it('writes one owned column per bucket, headed "Tiers " + the bucket name, holding the same amounts', async () => {
    const ws = (await load(out)).getWorksheet('Customers')!;
    const headers = rowValues(ws, 1);
    const columns = AGEING_BUCKETS.map((b) => headers.indexOf(`Tiers ${AGEING_NAMES.en[b]}`) + 1);
    expect(columns.every((c) => c > 0)).toBe(true);
    const byId = new Map(report.customers.map((c) => [c.id, c]));
    for (let r = 2; r <= ws.rowCount; r++) {
      const c = byId.get(String(ws.getRow(r).getCell(1).value));
      if (!c) continue;
      AGEING_BUCKETS.forEach((b, k) => expect(ws.getRow(r).getCell(columns[k]!).value).toBeCloseTo(c.ageing![b], 2));
    }
  });

  it('charts the ageing in amounts: the dashboard block and the chart cache hold the sums per bucket', async () => {
    const totals = none();
    for (const sums of byHand.values()) for (const b of AGEING_BUCKETS) totals[b] += sums[b];
    const ws = (await load(out)).getWorksheet(DASHBOARD_SHEET)!;
    const block: CellValue[][] = [];
    for (let r = 1; r <= AGEING_BUCKETS.length + 1; r++) block.push([ws.getRow(r).getCell(16).value as CellValue, ws.getRow(r).getCell(17).value as CellValue]);
    expect(block[0]).toEqual(['Age', 'Outstanding']);
    expect(block.slice(1).map((r) => r[0])).toEqual(AGEING_BUCKETS.map((b) => AGEING_NAMES.en[b]));
    AGEING_BUCKETS.forEach((b, k) => expect(block[k + 1]![1]).toBeCloseTo(totals[b], 1));
    // The native chart over the block caches the same amounts (clients draw it without recalculating).
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const ageing = charts.find((xml) => xml.includes('Outstanding by age'))!;
    expect(ageing).toBeDefined();
    const cached = [...ageing.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
    AGEING_BUCKETS.forEach((b, k) => expect(cached[k]).toBeCloseTo(totals[b], 1));
    for (const b of AGEING_BUCKETS) expect(ageing).toContain(AGEING_NAMES.en[b]);
  });

  it('flags payments made before their documents instead of averaging them in as negative days', () => {
    expect(report.customers.filter((c) => c.paymentDays !== null && c.paymentDays < 0)).toEqual([]);
    const early = report.customers.reduce((k, c) => k + c.paidBeforeDocuments, 0);
    expect(early).toBeGreaterThan(0);
    expect(report.warnings.map((w) => w.message)).toContain(
      `${early} order(s) were paid before their documents were received (prepayment, or a date entered wrongly): left out of payment days and the on-time share.`,
    );
  });

  it('re-scores a workbook written by the previous version (no bucket columns) without a duplicated or orphaned column', async () => {
    const wb = await load(sample);
    const ws = wb.getWorksheet('Customers')!;
    const userWidth = rowValues(ws, 1).length;
    // The previous version's owned block, as it wrote it beside the data.
    PREVIOUS_HEADERS.forEach((h, k) => (ws.getRow(1).getCell(userWidth + 1 + k).value = h));
    const ageingColumn = userWidth + 1 + PREVIOUS_HEADERS.indexOf('Tiers ageing');
    for (let r = 2; r <= ws.rowCount; r++) {
      ws.getRow(r).getCell(userWidth + 1).value = 50;
      ws.getRow(r).getCell(ageingColumn).value = '0-30 days';
    }
    const previous = join(dir, 'previous.xlsx');
    const again = join(dir, 'again.xlsx');
    await wb.xlsx.writeFile(previous);
    expectExit(runTiers(['score', previous, '--out', again, '--as-of', AS_OF, '-q']), 0);
    const after = (await load(again)).getWorksheet('Customers')!;
    const headers = rowValues(after, 1);
    expect(headers.slice(0, userWidth)).toEqual(rowValues(ws, 1).slice(0, userWidth));
    expect(headers.slice(userWidth)).toEqual(ownedHeaders('profit'));
    for (let r = 1; r <= after.rowCount; r++) expect(rowValues(after, r)).not.toContain('0-30 days');
  });
});
