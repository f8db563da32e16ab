/** `tiers score --lang`: every word written in the workbook's language; a re-run in another language renames, never adds. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from './support/writeWorkbook';
import { generateSampleWorkbook } from '../../src/sample';
import { DASHBOARD_SHEET, SNAPSHOT_SHEET } from '../../src/output/sheets';
import { OWNED_COLUMNS, ownedHeaders } from '../../src/output/ownedColumns';
import { DASHBOARD_WORDS, RFM_SEGMENT_WORDS, SNAPSHOT_HEADER_WORDS } from '../../src/output/sheetWords';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';

async function sheetRow(path: string, sheet: string, row: number): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return (wb.getWorksheet(sheet)!.getRow(row).values as unknown[]).slice(1);
}

describe('tiers score --lang', () => {
  const dir = tempDir('lang');
  afterAll(() => removeTempDir(dir));
  const input = join(dir, 'in.xlsx');

  beforeAll(async () => {
    const sample = generateSampleWorkbook({ customers: 40, orders: 800, seed: 7 });
    await writeWorkbook(input, [
      ['Customers', sample.customers],
      ['Orders', sample.orders],
    ]);
  });

  it('rewrites an English run in Traditional Chinese with one set of owned columns, and refuses an unknown language', async () => {
    const english = join(dir, 'en.xlsx');
    const hant = join(dir, 'zh-TW.xlsx');
    expectExit(runTiers(['score', input, '--out', english, '--as-of', AS_OF, '-q']), 0);
    const enHeader = await sheetRow(english, 'Customers', 1);
    const firstOwned = enHeader.indexOf(ownedHeaders('profit')[0]);
    expect(firstOwned).toBeGreaterThan(0);
    expect(enHeader.slice(firstOwned)).toEqual(ownedHeaders('profit'));

    expectExit(runTiers(['score', english, '--out', hant, '--as-of', AS_OF, '--lang', 'zh-TW', '-q']), 0);
    const header = await sheetRow(hant, 'Customers', 1);
    expect(header.slice(0, firstOwned)).toEqual(enHeader.slice(0, firstOwned));
    expect(header.slice(firstOwned)).toEqual(ownedHeaders('profit', 'zh-TW'));
    expect((await sheetRow(hant, DASHBOARD_SHEET, 1)).slice(0, 2)).toEqual([...DASHBOARD_WORDS['zh-TW'].tiers.headers]);
    expect(await sheetRow(hant, SNAPSHOT_SHEET, 1)).toEqual([...SNAPSHOT_HEADER_WORDS['zh-TW']]);
    // The RFM segment cells are words of the workbook's language too.
    const rfmColumn = firstOwned + OWNED_COLUMNS.findIndex((s) => s.key === 'rfm');
    const segments = new Set<unknown>();
    for (let row = 2; row <= 41; row++) segments.add((await sheetRow(hant, 'Customers', row))[rfmColumn]);
    segments.delete(undefined);
    expect(segments.size).toBeGreaterThan(1);
    for (const s of segments) expect(Object.values(RFM_SEGMENT_WORDS['zh-TW'])).toContain(s);

    const bad = runTiers(['score', input, '--out', join(dir, 'x.xlsx'), '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be en, zh-CN or zh-TW');
  });
});
