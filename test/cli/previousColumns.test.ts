/**
 * `tiers score` on a workbook an older version scored (owned columns, no snapshot sheet): tier
 * movement is read from the tier column it wrote. The CLI reads that column, and the customer
 * rows, before the scoring and then lets the customer grid go (src/cli/score/scoreGrids.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from './support/writeWorkbook';
import { generateSampleWorkbook } from '../../src/sample';
import { SNAPSHOT_SHEET } from '../../src/output/sheets';
import { tierWord } from '../../src/output/tierWords';
import type { TierName } from '../../src/domain/segments/tiers';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

interface Report {
  customers: { id: string; tier: string | null; tierChange: string | null }[];
}
const readReport = (path: string): Report => JSON.parse(readFileSync(path, 'utf8')) as Report;

describe("tiers score: tier movement from an older version's tier column", () => {
  const dir = tempDir('previous-columns');
  afterAll(() => removeTempDir(dir));

  it('compares with the tier each row held, and writes the owned cells on the rows of their customers', async () => {
    const sample = generateSampleWorkbook({ customers: 40, orders: 800, seed: 7 });
    const input = join(dir, 'in.xlsx');
    await writeWorkbook(input, [
      ['Customers', sample.customers],
      ['Orders', sample.orders],
    ]);
    const first = join(dir, 'first.xlsx');
    const firstJson = join(dir, 'first.json');
    expectExit(runTiers(['score', input, '--out', first, '--json', firstJson, '--as-of', '2026-01-01', '-q']), 0);

    // As an older version left it: no snapshot sheet; one customer's tier cell says Diamond, another's is empty.
    const older = new ExcelJS.Workbook();
    await older.xlsx.readFile(first);
    older.removeWorksheet(older.getWorksheet(SNAPSHOT_SHEET)!.id);
    const sheet = older.getWorksheet('Customers')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const idCol = header.indexOf(sample.customers[0]![0]) + 1;
    const tierCol = header.indexOf('Tiers tier') + 1;
    expect(idCol).toBeGreaterThan(0);
    expect(tierCol).toBeGreaterThan(0);
    const scored = readReport(firstJson).customers;
    const tierOf = new Map(scored.map((c) => [c.id, c.tier]));
    const rowOf = new Map<string, number>();
    sheet.eachRow((row, r) => {
      if (r > 1) rowOf.set(String(row.getCell(idCol).value), r);
    });
    const lower = scored.find((c) => c.tier !== null && c.tier !== 'Diamond')!;
    const blanked = scored.find((c) => c.tier !== null && c.id !== lower.id)!;
    sheet.getRow(rowOf.get(lower.id)!).getCell(tierCol).value = 'Diamond';
    sheet.getRow(rowOf.get(blanked.id)!).getCell(tierCol).value = null;
    const olderPath = join(dir, 'older.xlsx');
    await older.xlsx.writeFile(olderPath);

    const again = join(dir, 'again.xlsx');
    const againJson = join(dir, 'again.json');
    expectExit(runTiers(['score', olderPath, '--out', again, '--json', againJson, '--as-of', '2026-01-01', '-q']), 0);
    const changes = new Map(readReport(againJson).customers.map((c) => [c.id, c.tierChange]));
    expect(changes.get(lower.id)).toBe('down');
    for (const c of scored) if (c.tier !== null && c.id !== lower.id && c.id !== blanked.id) expect([c.id, changes.get(c.id)]).toEqual([c.id, 'same']);

    // Each customer's owned tier cell is on its own row again.
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(again);
    const outSheet = out.getWorksheet('Customers')!;
    const outHeader = (outSheet.getRow(1).values as unknown[]).slice(1);
    const outTier = outHeader.indexOf('Tiers tier') + 1;
    expect(outHeader.filter((h) => h === 'Tiers tier')).toHaveLength(1);
    for (const [id, r] of rowOf) {
      const tier = tierOf.get(id);
      if (tier !== undefined) expect([id, outSheet.getRow(r).getCell(outTier).value ?? null]).toEqual([id, tierWord(tier as TierName | null, 'en')]);
    }
  });
});
