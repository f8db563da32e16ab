/**
 * The corpus as real .xlsx files through the `tiers` CLI: a clear exit code and message for what
 * cannot be scored, problems by sheet/row/column in the JSON report for what can, the input file
 * never modified, and every input cell present unchanged in the output workbook.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXIT, main } from '../../src/cli/main';
import type { CellValue } from '../../src/domain/model';
import { BAD_WORKBOOKS, type BadWorkbook } from '../fixtures/bad-workbooks';
import { readXlsxCells, writeXlsx, type XlsxSheet } from '../fixtures/bad-workbooks/xlsx';

/** The grids a case's simulator init holds, without the quote prefixes typed() added. */
function sheetsOf(bad: BadWorkbook): XlsxSheet[] {
  return bad.init().sheets.map((s) => ({
    name: s.name,
    grid: s.rows.map((row) => row.map((v): CellValue => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v))),
  }));
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface CliRun {
  code: number;
  err: string[];
  inputCells: Awaited<ReturnType<typeof readXlsxCells>>;
  outputCells: Awaited<ReturnType<typeof readXlsxCells>>;
  json: { warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[]; customers: unknown[] } | null;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiers-cli-corpus-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runCli(id: string, flags: string[] = []): Promise<CliRun> {
  const bad = BAD_WORKBOOKS.find((b) => b.id === id);
  if (!bad) throw new Error(`no case ${id}`);
  const input = path.join(dir, `${id}.xlsx`);
  const out = path.join(dir, `${id}-out.xlsx`);
  const json = path.join(dir, `${id}.json`);
  await writeXlsx(input, sheetsOf(bad));
  const before = sha(input);
  const err: string[] = [];
  const code = await main(['score', input, '--out', out, '--json', json, '--as-of', '2026-01-01', '--quiet', ...flags], { out: () => undefined, err: (t) => err.push(t) });
  expect(sha(input)).toBe(before);
  const inputCells = await readXlsxCells(input);
  if (code !== EXIT.ok) return { code, err, inputCells, outputCells: [], json: null };
  return { code, err, inputCells, outputCells: await readXlsxCells(out), json: JSON.parse(readFileSync(json, 'utf8')) as CliRun['json'] };
}

/** Every input cell is in the output, same sheet, same address, same value. */
function expectInputKept(run: CliRun): void {
  const out = new Map(run.outputCells.map((c) => [`${c.sheet}!${c.address}`, c.value]));
  const lost = run.inputCells.filter((c) => out.get(`${c.sheet}!${c.address}`) !== c.value).map((c) => `${c.sheet}!${c.address}`);
  expect(lost).toEqual([]);
}

describe('bad workbooks through the CLI', () => {
  it('refuses an order sheet without rows with exit code 2 and the one message', async () => {
    const run = await runCli('orders-only-headers');
    expect(run.code).toBe(EXIT.badInput);
    expect(run.err.join('\n')).toContain('Sheet "Orders" has no order rows below its header row.');
  });

  it('refuses a workbook without an amount column, naming what it looked for', async () => {
    const run = await runCli('missing-amount-column');
    expect(run.code).toBe(EXIT.badInput);
    expect(run.err.join('\n')).toMatch(/Amount/);
  });

  it('without --lenient, refuses a workbook with a bad amount and names its sheet, row and column', async () => {
    const run = await runCli('text-in-amount');
    expect(run.code).toBe(EXIT.badInput);
    expect(run.err.join('\n')).toMatch(/Orders.*5.*Amount|Amount.*Orders.*5/);
  });

  it('scores a workbook with a bad amount under --lenient and reports the cell in the JSON', async () => {
    const run = await runCli('text-in-amount', ['--lenient']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.json?.warnings).toContainEqual(expect.objectContaining({ sheet: 'Orders', row: 5, column: 'Amount', message: expect.stringMatching(/^not a number/) }));
    expectInputKept(run);
  });

  it.each(['emoji-and-rtl', 'long-strings', 'duplicate-customer-ids', 'id-number-vs-text'])('scores %s and keeps every input cell', async (id) => {
    const run = await runCli(id, ['--lenient']);
    expect(run.err.filter((line) => !line.startsWith('warning: '))).toEqual([]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.json?.customers).toHaveLength(6);
    expectInputKept(run);
  });
});
