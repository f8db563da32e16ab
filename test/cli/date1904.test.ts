/**
 * A workbook in Excel's 1904 date system (docs/cli.md): exceljs writes the R rfm package's example
 * orders with `date1904`, so every order date is stored 1,462 lower than in a 1900 workbook. The
 * recency the package publishes must come out unchanged; read as 1900 serials it would be four
 * years longer for every customer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';
import { rfmCsv } from '../fixtures/rfm/rfmCsv';

describe('tiers score on a workbook in the 1904 date system', () => {
  const dir = tempDir('date1904');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'orders-1904.xlsx');
  const json = join(dir, 'out.json');

  beforeAll(async () => {
    const [header, ...rows] = rfmCsv('rfm_data_orders.csv');
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Orders');
    ws.addRow(header!);
    for (const r of rows) ws.addRow([r[0], new Date(`${r[1]}T00:00:00Z`), Number(r[2]), r[3], r[4], r[5]]);
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    await wb.xlsx.writeFile(input);
    expectExit(runTiers(['score', input, '--out', join(dir, 'out.xlsx'), '--json', json, '--as-of', '2006-12-31', '-q']), 0);
  });

  it('the input really is a 1904 workbook, its first order stored as a 1904 serial', async () => {
    const zip = await JSZip.loadAsync(readFileSync(input));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/date1904="1"/);
    // 2004-12-20 (the first order date of the file) is 38341 in the 1900 system, 36879 in the 1904 one.
    const first = rfmCsv('rfm_data_orders.csv')[1]![1];
    expect(first).toBe('2004-12-20');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<c r="B2"[^>]*><v>36879<\/v>/);
  });

  it("gives every customer the R package's recency", () => {
    const expected = rfmCsv('rfm_data_orders_expected.csv').slice(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { customers: { id: string; rfm: { recencyDays: number } }[] };
    const byId = new Map(report.customers.map((c) => [c.id, c]));
    expect(byId.size).toBe(expected.length);
    for (const [id, recency] of expected) expect([id, byId.get(id!)?.rfm.recencyDays]).toEqual([id, Number(recency)]);
  });
});
