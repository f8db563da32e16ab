/**
 * `tiers score ORDERS.csv --customers CUSTOMERS.csv`: an ERP's order export and customer master
 * must score every customer exactly as the same two sheets in a workbook, and OUT.xlsx must hold
 * the customer list with the owned columns beside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/model';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import { parseCommand } from '../../src/cli/args';
import { customerCell, customerSheetName } from '../../src/cli/orders/customerFile';
import { writeGridsXlsx } from '../../src/cli/xlsx/writeGrids';
import { generateSampleWorkbook, SAMPLE_CUSTOMER_COLUMNS, SAMPLE_DATE_FIELDS, SAMPLE_ORDER_COLUMNS } from '../../src/sample';
import { encodeLegacy } from '../support/legacyEncoding';
import { removeTempDir, tempDir } from './support/runTiers';
import { csvOfGrid } from './support/gridCsv';
import { scoreArgsOf } from './support/scoreArgs';

const dateColumns = (columns: readonly { field: string }[]): Set<number> => new Set(columns.flatMap((col, c) => (SAMPLE_DATE_FIELDS.has(col.field) ? [c] : [])));

const scoreArgs = (dir: string, input: string, name: string, customers: string | null): ScoreArgs => scoreArgsOf(input, join(dir, name), { csv: join(dir, `${name}.csv`), lenient: true, customers });

interface Report {
  customers: { id: string; score: number | null }[];
  tierCounts: unknown;
  warnings: { message: string }[];
}

describe('tiers score ORDERS --customers CUSTOMERS', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('customerfile');
  });
  afterAll(() => removeTempDir(dir));

  it('scores an order file and a customer list exactly as the same two sheets in a workbook, CSV and Parquet', async () => {
    const sample = generateSampleWorkbook({ customers: 120, orders: 3000, seed: 7, language: 'zh' });
    const xlsx = join(dir, 'book.xlsx');
    await writeGridsXlsx(xlsx, [
      { name: '客户', grid: sample.customers },
      { name: '订单', grid: sample.orders },
    ]);
    const orders = join(dir, 'orders.csv');
    writeFileSync(orders, csvOfGrid(sample.orders, dateColumns(SAMPLE_ORDER_COLUMNS)));
    const customersText = csvOfGrid(sample.customers, dateColumns(SAMPLE_CUSTOMER_COLUMNS));
    const customers = join(dir, 'customers.csv');
    writeFileSync(customers, customersText);
    const parquet = join(dir, 'customers.parquet');
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${customers}', header = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    duck.closeSync();

    const score = async (input: string, name: string, list: string | null) => {
      const args = scoreArgs(dir, input, name, list);
      await runScore(args, () => undefined);
      return { report: JSON.parse(readFileSync(args.json as string, 'utf8')) as Report, csv: readFileSync(args.csv as string, 'utf8') };
    };
    const fromBook = await score(xlsx, 'book', null);
    const ordersOnly = await score(orders, 'only', null);
    // The customer sheet's fields count: without it the scores differ (indicators without inputs).
    expect(ordersOnly.report.customers.map((c) => c.score)).not.toEqual(fromBook.report.customers.map((c) => c.score));
    for (const [list, name] of [
      [customers, 'c'],
      [parquet, 'p'],
    ] as const) {
      const fromFiles = await score(orders, name, list);
      expect(fromFiles.report.customers).toEqual(fromBook.report.customers);
      expect(fromFiles.report.tierCounts).toEqual(fromBook.report.tierCounts);
      expect(fromFiles.csv).toBe(fromBook.csv);
    }
    // OUT.xlsx, read by an independent reader: the Source sheet names both files; the customer list
    // is a sheet of its own with the owned columns right of its columns, one row per customer.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'c.xlsx'));
    const source = book.worksheets[0];
    expect(source?.getCell('B1').value).toBe(orders);
    expect(source?.getCell('A3').value).toBe('客户读取自');
    expect(source?.getCell('B3').value).toBe(customers);
    const list = book.getWorksheet('customers.csv');
    const header = sample.customers[0] as CellValue[];
    expect(list?.getRow(1).getCell(1).value).toBe(header[0]);
    const owned = list?.getRow(1).getCell(header.length + 2).value;
    expect(String(owned)).toMatch(/Tiers/);
    expect(list?.rowCount).toBe(sample.customers.length);
    // Ids and dates as the file writes them, plain numbers as numbers.
    expect(list?.getRow(2).getCell(1).value).toBe(sample.customers[1]?.[0]);
  }, 180_000);

  it('reads a customer list saved as GBK as the same list in UTF-8', async () => {
    const orders = join(dir, 'gbk-orders.csv');
    writeFileSync(orders, 'Order ID,Customer ID,Order date,Amount\nO1,C1,2025-01-05,100\nO2,C2,2025-02-05,200\nO3,C1,2025-03-05,300\n');
    const list = '客户编号,客户名称,行业影响力,信用指数\nC1,上海华东贸易有限公司,4,81\nC2,北京科技实业集团,2,64\n';
    for (const [name, bytes] of [
      ['u', Buffer.from(list)],
      ['g', encodeLegacy(list, 'gb18030')],
    ] as const)
      writeFileSync(join(dir, `list-${name}.csv`), bytes);
    const report = async (name: string): Promise<string> => {
      const args = scoreArgs(dir, orders, `gbk-${name}`, join(dir, `list-${name}.csv`));
      await runScore(args, () => undefined);
      return readFileSync(args.json as string, 'utf8')
        .split(`list-${name}.csv`)
        .join('LIST');
    };
    const fromUtf8 = await report('u');
    expect(fromUtf8).toContain('上海华东贸易有限公司');
    expect(await report('g')).toBe(fromUtf8);
  });

  it('refuses --customers with a workbook, a file of another kind, and a list without customer ids', async () => {
    const orders = join(dir, 'few.csv');
    writeFileSync(orders, 'Order ID,Customer ID,Order date,Amount\nO1,C1,2025-01-05,100\nO2,C2,2025-02-05,200\n');
    const notCustomers = join(dir, 'colours.csv');
    writeFileSync(notCustomers, 'Colour,Shade\nred,dark\n');
    await expect(runScore(scoreArgs(dir, join(dir, 'book.xlsx'), 'x', notCustomers), () => undefined)).rejects.toThrow(/--customers is for an order history in CSV or Parquet/);
    await expect(runScore(scoreArgs(dir, orders, 'x', join(dir, 'list.xlsx')), () => undefined)).rejects.toThrow(/--customers must name a CSV or Parquet file/);
    await expect(runScore(scoreArgs(dir, orders, 'x', notCustomers), () => undefined)).rejects.toThrow(/colours\.csv was not read as a customer list/);
  });

  it('parses --customers for score, and names the sheet and cells as Excel allows', () => {
    const command = parseCommand(['score', 'orders.csv', '--customers', 'crm/customers.csv', '--out', 'out.xlsx']);
    expect(command.kind === 'score' && command.args.customers).toBe('crm/customers.csv');
    expect(customerSheetName('a[b]:c*d?.csv')).toBe('a_b__c_d_.csv');
    expect(customerSheetName('x'.repeat(40))).toHaveLength(31);
    expect([customerCell('00123'), customerCell('42'), customerCell('1234.50'), customerCell('-7'), customerCell('1e5'), customerCell(''), customerCell(null)]).toEqual([
      '00123',
      42,
      1234.5,
      -7,
      '1e5',
      null,
      null,
    ]);
  });
});
