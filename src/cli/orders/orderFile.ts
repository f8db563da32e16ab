/**
 * Order histories past Excel's 1,048,576 rows: a CSV or Parquet file (an ERP's nightly export)
 * read through DuckDB, embedded in the CLI, and streamed chunk by chunk into the same order reader
 * as an .xlsx order sheet (analyseWorkbook's startOrderStream): the same mapping, checks, columnar
 * order table and scoring, with no measure computed anywhere else. DuckDB only parses the file:
 * numbers come out as numbers, dates and timestamps as Excel serials, anything else as text, which
 * the order reader then reads as it reads cells.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ORDER_STREAM_HEAD_ROWS, startOrderStream, type OrderStream } from '../../domain/analyse';
import type { CellValue } from '../../domain/model';

export type OrderFileKind = 'csv' | 'parquet';

/** The kind of an order file by its name, or null for anything else (an .xlsx). */
export function orderFileKind(path: string): OrderFileKind | null {
  const lower = path.toLowerCase();
  if (/\.(csv|tsv|txt)(\.gz|\.zst)?$/.test(lower)) return 'csv';
  if (/\.parquet$/.test(lower)) return 'parquet';
  return null;
}

const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const sqlName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/;

/** How a column of DuckDB type `type` comes out: as a number, an Excel serial, a boolean or text. */
function selectColumn(name: string, type: string): string {
  const col = sqlName(name);
  if (NUMERIC.test(type)) return `CAST(${col} AS DOUBLE)`;
  if (type === 'DATE') return `CAST(datediff('day', DATE '1899-12-30', ${col}) AS DOUBLE)`;
  if (type.startsWith('TIMESTAMP')) return `epoch(CAST(${col} AS TIMESTAMP)) / 86400.0 + 25569`;
  if (type === 'BOOLEAN') return col;
  return `CAST(${col} AS VARCHAR)`;
}

export interface OrderFileRead {
  /** Header row plus the first rows: the "sheet" the mapping is detected on. */
  head: CellValue[][];
  stream: OrderStream;
  lines: number;
}

/**
 * Reads the order file into an order stream; `sheet` names it in problems (rows are numbered as
 * lines of the file: the header is row 1).
 */
export async function readOrderFile(path: string, kind: OrderFileKind, sheet: string, progress: (lines: number) => void): Promise<OrderFileRead> {
  // Loaded here, not at start-up: a workbook run does not pay for DuckDB's native library.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  let connection: DuckDBConnection | null = null;
  try {
    connection = await instance.connect();
    const source = kind === 'csv' ? `read_csv(${sqlText(path)}, header = true)` : `read_parquet(${sqlText(path)})`;
    const described = (await (await connection.run(`DESCRIBE SELECT * FROM ${source}`)).getRows()) as unknown[][];
    const names = described.map((r) => String(r[0]));
    const select = described.map((r) => selectColumn(String(r[0]), String(r[1]))).join(', ');
    const result = await connection.stream(`SELECT ${select} FROM ${source}`);
    const head: CellValue[][] = [names];
    let stream: OrderStream | null = null;
    let lines = 0;
    let next = 100_000;
    const start = (): OrderStream => {
      const s = startOrderStream({ sheet, grid: head });
      if (s.reader) for (let r = s.reader.firstDataRow; r < head.length; r++) s.reader.push(head[r], r);
      return s;
    };
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (const row of chunk.getRows() as CellValue[][]) {
        lines++;
        if (stream) stream.reader?.push(row, lines);
        else {
          head.push(row);
          if (head.length >= ORDER_STREAM_HEAD_ROWS) stream = start();
        }
      }
      if (lines >= next) {
        progress(lines);
        next += 100_000;
      }
    }
    return { head, stream: stream ?? start(), lines };
  } finally {
    connection?.closeSync();
    instance.closeSync();
  }
}
