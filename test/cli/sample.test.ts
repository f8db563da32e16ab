/** `tiers sample`: the generator's grids written as a workbook that `tiers score` reads back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateSampleWorkbook } from '../../src/sample';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

describe('tiers sample', () => {
  const dir = tempDir('sample');
  afterAll(() => removeTempDir(dir));

  it('writes the seeded Chinese sample with its values, dates formatted as dates, and it scores', async () => {
    const file = join(dir, 'zh.xlsx');
    expectExit(runTiers(['sample', '--customers', '25', '--orders', '200', '--lang', 'zh', '--seed', '9', '--out', file, '-q']), 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['客户', '订单', '满意度调查']);
    const expected = generateSampleWorkbook({ customers: 25, orders: 200, seed: 9, language: 'zh' });
    const orders = wb.getWorksheet('订单')!;
    expect(orders.rowCount).toBe(expected.orders.length);
    expect((orders.getRow(1).values as unknown[]).slice(1)).toEqual(expected.orders[0]);
    const dateColumn = (expected.orders[0] as string[]).indexOf('订单日期') + 1;
    const cell = orders.getCell(2, dateColumn);
    expect(cell.value).toBeInstanceOf(Date); // a serial with a date format reads back as a date
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    const survey = wb.getWorksheet('满意度调查')!;
    expect((survey.getRow(1).values as unknown[]).slice(1)).toEqual(expected.survey[0]);
    expect(survey.rowCount).toBe(expected.survey.length);
    const json = join(dir, 'zh.json');
    expectExit(runTiers(['score', file, '--out', join(dir, 'zh-out.xlsx'), '--json', json, '--as-of', '2026-01-01', '-q']), 0);
    // The Chinese survey sheet is found and mapped: every surveyed customer has a satisfaction figure.
    const report = JSON.parse(readFileSync(json, 'utf8')) as { sheets: { survey: string | null }; satisfaction: { customers: { id: string }[] } | null };
    expect(report.sheets.survey).toBe('满意度调查');
    expect(report.satisfaction?.customers.map((c) => c.id).sort()).toEqual([...new Set(expected.survey.slice(1).map((r) => String(r[0])))].sort());
  });
});
