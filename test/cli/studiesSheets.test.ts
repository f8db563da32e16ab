/**
 * `tiers score` writes the product sheet (table + Pareto chart) and the distributor plan table
 * into the .xlsx; a re-run after a manager edited a plan row in the file keeps the edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PLAN_SHEET, PRODUCTS_SHEET } from '../../src/output/sheets';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

async function inputBook(path: string, headers: 'en' | 'zh-CN', productColumn = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const orders = wb.addWorksheet(headers === 'en' ? 'Orders' : '订单');
  orders.addRow(
    headers === 'en'
      ? ['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', ...(productColumn ? ['Product Line'] : []), 'Quantity']
      : ['订单编号', '客户编号', '订单日期', '金额', '利润', ...(productColumn ? ['产品线'] : []), '数量'],
  );
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    orders.addRow([`a${m}`, 'D1', `2025-${mm}-10`, 120, 12, ...(productColumn ? ['Chairs'] : []), 12]);
    orders.addRow([`b${m}`, 'S1', `2025-${mm}-12`, 30, 3, ...(productColumn ? ['Lamps'] : []), 3]);
    orders.addRow([`c${m}`, 'D1', `2025-${mm}-14`, 50, 20, ...(productColumn ? ['Lamps'] : []), 5]);
  }
  const customers = wb.addWorksheet(headers === 'en' ? 'Customers' : '客户');
  customers.addRow(headers === 'en' ? ['Customer ID', 'Customer Name', 'Business Type'] : ['客户编号', '客户名称', '业务类型']);
  customers.addRow(['D1', 'Dealer One', 'Distributor']);
  customers.addRow(['S1', 'Shop', 'Store']);
  await wb.xlsx.writeFile(path);
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);

describe('tiers score: the product and plan sheets', () => {
  const dir = tempDir('studies');
  afterAll(() => removeTempDir(dir));

  it('writes the product ABC table with a Pareto chart (columns + cumulative line on a secondary axis)', async () => {
    const input = join(dir, 'in.xlsx');
    const out = join(dir, 'out.xlsx');
    await inputBook(input, 'en');
    expectExit(runTiers(['score', input, '--out', out, '--as-of', '2026-01-01', '--quiet']), 0);
    const ws = (await load(out)).getWorksheet(PRODUCTS_SHEET);
    if (!ws) throw new Error('no products sheet');
    expect(rowValues(ws, 1).slice(0, 6)).toEqual(['Rank', 'Product', 'Sales', 'Cumulative share', 'Share', 'ABC']);
    expect(rowValues(ws, 1)[10]).toBe('Business type');
    // Chairs 12 x 120 = 1440; Lamps 12 x (30 + 50) = 960; total 2400: shares 0.6 and 0.4.
    expect(rowValues(ws, 2).slice(0, 6)).toEqual([1, 'Chairs', 1440, 0.6, 0.6, 'A']);
    expect(rowValues(ws, 2)[10]).toBe('All');
    // A while the cumulative share before it is under the 75% cut: 60% before Lamps.
    expect(rowValues(ws, 3).slice(0, 6)).toEqual([2, 'Lamps', 960, 1, 0.4, 'A']);
    // Margin: Chairs 144 / 1440, Lamps (36 + 240) / 960.
    expect(rowValues(ws, 2)[8]).toBeCloseTo(0.1, 10);
    expect(rowValues(ws, 3)[8]).toBeCloseTo(0.2875, 10);
    // Per business type: the distributor's Chairs 1440, Lamps 600.
    const distributor = [4, 5, 6, 7].map((r) => [rowValues(ws, r)[10], ...rowValues(ws, r).slice(0, 3)]);
    expect(distributor).toContainEqual(['Distributor', 1, 'Chairs', 1440]);
    expect(distributor).toContainEqual(['Distributor', 2, 'Lamps', 600]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .map((p) => zip.file(p)?.async('string') ?? Promise.resolve('')),
    );
    const pareto = charts.find((x) => x.includes('Products: Pareto of sales'));
    expect(pareto).toBeDefined();
    expect(pareto).toContain('<c:barChart>');
    expect(pareto).toContain('<c:lineChart>');
    expect(pareto).toContain(`${PRODUCTS_SHEET}&apos;!$C$2:$C$3`);
    expect(pareto).toContain(`${PRODUCTS_SHEET}&apos;!$D$2:$D$3`);
    expect(pareto).toMatch(/<c:axPos val="r"\/>/);
  });

  it('says plainly that products cannot be ranked without a product column, in the headers language', async () => {
    const input = join(dir, 'noproducts.xlsx');
    const out = join(dir, 'noproducts-out.xlsx');
    await inputBook(input, 'zh-CN', false);
    expectExit(runTiers(['score', input, '--out', out, '--as-of', '2026-01-01', '--quiet']), 0);
    const ws = (await load(out)).getWorksheet(PRODUCTS_SHEET);
    expect(String(ws?.getCell('A1').value)).toMatch(/^无法对产品排名/);
    expect(ws?.getCell('A2').value ?? null).toBeNull();
  });

  it('re-running after a manager edited a plan row keeps the edit, and updates and adds the other rows', async () => {
    const input = join(dir, 'plans.xlsx');
    const first = join(dir, 'plans-1.xlsx');
    const edited = join(dir, 'plans-edited.xlsx');
    const second = join(dir, 'plans-2.xlsx');
    await inputBook(input, 'en');
    expectExit(runTiers(['score', input, '--out', first, '--as-of', '2026-01-01', '--quiet']), 0);
    const wb = await load(first);
    const ws = wb.getWorksheet(PLAN_SHEET);
    if (!ws) throw new Error('no plan sheet');
    expect(rowValues(ws, 1).slice(0, 5)).toEqual(['Customer ID', 'Customer', 'Month', 'Product line', 'Target amount']);
    // D1 only (the distributor): Chairs then Lamps, twelve months each; no seasonal swing in a flat year.
    expect(ws.rowCount).toBe(25);
    expect(rowValues(ws, 2).slice(0, 6)).toEqual(['D1', 'Dealer One', '2026-01', 'Chairs', 120, 12]);
    expect(rowValues(ws, 3).slice(0, 6)).toEqual(['D1', 'Dealer One', '2026-02', 'Chairs', 120, 12]);
    // The manager raises February's target and writes a schedule note.
    ws.getCell('E3').value = 200;
    ws.getCell('H3').value = 'Trade fair in week 2';
    await wb.xlsx.writeFile(edited);
    // A re-run a month later (a January order arrived) with 50% growth.
    const config = join(dir, 'growth.json');
    writeFileSync(config, JSON.stringify({ schemaVersion: 1, plans: { distributors: true, tiers: [], ids: [], growth: 0.5, lineGrowth: {} } }));
    expectExit(runTiers(['score', edited, '--out', second, '--as-of', '2026-01-01', '--config', config, '--quiet']), 0);
    const after = (await load(second)).getWorksheet(PLAN_SHEET);
    if (!after) throw new Error('no plan sheet after the re-run');
    // The cumulative target (Tiers' figure) follows: 180 in January + the manager's 200.
    expect(rowValues(after, 3).slice(0, 9)).toEqual(['D1', 'Dealer One', '2026-02', 'Chairs', 200, 12, 380, 'Trade fair in week 2', undefined]);
    // Untouched rows take the new growth: 120 x 1.5.
    expect(rowValues(after, 2).slice(0, 5)).toEqual(['D1', 'Dealer One', '2026-01', 'Chairs', 180]);
    expect(rowValues(after, 4).slice(0, 5)).toEqual(['D1', 'Dealer One', '2026-03', 'Chairs', 180]);
    expect(after.rowCount).toBe(25);
    // And a third run still sees the row as edited (its check was kept).
    const third = join(dir, 'plans-3.xlsx');
    expectExit(runTiers(['score', second, '--out', third, '--as-of', '2026-01-01', '--quiet']), 0);
    const last = (await load(third)).getWorksheet(PLAN_SHEET);
    expect(rowValues(last as ExcelJS.Worksheet, 3)[4]).toBe(200);
    expect(rowValues(last as ExcelJS.Worksheet, 2)[4]).toBe(120);
  });

  it('leaves actual and gap empty on the rows of months not begun, in the sheet and the JSON, even over old zeros', async () => {
    const input = join(dir, 'begun.xlsx');
    const first = join(dir, 'begun-1.xlsx');
    const edited = join(dir, 'begun-edited.xlsx');
    const second = join(dir, 'begun-2.xlsx');
    await inputBook(input, 'en');
    expectExit(runTiers(['score', input, '--out', first, '--as-of', '2026-01-01', '--quiet', '--json', join(dir, 'begun-1.json')]), 0);
    const json1 = JSON.parse(readFileSync(join(dir, 'begun-1.json'), 'utf8')) as { plans: { rows: Record<string, unknown>[] } };
    expect(json1.plans.rows).toHaveLength(24);
    for (const r of json1.plans.rows) expect([r.actualAmount, r.actualQuantity, r.gapAmount, r.gapPct]).toEqual([null, null, null, null]);
    const wb = await load(first);
    const ws = wb.getWorksheet(PLAN_SHEET);
    if (!ws) throw new Error('no plan sheet');
    expect(rowValues(ws, 1).slice(9, 13)).toEqual(['Actual amount', 'Actual quantity', 'Gap', 'Gap %']);
    // Columns J-M: no actual 0 and no gap of minus the target on any of the 24 rows (all months ahead).
    for (let r = 2; r <= 25; r++) expect(rowValues(ws, r).slice(9, 13)).toEqual([undefined, undefined, undefined, undefined]);
    // As an earlier version wrote them: actual 0 and gap -target, on January and on February,
    // whose schedule a manager has since edited. A January order for Chairs comes in.
    for (const r of [2, 3]) {
      ws.getCell(`J${r}`).value = 0;
      ws.getCell(`L${r}`).value = -120;
      ws.getCell(`M${r}`).value = -1;
    }
    ws.getCell('H3').value = 'Visit in week 1';
    wb.getWorksheet('Orders')?.addRow(['x1', 'D1', '2026-01-20', 100, 10, 'Chairs', 10]);
    await wb.xlsx.writeFile(edited);
    // A month later: January has begun, the plan starts again in February.
    expectExit(runTiers(['score', edited, '--out', second, '--as-of', '2026-02-01', '--quiet', '--json', join(dir, 'begun-2.json')]), 0);
    const after = (await load(second)).getWorksheet(PLAN_SHEET);
    if (!after) throw new Error('no plan sheet after the re-run');
    const byKey = new Map<string, unknown[]>();
    for (let r = 2; r <= after.rowCount; r++) byKey.set(`${String(rowValues(after, r)[2])} ${String(rowValues(after, r)[3])}`, rowValues(after, r));
    // January (begun): Chairs sold 100 against 120; Lamps nothing against 50.
    expect(byKey.get('2026-01 Chairs')?.slice(9, 13)).toEqual([100, 10, -20, expect.closeTo(-20 / 120, 4)]);
    expect(byKey.get('2026-01 Lamps')?.slice(9, 13)).toEqual([0, undefined, -50, -1]);
    // February on: empty, the old zeros gone too, on the manager's row as on the others.
    expect(byKey.get('2026-02 Chairs')?.slice(7, 13)).toEqual(['Visit in week 1', undefined, undefined, undefined, undefined, undefined]);
    for (const [k, row] of byKey) if (!k.startsWith('2026-01')) expect([k, ...row.slice(9, 13)]).toEqual([k, undefined, undefined, undefined, undefined]);
    const json2 = JSON.parse(readFileSync(join(dir, 'begun-2.json'), 'utf8')) as { plans: { rows: Record<string, unknown>[] } };
    const jsonRow = (month: string, line: string) => json2.plans.rows.find((r) => r.month === month && r.productLine === line);
    expect(jsonRow('2026-01', 'Chairs')).toMatchObject({ actualAmount: 100, actualQuantity: 10, gapAmount: -20 });
    expect(jsonRow('2026-02', 'Chairs')).toMatchObject({ actualAmount: null, actualQuantity: null, gapAmount: null, gapPct: null, edited: true });
    for (const r of json2.plans.rows) if (r.month !== '2026-01') expect([r.actualAmount, r.gapAmount, r.gapPct]).toEqual([null, null, null]);
  });
});
