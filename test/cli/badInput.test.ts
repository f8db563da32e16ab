/** Exit codes and messages for bad input: 2, naming the sheet, row and column. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expectExit, removeTempDir, REPO, runTiers, tempDir } from './support/runTiers';

const dir = tempDir('bad');

async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  for (const r of rows) ws.addRow(r);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('tiers on bad input', () => {
  afterAll(() => removeTempDir(dir));

  it('prints the usage with --help and exits 0', () => {
    const result = runTiers(['--help']);
    expectExit(result, 0);
    expect(result.stdout).toContain('tiers score IN.xlsx --out OUT.xlsx');
  });

  it('works as `npx tiers --help` from the repository root', () => {
    const result = spawnSync('npx', ['tiers', '--help'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect([result.status, result.stdout.split('\n')[0]]).toEqual([0, 'tiers: score and tier customers from .xlsx workbooks, without Excel.']);
  });

  it('refuses unreadable order rows with exit 2, naming sheet, row and column', async () => {
    const input = await workbook('bad-rows.xlsx', [
      ['Customer ID', 'Order date', 'Amount'],
      ['C1', '2025-01-05', 100],
      ['C2', '2025-01-06', 50],
      ['C1', 'not a date', 70],
      ['C3', '2025-02-30', 20],
      ['C2', '2025-03-01', '#N/A'],
    ]);
    const out = join(dir, 'never.xlsx');
    const result = runTiers(['score', input, '--out', out, '--as-of', '2025-06-30']);
    expectExit(result, 2);
    expect(result.stderr).toMatch(/Sheet "Orders", row 4, column "Order date"/);
    expect(result.stderr).toMatch(/Sheet "Orders", row 5, column "Order date"/);
    expect(result.stderr).toMatch(/Sheet "Orders", row 6, column "Amount"/);
    expect(result.stderr).toContain('--lenient');

    const lenient = runTiers(['score', input, '--out', out, '--json', join(dir, 'lenient.json'), '--as-of', '2025-06-30', '--lenient', '-q']);
    expectExit(lenient, 0);
  });

  it('refuses a workbook without the required order columns, listing the sheets', async () => {
    const input = await workbook('no-amount.xlsx', [
      ['Customer ID', 'Order date'],
      ['C1', '2025-01-05'],
    ]);
    const result = runTiers(['score', input, '--out', join(dir, 'x.xlsx')]);
    expectExit(result, 2);
    expect(result.stderr).toContain('"Orders"');
  });

  it('exits 2 for a file that is not a workbook, a missing file and bad options', () => {
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'just text');
    for (const args of [
      ['score', text, '--out', join(dir, 'y.xlsx')],
      ['score', join(dir, 'missing.xlsx'), '--out', join(dir, 'y.xlsx')],
      ['score', text],
      ['score', text, '--out', join(dir, 'y.xlsx'), '--rfm', 'deciles'],
      ['score', text, '--out', join(dir, 'y.xlsx'), '--as-of', '2025-02-30'],
      ['sample', '--out', join(dir, 's.xlsx'), '--customers', 'many'],
      ['frobnicate'],
    ]) {
      const result = runTiers(args);
      expect([args.join(' '), result.code]).toEqual([args.join(' '), 2]);
      expect(result.stderr).toMatch(/^error: /m);
    }
  });
});
