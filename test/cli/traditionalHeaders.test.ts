/**
 * `tiers score` on the sample workbook with Traditional Chinese headers (a Taiwan team's export) gives
 * the scores of the Simplified workbook, and writes in zh-TW (docs/scoring.md "Header mapping",
 * docs/sheet-language.md "Which language"); the Traditional sample (`tiers sample --lang zh-TW`)
 * maps and scores. The Traditional headers are the sample generator's (src/sample/headers.ts),
 * shared with test/domain/mapping/traditionalHeaders.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from './support/writeWorkbook';
import { generateSampleWorkbook } from '../../src/sample';
import { customerHeaders, orderHeaders } from '../../src/sample/headers';
import { ownedHeaders } from '../../src/output/ownedColumns';
import { detectSheets } from '../../src/domain/mapping';
import { readWorkbookGrids } from '../../src/cli/xlsx/readWorkbook';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';

/** The sample's columns as a Taiwan team heads them (src/sample/headers.ts, written by hand), in the sample's column order. */
const CUSTOMERS_HANT = customerHeaders('zh-TW');
const ORDERS_HANT = orderHeaders('zh-TW');

interface Report {
  sheets: { orders: string; customers: string; survey: string | null };
  valueBasis: 'profit' | 'sales';
  orderLines: number;
  tierCounts: unknown;
  customers: { id: string; score: number | null; tier: string | null; status: string }[];
  plans: { rows: unknown[] };
  satisfaction: { customers: { id: string }[] } | null;
  warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[];
}

async function headerRow(path: string, sheet: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return (wb.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
}

describe('tiers score on Traditional Chinese headers', () => {
  const dir = tempDir('hant');
  afterAll(() => removeTempDir(dir));

  it('scores the sample with Traditional headers exactly as with Simplified ones, and writes in zh-TW', async () => {
    expect(CUSTOMERS_HANT).toHaveLength(customerHeaders('zh').length);
    expect(ORDERS_HANT).toHaveLength(orderHeaders('zh').length);
    const sample = generateSampleWorkbook({ customers: 40, orders: 800, seed: 7, language: 'zh' });
    const hans = join(dir, 'hans.xlsx');
    const hant = join(dir, 'hant.xlsx');
    await writeWorkbook(hans, [
      ['客户', sample.customers],
      ['订单', sample.orders],
    ]);
    await writeWorkbook(hant, [
      ['客戶', [CUSTOMERS_HANT, ...sample.customers.slice(1)]],
      ['訂單', [ORDERS_HANT, ...sample.orders.slice(1)]],
    ]);

    const run = (input: string, name: string): Report => {
      const json = join(dir, `${name}.json`);
      expectExit(runTiers(['score', input, '--out', join(dir, `${name}-out.xlsx`), '--json', json, '--as-of', AS_OF, '-q']), 0);
      return JSON.parse(readFileSync(json, 'utf8')) as Report;
    };
    const simplified = run(hans, 'hans');
    const traditional = run(hant, 'hant');

    expect(traditional.sheets).toEqual({ orders: '訂單', customers: '客戶', survey: null });
    expect(simplified.customers).toHaveLength(40);
    expect(traditional.valueBasis).toBe(simplified.valueBasis);
    expect(traditional.orderLines).toBe(simplified.orderLines);
    expect(traditional.tierCounts).toEqual(simplified.tierCounts);
    expect(traditional.customers).toEqual(simplified.customers);
    // The same cell warnings, each naming its column by that sheet's own header.
    const where = (r: Report, headers: Record<string, readonly string[]>): unknown[] =>
      r.warnings.map((w) => [w.sheet === null ? null : Object.keys(headers).indexOf(w.sheet), w.row, w.sheet === null || w.column === null ? w.column : headers[w.sheet]?.indexOf(w.column)]);
    expect(traditional.warnings.length).toBeGreaterThan(1);
    expect(where(traditional, { 訂單: ORDERS_HANT, 客戶: CUSTOMERS_HANT })).toEqual(where(simplified, { 订单: orderHeaders('zh'), 客户: customerHeaders('zh') }));

    // The workbook's language comes from the order headers: zh-TW for Traditional, zh-CN for Simplified.
    const owned = (language: 'zh-CN' | 'zh-TW'): string[] => ownedHeaders(simplified.valueBasis, language);
    const hantHeader = await headerRow(join(dir, 'hant-out.xlsx'), '客戶');
    expect(hantHeader.slice(0, CUSTOMERS_HANT.length)).toEqual(CUSTOMERS_HANT);
    expect(hantHeader.slice(CUSTOMERS_HANT.length)).toEqual(owned('zh-TW'));
    expect((await headerRow(join(dir, 'hans-out.xlsx'), '客户')).slice(CUSTOMERS_HANT.length)).toEqual(owned('zh-CN'));
  });

  it('maps and scores the Traditional sample `tiers sample --lang zh-TW` writes (Taiwan and Hong Kong customers, NT$)', async () => {
    const tw = join(dir, 'sample-tw.xlsx');
    const zh = join(dir, 'sample-zh.xlsx');
    expectExit(runTiers(['sample', '--customers', '60', '--orders', '1500', '--lang', 'zh-TW', '--seed', '3', '--out', tw, '-q']), 0);
    expectExit(runTiers(['sample', '--customers', '60', '--orders', '1500', '--lang', 'zh', '--seed', '3', '--out', zh, '-q']), 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(tw);
    expect(book.worksheets.map((w) => w.name)).toEqual(['客戶', '訂單', '滿意度調查']);
    expect(await headerRow(tw, '訂單')).toEqual(ORDERS_HANT);
    expect(book.getWorksheet('訂單')!.getCell(2, ORDERS_HANT.indexOf('金額') + 1).numFmt).toBe('#,##0');
    // Every header of the three sheets maps to a field.
    const sheets = await readWorkbookGrids(readFileSync(tw));
    const detection = detectSheets(sheets.map((sh) => ({ name: sh.name, grid: sh.grid })));
    for (const d of [detection.orders, detection.customers, detection.survey]) {
      if (!d) throw new Error('a sheet was not found');
      const headers = (sheets.find((sh) => sh.name === d.mapping.sheet)?.grid[d.mapping.headerRow] ?? []).map((h) => String(h ?? ''));
      const mapped = new Set(Object.values(d.mapping.columns as Record<string, number>));
      expect(headers.filter((h, c) => h !== '' && !mapped.has(c))).toEqual([]);
    }

    const run = (input: string, name: string): Report => {
      const json = join(dir, `${name}.json`);
      expectExit(runTiers(['score', input, '--out', join(dir, `${name}-out.xlsx`), '--json', json, '--as-of', AS_OF, '-q']), 0);
      return JSON.parse(readFileSync(json, 'utf8')) as Report;
    };
    const traditional = run(tw, 'sample-tw');
    const simplified = run(zh, 'sample-zh');
    expect(traditional.sheets).toEqual({ orders: '訂單', customers: '客戶', survey: '滿意度調查' });
    expect(traditional.valueBasis).toBe('profit');
    // The same customers and orders as the Simplified sample, in NT$: the same customers are scored.
    expect(traditional.orderLines).toBe(simplified.orderLines);
    const status = (r: Report) => r.customers.map((c) => [c.id, c.status]);
    expect(status(traditional)).toEqual(status(simplified));
    const scored = traditional.customers.filter((c) => c.score !== null);
    expect(scored.length).toBeGreaterThan(30);
    expect(scored.every((c) => c.tier !== null)).toBe(true);
    expect(traditional.satisfaction?.customers.length).toBeGreaterThan(10);
    // Its distributors (經銷商) get sales plans.
    expect(traditional.plans.rows.length).toBeGreaterThan(0);
    // Written in zh-TW, from the Traditional headers.
    const header = await headerRow(join(dir, 'sample-tw-out.xlsx'), '客戶');
    expect(header.slice(CUSTOMERS_HANT.length)).toEqual(ownedHeaders(traditional.valueBasis, 'zh-TW'));
  });
});
