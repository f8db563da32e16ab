/**
 * `tiers score`: tier cells in the workbook's language, a manager's names as typed, and tier
 * movement read from an English snapshot after a re-run in Traditional Chinese
 * (docs/sheet-language.md, "Tier names"). The JSON keeps the English keys.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from './support/writeWorkbook';
import { defaultScoringConfig } from '../../src/domain/config';
import { generateSampleWorkbook } from '../../src/sample';
import { SNAPSHOT_SHEET } from '../../src/output/sheets';
import { expectExit, removeTempDir, runTiers, tempDir } from './support/runTiers';

const EN = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead (metal)'];
const TW_NAMED = ['鑽石', '白金', '黃金', '青銅', '鐵', 'Basis'];
const KEYS = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead'];
const CHANGE_TW: Record<string, string> = { up: '上升', down: '下降', same: '不變' };

async function grid(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const rank = (cell: unknown, words: readonly string[]): number => (cell === undefined || cell === null || cell === '' ? 6 : words.indexOf(String(cell)));

describe('tiers score: tier names', () => {
  const dir = tempDir('tier-names');
  afterAll(() => removeTempDir(dir));

  it('writes English, then zh-TW with a named tier; tier change and the JSON compare by tier, not by word', async () => {
    const sample = generateSampleWorkbook({ customers: 40, orders: 800, seed: 7 });
    const input = join(dir, 'in.xlsx');
    await writeWorkbook(input, [
      ['Customers', sample.customers],
      ['Orders', sample.orders],
    ]);
    const english = join(dir, 'en.xlsx');
    expectExit(runTiers(['score', input, '--out', english, '--as-of', '2026-01-01', '-q']), 0);
    const enSnap = await grid(english, SNAPSHOT_SHEET);
    const before = new Map(enSnap.slice(1).map((r) => [String(r[2]), r[4]]));
    for (const v of before.values()) if (v !== undefined && v !== null) expect(EN).toContain(v);

    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [90, 80, 70, 60, 50] }, tierNames: { Lead: 'Basis' } }));
    const hant = join(dir, 'zh-TW.xlsx');
    const json = join(dir, 'zh-TW.json');
    expectExit(runTiers(['score', english, '--out', hant, '--json', json, '--as-of', '2026-02-01', '--lang', 'zh-TW', '--config', config, '-q']), 0);

    const customers = await grid(hant, 'Customers');
    const header = customers[0]!;
    const tierCol = header.indexOf('Tiers 等級');
    const changeCol = header.indexOf('Tiers 等級變化');
    expect(tierCol).toBeGreaterThan(0);
    expect(changeCol).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { customers: { id: string; tier: string | null; tierChange: string | null }[] };
    const byId = new Map(report.customers.map((c) => [c.id, c]));
    let moved = 0;
    for (const row of customers.slice(1)) {
      const id = String(row[0]);
      const now = row[tierCol];
      if (now !== undefined && now !== null) expect(TW_NAMED).toContain(now);
      const a = rank(before.get(id), EN);
      const b = rank(now, TW_NAMED);
      const entry = byId.get(id)!;
      // The JSON keeps the English keys.
      expect(entry.tier).toBe(KEYS[b] ?? null);
      if (!before.has(id) || (a === 6 && b === 6)) continue;
      const change = b < a ? 'up' : b > a ? 'down' : 'same';
      expect([id, row[changeCol], entry.tierChange]).toEqual([id, CHANGE_TW[change], change]);
      if (a !== b) moved++;
    }
    expect(moved).toBeGreaterThan(3);
    expect(customers.slice(1).some((r) => r[tierCol] === 'Basis')).toBe(true);
  });

  it("refuses a --config naming a tier by another tier's default word in any language (exit 2, nothing written)", () => {
    const sample = generateSampleWorkbook({ customers: 10, orders: 80, seed: 3 });
    const input = join(dir, 'orders.csv');
    writeFileSync(input, sample.orders.map((r) => r.map((v) => (v === null ? '' : String(v))).join(',')).join('\n'));
    const config = join(dir, 'taken.json');
    writeFileSync(config, JSON.stringify({ ...defaultScoringConfig(), tierNames: { Lead: 'Basis', Iron: '黃金' } }));
    const out = join(dir, 'taken.xlsx');
    const result = runTiers(['score', input, '--out', out, '--config', config, '-q']);
    expectExit(result, 2);
    expect(result.stderr).toContain('The name "黃金" for Iron is what Gold is called by default (in English or Chinese); a tier cell with it would read as Gold.');
    expect(existsSync(out)).toBe(false);
  });
});
