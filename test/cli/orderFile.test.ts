/**
 * `tiers score ORDERS.csv|.parquet`: the order history through embedded DuckDB into the same
 * order reader must score every customer exactly as the same orders in an order-only workbook.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { isoFromDay } from '../../src/domain/dates';
import type { CellValue } from '../../src/domain/model';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import { writeGridsXlsx } from '../../src/cli/xlsx/writeGrids';
import { generateSampleWorkbook, SAMPLE_DATE_FIELDS, SAMPLE_ORDER_COLUMNS } from '../../src/sample';
import { removeTempDir, tempDir } from './support/runTiers';

const SERIAL_OF_EPOCH = 25569;

function csvOf(grid: readonly (readonly CellValue[])[], dateColumns: ReadonlySet<number>): string {
  const cell = (v: CellValue, c: number): string => {
    if (v === null) return '';
    if (typeof v === 'number' && dateColumns.has(c)) return isoFromDay(Math.floor(v) - SERIAL_OF_EPOCH);
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return grid.map((row, r) => row.map((v, c) => (r === 0 ? String(v) : cell(v, c))).join(',')).join('\n') + '\n';
}

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
    writeFileSync(csv, csvOf(sample.orders, dates));
    const parquet = join(dir, 'orders.parquet');
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    duck.closeSync();

    const score = async (input: string, name: string) => {
      const args: ScoreArgs = {
        input,
        out: join(dir, `${name}.xlsx`),
        asOf: '2026-01-01',
        config: null,
        json: join(dir, `${name}.json`),
        jsonPretty: false,
        csv: join(dir, `${name}.csv`),
        rfm: null,
        period: null,
        lenient: false,
      };
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
    }
    expect(fromXlsx.csv.split('\r\n')[0]).toMatch(/^Customer id,Name,Tiers score,/i);
  }, 120_000);
});
