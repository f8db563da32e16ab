/** `tiers score` on an order sheet in two currencies: refused without rates, converted with a Rates sheet or --config. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultScoringConfig } from '../../src/domain/config';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const dir = tempDir('currency');
const ORDERS = [
  ['Order ID', 'Customer ID', 'Order date', 'Amount', '币种'],
  ['1', 'C1', '2025-01-05', 100, 'USD'],
  ['2', 'C1', '2025-02-05', 710, 'CNY'],
  ['3', 'C2', '2025-03-05', 200, 'CNY'],
];

async function workbook(name: string, rates: unknown[][] | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  for (const r of ORDERS) ws.addRow(r);
  if (rates) {
    const rs = wb.addWorksheet('Rates');
    for (const r of rates) rs.addRow(r);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const salesOf = (jsonPath: string): Record<string, number> =>
  Object.fromEntries((JSON.parse(readFileSync(jsonPath, 'utf8')) as { customers: { id: string; sales: number }[] }).customers.map((c) => [c.id, c.sales]));

describe('tiers score with two currencies', () => {
  afterAll(() => removeTempDir(dir));

  it('stops without rates, listing the currencies, and writes nothing', async () => {
    const input = await workbook('mixed.xlsx', null);
    const out = join(dir, 'never.xlsx');
    const result = runTiers(['score', input, '--out', out, '--as-of', '2025-06-30']);
    expectExit(result, 2);
    expect(result.stderr).toContain('holds amounts in 2 currencies (CNY, USD) and there is no exchange rate for CNY, USD.');
    expect(() => readFileSync(out)).toThrow();
  });

  it('converts with a Rates sheet', async () => {
    const input = await workbook('rates.xlsx', [
      ['Currency', 'Rate'],
      ['CNY', 1],
      ['USD', 7.1],
    ]);
    const json = join(dir, 'rates.json');
    expectExit(runTiers(['score', input, '--out', join(dir, 'rates-out.xlsx'), '--json', json, '--as-of', '2025-06-30', '-q']), 0);
    expect(salesOf(json)).toEqual({ C1: 1420, C2: 200 });
  });

  it('converts with the rates of --config', async () => {
    const input = await workbook('config.xlsx', null);
    const configPath = join(dir, 'tiers.json');
    writeFileSync(configPath, JSON.stringify({ ...defaultScoringConfig(), currency: { base: 'CNY', rates: { USD: 7.1 } } }));
    const json = join(dir, 'config.json');
    expectExit(runTiers(['score', input, '--out', join(dir, 'config-out.xlsx'), '--json', json, '--config', configPath, '--as-of', '2025-06-30', '-q']), 0);
    expect(salesOf(json)).toEqual({ C1: 1420, C2: 200 });
  });
});
