/**
 * `tiers score ORDERS.csv|.parquet`: the order history through embedded DuckDB into the same
 * order reader must score every customer exactly as the same orders in an order-only workbook.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/model';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import { writeGridsXlsx } from '../../src/cli/xlsx/writeGrids';
import { generateSampleWorkbook, SAMPLE_DATE_FIELDS, SAMPLE_ORDER_COLUMNS } from '../../src/sample';
import { removeTempDir, tempDir } from './support/runTiers';
import { csvOfGrid } from './support/gridCsv';
import { scoreArgsOf } from './support/scoreArgs';

/** `tiers score INPUT --out DIR/NAME.xlsx --json DIR/NAME.json --as-of 2026-01-01`, as parsed. */
const scoreArgs = (dir: string, input: string, name: string, lenient: boolean): ScoreArgs => scoreArgsOf(input, join(dir, name), { lenient });

describe('tiers score on a CSV or Parquet order history', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('orderfile');
  });
  afterAll(() => removeTempDir(dir));

  it('scores CSV and Parquet exactly as the same orders in a workbook', async () => {
    const sample = generateSampleWorkbook({ customers: 80, orders: 2500, seed: 11 });
    const dates = new Set(SAMPLE_ORDER_COLUMNS.flatMap((col, c) => (SAMPLE_DATE_FIELDS.has(col.field) ? [c] : [])));
    const xlsx = join(dir, 'orders.xlsx');
    await writeGridsXlsx(xlsx, [{ name: 'Orders', grid: sample.orders }]);
    const csv = join(dir, 'orders.csv');
    writeFileSync(csv, csvOfGrid(sample.orders, dates));
    const parquet = join(dir, 'orders.parquet');
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    duck.closeSync();

    const score = async (input: string, name: string) => {
      const args: ScoreArgs = { ...scoreArgs(dir, input, name, false), csv: join(dir, `${name}.csv`) };
      await runScore(args, () => undefined);
      const report = JSON.parse(readFileSync(args.json as string, 'utf8')) as { customers: unknown[]; tierCounts: unknown; model: unknown };
      return { report, csv: readFileSync(args.csv as string, 'utf8') };
    };
    const fromXlsx = await score(xlsx, 'x');
    expect(fromXlsx.report.customers.length).toBeGreaterThan(50);
    for (const [input, name] of [
      [csv, 'c'],
      [parquet, 'p'],
    ] as const) {
      const fromFile = await score(input, name);
      expect(fromFile.report.customers).toEqual(fromXlsx.report.customers);
      expect(fromFile.report.tierCounts).toEqual(fromXlsx.report.tierCounts);
      expect(fromFile.report.model).toEqual(fromXlsx.report.model);
      expect(fromFile.csv).toEqual(fromXlsx.csv);
      // OUT.xlsx of a file run, read by an independent reader: the Source sheet written by hand, then ours.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, `${name}.xlsx`));
      expect(book.worksheets[0]?.name).toBe('Source');
      expect(book.getWorksheet('Source')?.getCell('B1').value).toBe(input);
      expect(book.getWorksheet('Source')?.getCell('B2').value).toBe(2500);
      expect(book.worksheets.length).toBeGreaterThan(2);
    }
    expect(fromXlsx.csv.split('\r\n')[0]).toMatch(/^Customer id,Name,Tiers score,/i);
  }, 120_000);

  it('reports bad cells past the head rows as a sheet would: file, line and column, the rest scored the same', async () => {
    // Past ORDER_STREAM_HEAD_ROWS (20,011), where DuckDB's chunks go to the order reader as columns
    // and past DuckDB's type sniffing sample: a word in the amount column, a day that is no date,
    // a missing id, a negative credit term, and an id with leading zeros.
    const epoch = 45_000;
    const grid: CellValue[][] = [['Order ID', 'Customer ID', 'Order date', 'Amount', 'Credit days']];
    for (let i = 1; i <= 24_000; i++) grid.push([`O${i}`, `C${i % 700}`, epoch + (i % 900), 10 + (i % 37), i % 3 === 0 ? 30 : 0]);
    const bad: [number, number, CellValue][] = [
      [21_000, 1, null],
      [22_000, 3, 'abc'],
      [23_000, 2, 'someday'],
      [23_500, 4, -3],
      [23_600, 1, '007'],
    ];
    for (const [row, column, value] of bad) (grid[row] as CellValue[])[column] = value;
    const xlsx = join(dir, 'bad.xlsx');
    await writeGridsXlsx(xlsx, [{ name: 'Orders', grid }]);
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, csvOfGrid(grid, new Set([2])));
    type Warning = { sheet: string | null; row: number | null; column: string | null; message: string };
    const args = (input: string, name: string, lenient: boolean): ScoreArgs => scoreArgs(dir, input, name, lenient);
    // Without --lenient: refused, naming each bad cell the same way (the file's name for the sheet's).
    const refusal = async (input: string): Promise<string[]> => {
      try {
        await runScore(args(input, 'refused', false), () => undefined);
      } catch (error) {
        return (error as { details?: string[] }).details ?? [];
      }
      throw new Error(`${input} was scored`);
    };
    const xlsxRefusal = await refusal(xlsx);
    expect(xlsxRefusal).toHaveLength(4);
    expect(await refusal(csv)).toEqual(xlsxRefusal.map((line) => line.replace('Sheet "Orders"', 'Sheet "bad.csv"')));
    expect(xlsxRefusal[1]).toBe('Sheet "Orders", row 22001, column "Amount": not a number (value: "abc")');
    // With --lenient: the readable rows scored, each problem a warning.
    const score = async (input: string, name: string) => {
      const a = args(input, name, true);
      await runScore(a, () => undefined);
      return JSON.parse(readFileSync(a.json as string, 'utf8')) as { customers: { id: string }[]; warnings: Warning[] };
    };
    const fromXlsx = await score(xlsx, 'bx');
    const fromCsv = await score(csv, 'bc');
    const cells = (warnings: Warning[]) => warnings.filter((w) => w.row !== null).map((w) => ({ ...w, sheet: null }));
    expect(cells(fromCsv.warnings)).toEqual(cells(fromXlsx.warnings));
    expect(cells(fromCsv.warnings).map((w) => [w.row, w.column])).toEqual([
      [21_001, 'Customer ID'],
      [22_001, 'Amount'],
      [23_001, 'Order date'],
      [23_501, 'Credit days'],
    ]);
    expect(fromCsv.warnings.find((w) => w.row === 22_001)).toMatchObject({ sheet: 'bad.csv', message: expect.stringContaining('"abc"') });
    expect(fromCsv.customers).toEqual(fromXlsx.customers);
    expect(fromCsv.customers.some((c) => c.id === '007')).toBe(true);
  }, 180_000);
  it('fails on a line DuckDB cannot parse past the first chunks, naming it, instead of scoring the lines before it', async () => {
    // A line with an extra field on line 30,001 of the file: DuckDB's stream of chunks just ends
    // there, without an error (12,288 lines were handed over, then nothing): the run must fail with
    // DuckDB's message, and the next file still be read.
    const lines = ['Order ID,Customer ID,Order date,Amount'];
    for (let i = 1; i <= 40_000; i++) lines.push(i === 30_000 ? `O${i},C${i % 500},2024-01-02,12,extra` : `O${i},C${i % 500},2024-01-02,${10 + (i % 37)}`);
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${lines.join('\n')}\n`);
    const args = (input: string, name: string): ScoreArgs => scoreArgs(dir, input, name, false);
    await expect(runScore(args(broken, 'broken'), () => undefined)).rejects.toThrow(/broken\.csv could not be read as CSV: .*Line: 30001/s);
    lines[30_000] = 'O30000,C0,2024-01-02,12';
    const mended = join(dir, 'mended.csv');
    writeFileSync(mended, `${lines.join('\n')}\n`);
    await runScore(args(mended, 'mended'), () => undefined);
    const report = JSON.parse(readFileSync(join(dir, 'mended.json'), 'utf8')) as { customers: unknown[] };
    expect(report.customers).toHaveLength(500);
  });

  it('names each cell of a line whose casts failed in several typed columns, past the head rows', async () => {
    // The texts of failed casts come from DuckDB as one list per line (orderFile.ts, overlayTexts):
    // each must reach its own column. Line 22,000: two required cells (the row is skipped after
    // them); line 22,500: two optional ones (both reported, the row kept).
    const lines = ['Order ID,Customer ID,Order date,Amount,Quantity,Credit days'];
    const day = (i: number): string => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    for (let i = 1; i <= 25_000; i++) {
      if (i === 22_000) lines.push(`O${i},C7,someday,abc,3,30`);
      else if (i === 22_500) lines.push(`O${i},C7,${day(i)},12,many,-x-`);
      else lines.push(`O${i},C${i % 300},${day(i)},${10 + (i % 37)},${1 + (i % 5)},${i % 3 === 0 ? 30 : 0}`);
    }
    const file = join(dir, 'several.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const a = scoreArgs(dir, file, 'several', true);
    await runScore(a, () => undefined);
    const report = JSON.parse(readFileSync(a.json as string, 'utf8')) as { warnings: { row: number | null; column: string | null; message: string }[] };
    const cells = report.warnings.filter((w) => w.row !== null);
    expect(cells.map((w) => [w.row, w.column, /value: "([^"]*)"/.exec(w.message)?.[1]])).toEqual([
      [22_001, 'Order date', 'someday'],
      [22_001, 'Amount', 'abc'],
      [22_501, 'Quantity', 'many'],
      [22_501, 'Credit days', '-x-'],
    ]);
  });

  it('reads a CSV in the dialect DuckDB sniffed once: semicolons, CRLF, quoted fields holding the delimiter, a line before the header', async () => {
    // The lines are read with the dialect and columns sniff_csv found (orderFile.ts, sniffCsv), not
    // sniffed again: the same orders written plainly and in this dialect must score the same.
    const rows: string[][] = [];
    for (let i = 1; i <= 3_000; i++) rows.push([`O${i}`, `C${i % 90}`, `Smith; J. ${i % 90}`, `2024-0${1 + (i % 9)}-1${i % 9}`, `${5 + (i % 41)}.5`]);
    const header = ['Order ID', 'Customer ID', 'Customer name', 'Order date', 'Amount'];
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, [header, ...rows].map((r) => r.map((v) => (v.includes(';') ? `"${v}"` : v)).join(',')).join('\n') + '\n');
    const dialect = join(dir, 'dialect.csv');
    const quoted = (v: string): string => `"${v.replace(/"/g, '""')}"`;
    writeFileSync(dialect, `Export of 2026-01-01\r\n${[header, ...rows].map((r) => r.map(quoted).join(';')).join('\r\n')}\r\n`);
    const customers = async (input: string, name: string): Promise<unknown[]> => {
      const a = scoreArgs(dir, input, name, false);
      await runScore(a, () => undefined);
      return (JSON.parse(readFileSync(a.json as string, 'utf8')) as { customers: unknown[] }).customers;
    };
    const fromPlain = await customers(plain, 'plain');
    expect(fromPlain).toHaveLength(90);
    expect(JSON.stringify(fromPlain)).toContain('Smith; J. 7');
    expect(await customers(dialect, 'dialect')).toEqual(fromPlain);
  });

  it('reads a CSV to its end when its lines are not one per physical line (a quoted line break, a blank line, no last line feed)', async () => {
    // The read is proven complete by the file's physical lines when each line handed over is one;
    // here they are not, and DuckDB's count decides: the last line (a customer of its own) is read.
    const lines = ['Order ID,Customer ID,Customer name,Order date,Amount'];
    // Quoted names from the first line on: DuckDB's sniffer then reads quotes.
    for (let i = 1; i <= 30_000; i++) lines.push(`O${i},C${i % 500},"Name, ${i % 500}",2024-01-02,${10 + (i % 37)}`);
    lines.push('');
    lines.push('O30001,CX,"Two\nlines",2024-01-03,99');
    const file = join(dir, 'multiline.csv');
    writeFileSync(file, lines.join('\n'));
    await runScore(scoreArgs(dir, file, 'multiline', false), () => undefined);
    const report = JSON.parse(readFileSync(join(dir, 'multiline.json'), 'utf8')) as { customers: { id: string }[] };
    expect(report.customers).toHaveLength(501);
    expect(report.customers.map((c) => c.id)).toContain('CX');
  });

  it('reads RFC 4180 quoting that starts after the first 20,480 lines (a comma, a line break, a quoted id) and a quote mark inside a field as text', async () => {
    // No quote mark in the sniffer's sample: DuckDB alone would read this file without quoting and fail at line 30,002.
    const lines = ['Order ID,Customer ID,Customer name,Order date,Amount'];
    for (let i = 1; i <= 30_000; i++) lines.push(`O${i},C${i % 500},Name ${i % 500},2024-01-02,${10 + (i % 37)}`);
    lines.push('O30001,CQ,"Quoted, with a comma",2024-01-03,99');
    lines.push('O30002,CL,"Two\nlines",2024-01-03,98');
    // A quoted id is the same customer as the unquoted one; a doubled quote inside a quoted field is one quote.
    lines.push('O30003,"C7","The ""best"" customer",2024-01-04,97');
    lines.push('O30004,CI,12" pipe store,2024-01-04,96');
    const file = join(dir, 'late-quotes.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    await runScore(scoreArgs(dir, file, 'late-quotes', false), () => undefined);
    const report = JSON.parse(readFileSync(join(dir, 'late-quotes.json'), 'utf8')) as { customers: { id: string }[] };
    const ids = report.customers.map((c) => c.id);
    expect(ids).toHaveLength(503);
    expect(ids).toEqual(expect.arrayContaining(['CQ', 'CL', 'CI']));
    expect(ids.filter((id) => id.includes('"'))).toEqual([]);
  });

  it('reads a CSV that is not RFC 4180 (a field opening with a quote mark it never closes, after the sniffer’s sample) as DuckDB detects it', async () => {
    const lines = ['Order ID,Customer ID,Customer name,Order date,Amount'];
    for (let i = 1; i <= 30_000; i++) lines.push(`O${i},C${i % 20},Name ${i % 20},2024-01-02,${10 + (i % 37)}`);
    lines.push('O30001,CU,"Big Jim\'s store,2024-01-03,99');
    const file = join(dir, 'open-quote.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    await runScore(scoreArgs(dir, file, 'open-quote', false), () => undefined);
    const report = JSON.parse(readFileSync(join(dir, 'open-quote.json'), 'utf8')) as { customers: { id: string }[] };
    expect(report.customers.map((c) => c.id)).toContain('CU');
    expect(report.customers).toHaveLength(21);
  });
});
