/**
 * A customer list in CSV or Parquet beside an order history (`tiers score ORDERS.csv --customers
 * CUSTOMERS.csv`): an ERP's customer master, with the fields the value model reads from a customer
 * sheet (industry, credit, communication, claims ...). Read whole through DuckDB into a grid, as a
 * customer sheet of a workbook would be, and written back as that sheet of OUT.xlsx with the owned
 * columns beside it. Customers fit in a sheet; DuckDB only parses (docs/cli.md, "A customer list").
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CellValue } from '../../domain/model';
import { readVector, type OrderFileKind } from './orderFile';
import { VarcharCells } from './varcharCells';

/** Excel's limit on a sheet's rows: a customer list past it cannot be written back as a sheet. */
const SHEET_ROWS = 1_048_576;

/** Excel's limit on a sheet name's length, and the characters it refuses in one. */
const SHEET_NAME_LENGTH = 31;
const NOT_IN_SHEET_NAMES = /[[\]:*?/\\]/g;

/** The sheet a customer file becomes in OUT.xlsx (and is named by in problems): its file name as Excel allows. */
export function customerSheetName(fileName: string): string {
  const name = fileName.replace(NOT_IN_SHEET_NAMES, '_').replace(/^'+|'+$/g, '');
  return (name || 'Customers').slice(0, SHEET_NAME_LENGTH);
}

/**
 * A text a number reads back as, digit for digit but for trailing zeros after a point: a number,
 * as a sheet's cell would be. An id with leading zeros (00123), a plus sign, an exponent or a
 * thousands separator stays text, read by the checks as a sheet's text is.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

export function customerCell(text: string | null): CellValue {
  if (text === null || text === '') return null;
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * The customer file at `path` (UTF-8 already, for a CSV: csvEncoding.ts) as a grid, header first.
 * Every value is read as its text (a date as the file writes it, so OUT.xlsx shows it as written)
 * and plain numbers made numbers (customerCell). `sheet` names the file in messages.
 */
export async function readCustomerFile(path: string, kind: OrderFileKind, sheet: string): Promise<CellValue[][]> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  let connection: DuckDBConnection | null = null;
  try {
    connection = await instance.connect();
    const source = kind === 'csv' ? `read_csv(${sqlText(path)}, header = true, all_varchar = true, quote = '"', escape = '"')` : `read_parquet(${sqlText(path)})`;
    const described = (await (await connection.run(`DESCRIBE SELECT * FROM ${source}`)).getRows()) as unknown[][];
    const names = described.map((r) => String(r[0]));
    const columns = names.map((n) => `CAST("${n.replace(/"/g, '""')}" AS VARCHAR)`).join(', ');
    const result = await connection.stream(`SELECT ${columns} FROM ${source}`);
    const grid: CellValue[][] = [names];
    const column: CellValue[] = [];
    const caches = names.map(() => new VarcharCells());
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const count = chunk.rowCount;
      if (grid.length + count > SHEET_ROWS) throw new Error(`${sheet} has more customers than a sheet holds (${SHEET_ROWS - 1} below its header).`);
      const first = grid.length;
      for (let i = 0; i < count; i++) grid.push(new Array<CellValue>(names.length));
      for (let c = 0; c < names.length; c++) {
        column.length = count;
        readVector(chunk.getColumnVector(c), count, column, () => caches[c] as VarcharCells);
        for (let i = 0; i < count; i++) (grid[first + i] as CellValue[])[c] = customerCell(column[i] as string | null);
      }
    }
    return grid;
  } finally {
    connection?.closeSync();
    instance.closeSync();
  }
}
