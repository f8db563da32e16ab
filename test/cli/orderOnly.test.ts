/** An order sheet alone (the R rfm package's example orders): derived customers, RFM as the package gives it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET, PRODUCTS_SHEET, SNAPSHOT_SHEET } from '../../src/output/sheets';
import { DERIVED_CUSTOMER_HEADERS, ownedHeaders } from '../../src/output/ownedColumns';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';
import { rfmCsv } from '../fixtures/rfm/rfmCsv';

describe('tiers score on an order-only workbook', () => {
  const dir = tempDir('orders');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'rfm-orders.xlsx');
  const out = join(dir, 'out.xlsx');
  const json = join(dir, 'out.json');

  beforeAll(async () => {
    const [header, ...rows] = rfmCsv('rfm_data_orders.csv');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(header!);
    for (const r of rows) ws.addRow([r[0], new Date(`${r[1]}T00:00:00Z`), Number(r[2]), r[3], r[4], r[5]]);
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    await wb.xlsx.writeFile(input);
    expectExit(runTiers(['score', input, '--out', out, '--json', json, '--as-of', '2006-12-31', '-q']), 0);
  });

  it("gives every customer the R package's recency, frequency, monetary and segment", () => {
    const expected = rfmCsv('rfm_data_orders_expected.csv').slice(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { customers: { id: string; orders: number; sales: number; rfm: { recencyDays: number; segment: string } }[] };
    expect(report.customers).toHaveLength(expected.length);
    const byId = new Map(report.customers.map((c) => [c.id, c]));
    for (const [id, recency, count, amount, , , , segment] of expected) {
      const c = byId.get(id!)!;
      expect([id, c.rfm.recencyDays, c.orders, c.sales, c.rfm.segment]).toEqual([id, Number(recency), Number(count), Number(amount), segment]);
    }
  });

  it('writes the scored customers on a sheet of their own, beside the untouched orders', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Orders', DERIVED_CUSTOMERS_SHEET, DASHBOARD_SHEET, SNAPSHOT_SHEET, PRODUCTS_SHEET]);
    const customers = wb.getWorksheet(DERIVED_CUSTOMERS_SHEET)!;
    expect((customers.getRow(1).values as unknown[]).slice(1)).toEqual([...DERIVED_CUSTOMER_HEADERS, ...ownedHeaders('sales')]);
    expect(customers.rowCount).toBe(996);
    expect(wb.getWorksheet('Orders')!.rowCount).toBe(4907);
  });

  it('re-scoring keeps one customer sheet and one dashboard', async () => {
    const again = join(dir, 'again.xlsx');
    expectExit(runTiers(['score', out, '--out', again, '--as-of', '2006-12-31', '-q']), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Orders', DERIVED_CUSTOMERS_SHEET, DASHBOARD_SHEET, SNAPSHOT_SHEET, PRODUCTS_SHEET]);
    const sheet = wb.getWorksheet(DERIVED_CUSTOMERS_SHEET)!;
    const tierChangeColumn = (sheet.getRow(1).values as unknown[]).indexOf('Tiers tier change');
    expect(tierChangeColumn).toBeGreaterThan(0);
    // The same as-of date replaces that date's snapshot rows instead of comparing with itself.
    expect(wb.getWorksheet(SNAPSHOT_SHEET)!.rowCount).toBe(996);
    expect((sheet.getColumn(tierChangeColumn).values as unknown[]).slice(2).every((v) => v === null || v === undefined)).toBe(true);
  });

  it('re-scoring at a later date moves tiers against the stored snapshot', async () => {
    const later = join(dir, 'later.xlsx');
    expectExit(runTiers(['score', out, '--out', later, '--as-of', '2007-03-31', '-q']), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(later);
    const snapshot = wb.getWorksheet(SNAPSHOT_SHEET)!;
    expect(new Set((snapshot.getColumn(2).values as unknown[]).slice(2))).toEqual(new Set(['2006-12-31', '2007-03-31']));
    const sheet = wb.getWorksheet(DERIVED_CUSTOMERS_SHEET)!;
    const tierChanges = (sheet.getColumn((sheet.getRow(1).values as unknown[]).indexOf('Tiers tier change')).values as unknown[]).slice(2);
    expect(tierChanges.filter((v) => v !== null && v !== undefined).length).toBeGreaterThan(0);
    for (const v of tierChanges) if (v !== null && v !== undefined) expect(['up', 'down', 'same', 'new']).toContain(v);
  });
});
