/**
 * Order histories past Excel's 1,048,576 rows: a CSV or Parquet file (an ERP's nightly export)
 * read through DuckDB, embedded in the CLI, and streamed chunk by chunk into the same order reader
 * as an .xlsx order sheet (analyseWorkbook's startOrderStream): the same mapping, checks, columnar
 * order table and scoring, with no measure computed anywhere else. DuckDB only parses the file:
 * numbers come out as numbers, dates and timestamps as Excel serials, anything else as text, which
 * the order reader then reads as it reads cells.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import type { DuckDBConnection, DuckDBDataChunk, DuckDBVector } from '@duckdb/node-api';
import { ORDER_STREAM_HEAD_ROWS, startOrderStream, type OrderStream } from '../../domain/analyse';
import type { CellValue } from '../../domain/model';
import { VARCHAR, VarcharCells } from './varcharCells';
import { chunkReleaser } from './chunkRelease';

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

/**
 * DuckDB's CSV buffer, in bytes: its maximum line size (2 MiB, DuckDB's default, which a buffer
 * must hold), not its default of sixteen times that. Each buffer is fresh memory, and a 32 MiB one
 * costs 8,000 page faults (about 0.15 s CPU on this kind of machine) to read 32 MiB of the file;
 * buffers of 2 MiB are freed and reused. The sniffer finds the same dialect and types either way
 * (docs/benchmarks.md, "Ninth session: the CSV read's fresh memory").
 */
const CSV_BUFFER_BYTES = 2 << 20;

/** DuckDB's read of a CSV: header on the first line, the buffer as above, `extra` options after. */
const readCsv = (path: string, extra = ''): string => `read_csv(${sqlText(path)}, header = true, buffer_size = ${CSV_BUFFER_BYTES}${extra})`;

/** A column of the file as DuckDB types it: by its sniffer (CSV) or the file's schema (Parquet). */
interface FileColumn {
  name: string;
  type: string;
}

/** What sniff_csv says when a CSV has no quote, escape or comment character. */
const NONE = '(empty)';

/**
 * DuckDB's sniffer run once on a CSV: its columns with the types it saw (what `DESCRIBE` of the
 * same read gives), and the CSV read with the dialect it found, every column as text and no
 * second sniff (sniffing again costs about 0.1 s CPU at any size: docs/benchmarks.md, "Ninth
 * session: the CSV read's fresh memory").
 */
async function sniffCsv(connection: DuckDBConnection, path: string, quoting: Quoting): Promise<{ columns: FileColumn[]; read: string }> {
  const sql = `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, Columns FROM sniff_csv(${sqlText(path)}, header = true, buffer_size = ${CSV_BUFFER_BYTES})`;
  const row = (await (await connection.run(sql)).getRowObjectsJson())[0] as Record<string, unknown> | undefined;
  if (!row || !Array.isArray(row.Columns)) throw new Error('DuckDB found no columns.');
  const columns = (row.Columns as { name: unknown; type: unknown }[]).map((c) => ({ name: String(c.name), type: String(c.type) }));
  const character = (v: unknown): string => sqlText(v === NONE ? '' : String(v));
  // No quote mark in the sniffer's sample: RFC 4180's quoting said outright (Quoting).
  quoting.said = quoting.rfc && row.Quote === NONE;
  const quotes = quoting.said ? [`quote = '"'`, `escape = '"'`] : [`quote = ${character(row.Quote)}`, `escape = ${character(row.Escape)}`];
  const dialect = [
    'auto_detect = false',
    `delim = ${sqlText(String(row.Delimiter))}`,
    ...quotes,
    `new_line = ${sqlText(String(row.NewLineDelimiter))}`,
    `skip = ${Number(row.SkipRows)}`,
    `comment = ${character(row.Comment)}`,
    `columns = {${columns.map((c) => `${sqlText(c.name)}: 'VARCHAR'`).join(', ')}}`,
  ];
  return { columns, read: readCsv(path, `, ${dialect.join(', ')}`) };
}

/** A Parquet file's columns as typed by its schema. */
async function parquetColumns(connection: DuckDBConnection, source: string): Promise<FileColumn[]> {
  const described = (await (await connection.run(`DESCRIBE SELECT * FROM ${source}`)).getRows()) as unknown[][];
  return described.map((r) => ({ name: String(r[0]), type: String(r[1]) }));
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL.*)$/;

/**
 * How a column of DuckDB type `type` comes out: as a number, an Excel serial, a boolean or text.
 * A CSV is read as text (every column VARCHAR: sniffCsv) and cast here with TRY_CAST to the type DuckDB's sniffer
 * saw in the file's first lines, so a cell that does not fit (a word in an amount column on line
 * 900,000) is not a failure of the whole file: it comes out as its text in a second column, and
 * the order reader reports it as it reports a sheet's cell (file, line, column). Text that a
 * number would change (an id with leading zeros, "00123") comes out as text too. Parquet's
 * columns are typed by the file: cast as they are.
 */
function selectColumn(name: string, type: string, kind: OrderFileKind): { value: string; text: string | null } {
  const col = sqlName(name);
  const cast = (to: string): string => (kind === 'csv' ? `TRY_CAST(${col} AS ${to})` : `CAST(${col} AS ${to})`);
  const fallback = (to: string, extra = ''): string | null => (kind === 'csv' ? `CASE WHEN ${cast(to)} IS NULL${extra} THEN ${col} END` : null);
  if (NUMERIC.test(type)) return { value: cast('DOUBLE'), text: fallback('DOUBLE', ` OR (starts_with(${col}, '0') AND NOT starts_with(${col}, '0.') AND ${col} <> '0')`) };
  if (type === 'DATE') return { value: `CAST(datediff('day', DATE '1899-12-30', ${cast('DATE')}) AS DOUBLE)`, text: fallback('DATE') };
  if (type.startsWith('TIMESTAMP')) return { value: `epoch(${cast('TIMESTAMP')}) / 86400.0 + 25569`, text: fallback('TIMESTAMP') };
  if (type === 'BOOLEAN') return { value: cast('BOOLEAN'), text: fallback('BOOLEAN') };
  return { value: `CAST(${col} AS VARCHAR)`, text: null };
}

export interface OrderFileRead {
  /** Header row plus the first rows: the "sheet" the mapping is detected on. */
  head: CellValue[][];
  stream: OrderStream;
  lines: number;
}

/** Bytes of the file's start read to estimate its line count. */
const SAMPLE_BYTES = 4 << 20;

/**
 * About how many lines a plain CSV has, from its size and the length of its first lines, with a
 * margin: the order table is allocated once at this size instead of doubling from the head's
 * 20,011 rows (each doubling copies every column, and fresh memory is what costs most here:
 * docs/benchmarks.md). An over-estimate costs only address space (pages never written are never
 * backed); an under-estimate grows the table as before. Null for a compressed file.
 */
function estimatedCsvLines(path: string): number | null {
  if (/\.(gz|zst)$/i.test(path)) return null;
  const size = statSync(path).size;
  const sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, sample, 0, sample.length, 0);
  } finally {
    closeSync(fd);
  }
  let newlines = 0;
  for (let at = sample.indexOf(10); at !== -1; at = sample.indexOf(10, at + 1)) newlines++;
  if (sample.length === size) return newlines + 1;
  return newlines === 0 ? null : Math.ceil((size / sample.length) * newlines * 1.15);
}

/** Bytes of the file read at a time to count its lines (csvPhysicalLines). */
const COUNT_BYTES = 8 << 20;

/**
 * The physical lines of a plain CSV (its line feeds, plus a last line without one), null for a
 * compressed file. Every line DuckDB hands over is at least one physical line and the header one
 * more, so `lines + 1` equal to this proves the stream was not cut short (readOrderFile), without
 * DuckDB parsing the whole file a second time to count it (0.5 s CPU per million lines:
 * docs/benchmarks.md, "Eighth session: the order read"). Any other count (a quoted line break,
 * blank lines, lines before the header) leaves the proof to DuckDB's count.
 */
function csvPhysicalLines(path: string): number | null {
  if (/\.(gz|zst)$/i.test(path)) return null;
  const buffer = Buffer.allocUnsafe(COUNT_BYTES);
  const fd = openSync(path, 'r');
  let lines = 0;
  let last = -1;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const bytes = read === buffer.length ? buffer : buffer.subarray(0, read);
      for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
      last = bytes[read - 1] as number;
    }
  } finally {
    closeSync(fd);
  }
  return last === -1 || last === 10 ? lines : lines + 1;
}

/** The file's line count when its format records it (Parquet's metadata), else an estimate. */
async function expectedLines(connection: DuckDBConnection, path: string, kind: OrderFileKind, source: string): Promise<number | null> {
  if (kind === 'csv') return estimatedCsvLines(path);
  const rows = (await (await connection.run(`SELECT count(*) FROM ${source}`)).getRows()) as unknown[][];
  const count = Number(rows[0]?.[0]);
  return Number.isFinite(count) ? count : null;
}

/**
 * The validity bits of a DuckDB vector as 32-bit words (row i of the chunk is valid when bit i is
 * set), null when every row is valid, undefined when the vector does not expose them. DuckDB's own
 * `getItem` tests each row's bit with BigInt arithmetic, which cost more than the rest of the read
 * of a number (docs/benchmarks.md, "Fifth session: the CSV path's own costs"); the vector's fields are private in the typings,
 * so they are reached structurally, and any vector without them is read through `getItem`.
 */
function validityWords(vector: DuckDBVector): Uint32Array | null | undefined {
  const validity = (vector as unknown as { validity?: { data?: unknown; offset?: unknown } }).validity;
  if (!LITTLE_ENDIAN || !validity || validity.offset !== 0) return undefined;
  const data = validity.data;
  if (data === null) return null;
  return data instanceof BigUint64Array ? new Uint32Array(data.buffer, data.byteOffset, data.length * 2) : undefined;
}

const LITTLE_ENDIAN = endianness() === 'LE';

const isValid = (words: Uint32Array | null, i: number): boolean => words === null || (((words[i >>> 5] as number) >>> (i & 31)) & 1) === 1;

/**
 * The chunk's `count` values of `vector` into `column`: a DOUBLE vector straight from its
 * Float64Array, a VARCHAR vector from its bytes through the column's `texts` cache (made on first use:
 * varcharCells.ts), anything else through `getItem` (null rows skipped by their bit).
 */
export function readVector(vector: DuckDBVector, count: number, column: CellValue[], texts: () => VarcharCells): void {
  const words = validityWords(vector);
  const items = words === undefined ? undefined : (vector as unknown as { items?: unknown }).items;
  if (words !== undefined && items instanceof Float64Array && items.length >= count) {
    for (let i = 0; i < count; i++) column[i] = isValid(words, i) ? (items[i] as number) : null;
    return;
  }
  if (words !== undefined && vector.type.typeId === VARCHAR && texts().read(vector, count, (i) => !isValid(words, i), column)) return;
  for (let i = 0; i < count; i++) {
    if (words !== undefined && !isValid(words, i)) {
      column[i] = null;
      continue;
    }
    column[i] = vector.getItem(i) as CellValue;
  }
}

/**
 * The texts of cells whose cast failed over their values: `vector` is one LIST column, null on a
 * line where every cast held (nearly all), else the texts of the line's typed columns in the order
 * of `textColumns` (null where the cast held). One list column rather than a text column per
 * typed column: DuckDB's binding copies every vector a chunk hands over (32 KB per text column
 * of 2,048 lines, mostly nulls), docs/benchmarks.md, "Eighth session: the order read".
 */
function overlayTexts(vector: DuckDBVector, count: number, columns: CellValue[][], textColumns: readonly number[]): void {
  const words = validityWords(vector);
  for (let i = 0; i < count; i++) {
    if (words !== undefined && !isValid(words, i)) continue;
    const list = vector.getItem(i) as { items: readonly unknown[] } | null;
    if (list === null) continue;
    for (let k = 0; k < textColumns.length; k++) {
      const t = list.items[k];
      if (typeof t === 'string') (columns[textColumns[k] as number] as CellValue[])[i] = t;
    }
  }
}

/**
 * Reads the order file into an order stream; `sheet` names it in problems (rows are numbered as
 * lines of the file: the header is row 1). DuckDB's chunks go to the order reader as columns
 * (`OrderReader.pushColumns`): no array per line is built, each cell is checked as a sheet's.
 */
export async function readOrderFile(path: string, kind: OrderFileKind, sheet: string, progress: (lines: number) => void): Promise<OrderFileRead> {
  const quoting: Quoting = { rfc: true, said: false };
  try {
    return await readOrderFileAs(path, kind, sheet, progress, quoting);
  } catch (error) {
    // Not RFC 4180 after all (a field that opens with a quote mark it never closes, say): read as
    // DuckDB's sniffer found it, as before; its error, if it fails too, is the one reported.
    if (!quoting.said) throw error;
    return readOrderFileAs(path, kind, sheet, progress, { rfc: false, said: false });
  }
}

/**
 * A CSV's quoting. RFC 4180's (a field may be quoted with `"`, a quote inside one doubled: as
 * Excel, ERPs and most tools write them) is said outright when DuckDB's sniffer, which looks at
 * the first 20,480 lines only, found no quote mark there: read without quoting, a quoted note with
 * a comma or a line break further down split its line and failed the whole file, and a quoted id
 * was another customer (docs/cli.md, "Order histories in CSV or Parquet"). A quote mark inside an
 * unquoted field (12" pipe) stays text. `said`: whether this read said it.
 */
interface Quoting {
  rfc: boolean;
  said: boolean;
}

async function readOrderFileAs(path: string, kind: OrderFileKind, sheet: string, progress: (lines: number) => void, quoting: Quoting): Promise<OrderFileRead> {
  // Loaded here, not at start-up: a workbook run does not pay for DuckDB's native library.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // One DuckDB thread: it parses the next chunk while the order reader (the slower side) reads
  // this one, so a second thread only competes for the cores (docs/benchmarks.md, "Seventh session: the CSV path").
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  let connection: DuckDBConnection | null = null;
  let pending: Promise<DuckDBDataChunk | null> | null = null;
  try {
    connection = await instance.connect();
    // A CSV is read as text (its values cast below); a Parquet file as typed.
    const parquet = `read_parquet(${sqlText(path)})`;
    const { columns: described, read } = kind === 'csv' ? await sniffCsv(connection, path, quoting) : { columns: await parquetColumns(connection, parquet), read: parquet };
    const names = described.map((c) => c.name);
    // Per column: the index of its value in the result, and of its text when the value did not fit.
    // Column c's value is result column c; the texts of failed casts come after them as one list
    // (overlayTexts), computed once per line in an inner projection.
    const values: string[] = [];
    const texts: string[] = [];
    const textColumns: number[] = [];
    described.forEach((column, c) => {
      const { value, text } = selectColumn(column.name, column.type, kind);
      values.push(`${value} AS v${c}`);
      if (text === null) return;
      texts.push(`${text} AS t${texts.length}`);
      textColumns.push(c);
    });
    const outer = values.map((_, c) => `v${c}`);
    if (texts.length > 0) {
      const t = texts.map((_, k) => `t${k}`).join(', ');
      outer.push(`CASE WHEN coalesce(${t}) IS NOT NULL THEN [${t}] END`);
    }
    const expected = await expectedLines(connection, path, kind, parquet);
    const result = await connection.stream(`SELECT ${outer.join(', ')} FROM (SELECT ${[...values, ...texts].join(', ')} FROM ${read})`);
    const head: CellValue[][] = [names];
    let stream: OrderStream | null = null;
    let lines = 0;
    let next = 100_000;
    const start = (): OrderStream => {
      const s = startOrderStream({ sheet, grid: head }, undefined, {}, expected === null ? undefined : expected + 1);
      if (s.reader) for (let r = s.reader.firstDataRow; r < head.length; r++) s.reader.push(head[r], r);
      return s;
    };
    // One array per column, refilled for every chunk.
    const columns: CellValue[][] = names.map(() => []);
    // A text column's cache (1 MB of keys) made when a text vector first comes: a number column needs none.
    const caches: (VarcharCells | undefined)[] = names.map(() => undefined);
    // The next chunk is asked for before this one is read: DuckDB parses it on its own thread while
    // the order reader works on this one (each chunk is its own buffer, valid while it is referenced).
    pending = result.fetchChunk();
    // Chunks read are freed every few chunks, so DuckDB reuses their memory (chunkRelease.ts); not
    // while the head rows are gathered (each collection would copy their 20,000 arrays, still live).
    const release = chunkReleaser();
    for (;;) {
      const chunk = await pending;
      if (!chunk || chunk.rowCount === 0) break;
      pending = result.fetchChunk();
      if (stream !== null) release();
      const count = chunk.rowCount;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c] as CellValue[];
        column.length = count;
        readVector(chunk.getColumnVector(c), count, column, () => (caches[c] ??= new VarcharCells()));
      }
      if (textColumns.length > 0) overlayTexts(chunk.getColumnVector(columns.length), count, columns, textColumns);
      // Grid row of the chunk's first line: the header is row 0.
      const r0 = lines + 1;
      let i = 0;
      for (; stream === null && i < count; i++) {
        head.push(columns.map((column) => column[i] as CellValue));
        if (head.length >= ORDER_STREAM_HEAD_ROWS) stream = start();
      }
      if (stream?.reader && i < count) stream.reader.pushColumns({ length: count, columns }, r0, i);
      lines += count;
      if (lines >= next) {
        progress(lines);
        next += 100_000;
      }
    }
    // DuckDB's stream of chunks ends early, without an error, at a line it cannot parse (more
    // fields than the header, past its sniffer's sample). A CSV of one physical line per line
    // handed over (and the header) was read to its end; otherwise counting the same read raises
    // DuckDB's error, naming the line. Parquet's count is in its metadata (`expected`).
    const db = connection;
    const counted = async (): Promise<number> => Number(((await (await db.run(`SELECT count(*) FROM ${read}`)).getRows()) as unknown[][])[0]?.[0]);
    const total = kind === 'csv' ? (csvPhysicalLines(path) === lines + 1 ? lines : await counted()) : expected;
    if (total !== null && total !== lines) throw new Error(`DuckDB handed over ${lines} of the file's ${total} lines.`);
    return { head, stream: stream ?? start(), lines };
  } finally {
    // A chunk still being fetched (the read stopped early) is awaited before DuckDB is closed under it.
    await pending?.catch(() => null);
    connection?.closeSync();
    instance.closeSync();
  }
}
