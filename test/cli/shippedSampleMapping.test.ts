import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectSheets } from '../../src/domain/mapping';
import { readWorkbookGrids } from '../../src/cli/xlsx/readWorkbook';

/** Every header of the workbooks shipped in assets/samples maps to a field, so no indicator silently drops out. */
describe.each(['tiers-sample.xlsx', 'tiers-sample-zh.xlsx', 'tiers-sample-zh-TW.xlsx'])('%s', (file) => {
  it('maps every header of its customer and order sheets', async () => {
    const sheets = await readWorkbookGrids(readFileSync(join(__dirname, '../../assets/samples', file)));
    const detection = detectSheets(sheets.map((s) => ({ name: s.name, grid: s.grid })));
    for (const d of [detection.orders, detection.customers]) {
      expect(d).not.toBeNull();
      if (!d) continue;
      const headers = (sheets.find((s) => s.name === d.mapping.sheet)?.grid[d.mapping.headerRow] ?? []).map((h) => String(h ?? ''));
      const mapped = new Set(Object.values(d.mapping.columns as Record<string, number>));
      expect(headers.length).toBeGreaterThan(10);
      expect(headers.filter((h, c) => h !== '' && !mapped.has(c))).toEqual([]);
    }
  });
});
