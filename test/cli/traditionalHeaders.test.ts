/**
 * `tiers score` on the sample workbook with Traditional Chinese headers (a Taiwan team's export) gives
 * the scores of the Simplified workbook, and writes in zh-TW (docs/scoring.md "Header mapping",
 * docs/sheet-language.md "Which language").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateSampleWorkbook } from '../../src/sample';
import { customerHeaders, orderHeaders } from '../../src/sample/headers';
import { ownedHeaders } from '../../src/output/ownedColumns';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const AS_OF = '2026-01-01';

/** The sample's columns as a Taiwan team heads them, written by hand in the sample's column order. */
const CUSTOMERS_HANT = [
  '客戶編號',
  '公司名稱',
  '國家',
  '聯絡人',
  '地址',
  '聯絡方式',
  '主營產品',
  '客戶來源',
  '溝通狀態',
  '業種',
  '負責業務員',
  '行業影響力(1-5)',
  '溝通評分(1-5)',
  '平均回覆時長(小時)',
  '新品詢盤數',
  '新品下單數',
  '信用指數',
  '期望銷售佔比',
  '聯絡人生日',
  '建立日期',
];
const ORDERS_HANT = [
  '訂單編號',
  '客戶編號',
  '訂單日期',
  '金額',
  '利潤',
  '產品種類數',
  '產品線',
  '數量',
  '預付比例',
  '帳期(天)',
  '備貨完成日期',
  '出貨日期',
  '客戶收單日期',
  '付款日期',
  '議價輪次',
  '折扣',
  '索賠次數',
  '索賠金額',
  '合理解決索賠數',
  '欠款',
  '結算狀態',
];

interface Report {
  sheets: { orders: string; customers: string };
  valueBasis: 'profit' | 'sales';
  orderLines: number;
  tierCounts: unknown;
  customers: { id: string }[];
  warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[];
}

async function writeWorkbook(path: string, sheets: readonly (readonly [string, readonly (readonly unknown[])[]])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of grid) ws.addRow(r.map((v) => (v === '' ? null : v)));
  }
  await wb.xlsx.writeFile(path);
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
});
