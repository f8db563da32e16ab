/**
 * A table the add-in owns on a sheet of its own: created on first use with fixed headers, read as
 * header + rows, and updated by key so each record keeps one row even after the user sorted or
 * moved columns (columns are found by header text, rows by the key column).
 *
 * Headers are written in the workbook's language and found in any of the three
 * (src/domain/work/tableHeaders.ts; docs/sheet-language.md): a column is known by its English
 * header, and a write in another language renames our headers in place, with the write's batch.
 *
 * Text safety: the Range.values reference says a string starting with "=", "+" or "-" is taken as
 * a formula. Text columns are given the "@" (Text) number format before their values are written,
 * in the same batch, so Excel keeps what is typed verbatim (the adapter's choice, src/excel/textSafety.ts,
 * which cites its sources). Dates are written as serial numbers in date-formatted columns, counted
 * in the workbook's date system (src/excel/dateSystem.ts): rows read hold 1900-system serials.
 */
import type { CellValue } from '../../domain/model';
import { isTableHeader, tableHeader, tableHeaderAt, type WorkWordLanguage } from '../../domain/work';
import { RefusedError } from '../../domain/refusals';
import { structureProtectedRefusal } from '../../output/ownedColumns';
import { contiguousRuns } from '../../output/address';
import { probeDateSystem, serialFrom1900, serialTo1900 } from '../dateSystem';
import { blockBytes, chunkRows } from '../payload';
import { readRects, readValuesInBlocks } from '../readBlocks';
import type { RidingRead } from './ridingRead';
import { Syncer } from '../syncs';
import { setWholeFormat, TEXT_FORMAT } from '../textSafety';

export type OwnedColumnKind = 'text' | 'date' | 'number' | 'boolean' | 'percent';

export interface OwnedColumn {
  /** The English header: the column's identity; written in the workbook's language (tableHeader). */
  header: string;
  kind: OwnedColumnKind;
}

export interface OwnedTableSpec {
  sheet: string;
  table: string;
  columns: readonly OwnedColumn[];
  /** English header of the column that identifies a row. */
  key: string;
}

export interface OwnedRows {
  /** The header row as it stands (the user may have moved or added columns). */
  headers: string[];
  /** Non-blank body rows, in sheet order, full table width. */
  rows: CellValue[][];
}

export interface UpsertOptions {
  /** Leave rows whose key is already listed exactly as they are (add new keys only). */
  onlyNew?: boolean;
  /** Leave the last (small) batch queued for the caller's next sync, instead of syncing it now. */
  deferLastBatch?: boolean;
  /** The workbook's language: headers of a new table, of added columns, and ours renamed in place. Default English. */
  language?: WorkWordLanguage;
}

export interface UpsertResult {
  added: string[];
  updated: string[];
  /** Keys already listed and left alone because of `onlyNew`. */
  skipped: string[];
}

const NUMBER_FORMATS: Record<OwnedColumnKind, string> = { text: TEXT_FORMAT, date: 'yyyy-mm-dd', number: 'General', boolean: 'General', percent: '0%' };

const keyText = (value: CellValue | undefined): string => String(value ?? '').trim();
const isBlankRow = (row: readonly CellValue[]): boolean => row.every((v) => v === '' || v === null);

interface TableLayout {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  rowIndex: number; // sheet row of the header
  columnIndex: number;
  headers: string[];
  body: CellValue[][];
  /** The workbook counts dates in the 1904 system. */
  date1904: boolean;
}

/** The table's cells in row blocks within the payload limits (a task list can run to 100,000 rows). */
async function readTableCells(syncer: Syncer, table: Excel.Table): Promise<{ sheet: Excel.Worksheet; rowIndex: number; columnIndex: number; values: CellValue[][] }> {
  const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = table.worksheet;
  await syncer.sync();
  const values = await readValuesInBlocks(syncer, sheet, range.rowIndex, range.rowCount, range.columnCount, { startColumn: range.columnIndex });
  return { sheet, rowIndex: range.rowIndex, columnIndex: range.columnIndex, values };
}

/** An absent owned table as found: its sheet (null when absent too) and whether a sheet may be added. */
export interface AbsentTable {
  sheet: Excel.Worksheet | null;
  structureProtected: boolean;
  date1904: boolean;
}

/** Queues the sheet (when missing), header row and table; they go with the first write's batch. */
async function createTable(context: Excel.RequestContext, syncer: Syncer, spec: OwnedTableSpec, absent: AbsentTable, language: WorkWordLanguage): Promise<TableLayout> {
  // Adding the sheet would fail with the structure protected: say so before writing anything.
  if (!absent.sheet && absent.structureProtected) {
    const { code, values } = structureProtectedRefusal([spec.sheet]);
    throw new RefusedError({ code, values });
  }
  const sheet = absent.sheet ?? context.workbook.worksheets.add(spec.sheet);
  const headers = spec.columns.map((c) => tableHeader(c.header, language));
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.values = [headers];
  const table = sheet.tables.add(headerRange, true);
  table.name = spec.table;
  sheet.freezePanes.freezeRows(1);
  await syncer.reserve(1_000);
  return { sheet, table, rowIndex: 0, columnIndex: 0, headers, body: [], date1904: absent.date1904 };
}

/**
 * Where the owned table stands, with its cells: created (sheet, headers, table) when missing, in the
 * batch of the first write; missing columns are appended. The cells are read in blocks.
 */
async function loadLayout(context: Excel.RequestContext, syncer: Syncer, spec: OwnedTableSpec, language: WorkWordLanguage): Promise<TableLayout> {
  const found = context.workbook.tables.getItemOrNullObject(spec.table);
  const sheetFound = context.workbook.worksheets.getItemOrNullObject(spec.sheet);
  const structure = context.workbook.protection.load('protected');
  const dateSystem = probeDateSystem(context);
  await syncer.sync();
  const { date1904 } = dateSystem;
  if (found.isNullObject) return createTable(context, syncer, spec, { sheet: sheetFound.isNullObject ? null : sheetFound, structureProtected: structure.protected, date1904 }, language);
  const header = found.getHeaderRowRange().load('values');
  await syncer.sync();
  const present = (header.values[0] ?? []) as CellValue[];
  const missing = spec.columns.filter((c) => tableHeaderAt(present, c.header) < 0);
  for (const column of missing) found.columns.add(undefined, undefined, tableHeader(column.header, language));
  const { sheet, rowIndex, columnIndex, values } = await readTableCells(syncer, found);
  const [top = [], ...body] = values;
  return { sheet, table: found, rowIndex, columnIndex, headers: top.map((h) => String(h ?? '')), body, date1904 };
}

/** Body rows with the serials of the spec's date columns counted in the 1900 system. */
function datesTo1900(spec: OwnedTableSpec, headers: readonly string[], rows: CellValue[][], date1904: boolean): CellValue[][] {
  if (!date1904) return rows;
  const dateColumns = spec.columns.filter((c) => c.kind === 'date');
  const at = headers.flatMap((h, i) => (dateColumns.some((c) => isTableHeader(c.header, h)) ? [i] : []));
  return rows.map((row) => {
    const copy = [...row];
    for (const i of at) copy[i] = serialTo1900(copy[i] ?? '', true);
    return copy;
  });
}

/** What a read of the owned tables found: rows, and (when the table exists) where it stands, for writing back in the same run. */
export interface OwnedRead extends OwnedRows {
  layout: TableLayout | null;
  /** Set when the table was absent. */
  absent: AbsentTable | null;
}

/**
 * Header and non-blank rows of several owned tables, its loads riding another reader's syncs
 * (src/excel/work/ridingRead.ts): find (with the first sync), locate (the second), read (the
 * reader's first rectangles; in blocks when large). An absent table reads as empty (and is not created).
 */
export function rideOwnedTables(context: Excel.RequestContext, specs: readonly OwnedTableSpec[]): RidingRead<OwnedRead[]> {
  const found = specs.map((spec) => context.workbook.tables.getItemOrNullObject(spec.table));
  const sheets = specs.map((spec) => context.workbook.worksheets.getItemOrNullObject(spec.sheet));
  const structure = context.workbook.protection.load('protected');
  const dateSystem = probeDateSystem(context);
  let located: ({ table: Excel.Table; sheet: Excel.Worksheet; range: Excel.Range } | null)[] = [];
  const present = () => located.filter((l): l is NonNullable<typeof l> => l !== null);
  return {
    locate() {
      located = found.map((table) => (table.isNullObject ? null : { table, sheet: table.worksheet, range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount') }));
      return present().length > 0;
    },
    rects: () => present().map((l) => ({ sheet: l.sheet, row: l.range.rowIndex, column: l.range.columnIndex, rows: l.range.rowCount, columns: l.range.columnCount })),
    finish(cells) {
      const { date1904 } = dateSystem;
      const read = present();
      return specs.map((spec, i) => {
        const l = located[i];
        const sheet = sheets[i]!;
        if (!l) return { headers: spec.columns.map((c) => c.header), rows: [], layout: null, absent: { sheet: sheet.isNullObject ? null : sheet, structureProtected: structure.protected, date1904 } };
        const [header = [], ...body] = cells[read.indexOf(l)] ?? [];
        const headers = header.map((h) => String(h ?? ''));
        const rows = datesTo1900(
          spec,
          headers,
          body.filter((row) => !isBlankRow(row)),
          date1904,
        );
        return { headers, rows, layout: { sheet: l.sheet, table: l.table, rowIndex: l.range.rowIndex, columnIndex: l.range.columnIndex, headers, body, date1904 }, absent: null };
      });
    },
  };
}

/** The owned tables on their own: three syncs when they are small (find, locate, read together), in blocks when not. */
export async function readOwnedTables(context: Excel.RequestContext, specs: readonly OwnedTableSpec[]): Promise<OwnedRead[]> {
  const syncer = new Syncer(context);
  const riding = rideOwnedTables(context, specs);
  await syncer.sync();
  if (riding.locate()) await syncer.sync();
  return riding.finish(await readRects(syncer, riding.rects()));
}

export async function readOwnedTable(context: Excel.RequestContext, spec: OwnedTableSpec): Promise<OwnedRows> {
  const [read] = await readOwnedTables(context, [spec]);
  return { headers: read!.headers, rows: read!.rows };
}

/**
 * Writes records (cells in `spec.columns` order) into the owned table: a record whose key is
 * listed updates that row in place, wherever sorting put it; others fill blank rows, then new
 * rows at the end. Cells of columns the user added are left alone. Writes go in as few syncs as
 * the payload budget allows (one for a handful of records).
 */
export async function upsertOwnedRows(
  context: Excel.RequestContext,
  spec: OwnedTableSpec,
  records: readonly (readonly CellValue[])[],
  options: UpsertOptions = {},
  read?: OwnedRead,
): Promise<UpsertResult> {
  const keyIndex = spec.columns.findIndex((c) => c.header === spec.key);
  if (keyIndex < 0) throw new Error(`Owned table ${spec.table} has no key column ${spec.key}.`);
  const language = options.language ?? 'en';
  const syncer = new Syncer(context);
  // A read earlier in the same run is reused when it holds every column of ours (in any language).
  const known = read?.layout;
  const complete = known && spec.columns.every((c) => tableHeaderAt(known.headers, c.header) >= 0);
  const layout = complete ? known : read?.absent ? await createTable(context, syncer, spec, read.absent, language) : await loadLayout(context, syncer, spec, language);
  const positions = spec.columns.map((c, i) => ({ spec: i, at: tableHeaderAt(layout.headers, c.header) })).filter((p) => p.at >= 0);
  // Adjacent table positions go out as one range.
  const runs = contiguousRuns(positions, (p) => p.at);
  const keyAt = tableHeaderAt(layout.headers, spec.key);
  await renameHeaders(syncer, layout, spec, positions, language);

  const rowOfKey = new Map<string, number>();
  const blanks: number[] = [];
  layout.body.forEach((row, i) => {
    if (isBlankRow(row)) blanks.push(i);
    else if (!rowOfKey.has(keyText(row[keyAt]).toLowerCase())) rowOfKey.set(keyText(row[keyAt]).toLowerCase(), i);
  });

  const result: UpsertResult = { added: [], updated: [], skipped: [] };
  const targets: { bodyRow: number; record: readonly CellValue[] }[] = [];
  let nextNew = layout.body.length;
  for (const record of records) {
    const key = keyText(record[keyIndex]);
    const listed = rowOfKey.get(key.toLowerCase());
    if (listed !== undefined && options.onlyNew) {
      result.skipped.push(key);
      continue;
    }
    if (listed !== undefined) {
      result.updated.push(key);
      targets.push({ bodyRow: listed, record });
      continue;
    }
    const bodyRow = blanks.shift() ?? nextNew++;
    rowOfKey.set(key.toLowerCase(), bodyRow);
    result.added.push(key);
    targets.push({ bodyRow, record });
  }

  const formatsOf = (run: readonly { spec: number }[]) => run.map((p) => NUMBER_FORMATS[spec.columns[p.spec]?.kind ?? 'text']);
  // Date serials go out in the workbook's date system.
  const cellsOf = (record: readonly CellValue[], run: readonly { spec: number }[]) =>
    run.map<CellValue>((p) => (spec.columns[p.spec]?.kind === 'date' ? serialFrom1900(record[p.spec] ?? '', layout.date1904) : (record[p.spec] ?? '')));
  const firstNew = layout.body.length;
  const newRows = nextNew - firstNew;
  if (newRows > 0) {
    // Blank rows first (in budget-sized chunks), then the new records' cells as one block per run of columns.
    const blank = new Array<string>(layout.headers.length).fill('');
    for (const chunk of chunkRows(Array.from({ length: newRows }, () => blank))) {
      await syncer.reserve(chunk.bytes);
      layout.table.rows.add(undefined, chunk.rows);
    }
    const appended = targets.filter((t) => t.bodyRow >= firstNew).sort((a, b) => a.bodyRow - b.bodyRow);
    for (const run of runs) {
      const first = run[0];
      if (!first) continue;
      const column = layout.columnIndex + first.at;
      await syncer.reserve(run.length * 120);
      formatsOf(run).forEach((format, k) => setWholeFormat(layout.sheet.getRangeByIndexes(layout.rowIndex + 1 + firstNew, column + k, newRows, 1), format));
      for (const chunk of chunkRows(appended.map((t) => cellsOf(t.record, run)))) {
        await syncer.reserve(chunk.bytes);
        layout.sheet.getRangeByIndexes(layout.rowIndex + 1 + firstNew + chunk.start, column, chunk.rows.length, run.length).values = chunk.rows as (string | number | boolean)[][];
      }
    }
  }
  for (const { bodyRow, record } of targets) {
    if (bodyRow >= firstNew) continue;
    for (const run of runs) {
      const first = run[0];
      if (!first) continue;
      const range = layout.sheet.getRangeByIndexes(layout.rowIndex + 1 + bodyRow, layout.columnIndex + first.at, 1, run.length);
      const cells = [cellsOf(record, run)];
      await syncer.reserve(blockBytes(cells) + run.length * 12);
      // Formats first, so text columns are already Text when the values arrive.
      range.numberFormat = [formatsOf(run)];
      range.values = cells as (string | number | boolean)[][];
    }
  }
  if (!options.deferLastBatch) await syncer.flush();
  return result;
}

/**
 * Our headers that stand in another language than the workbook's, renamed in place (a cell of
 * the header row renames its table column), queued with the write's batch. A header is left as it
 * is when the word it would take already heads another column (Excel would make it "...2").
 */
async function renameHeaders(syncer: Syncer, layout: TableLayout, spec: OwnedTableSpec, positions: readonly { spec: number; at: number }[], language: WorkWordLanguage): Promise<void> {
  for (const { spec: i, at } of positions) {
    const wanted = tableHeader(spec.columns[i]!.header, language);
    if (layout.headers[at] === wanted) continue;
    if (layout.headers.some((h, k) => k !== at && h.trim().toLowerCase() === wanted.toLowerCase())) continue;
    await syncer.reserve(blockBytes([[wanted]]) + 12);
    layout.sheet.getRangeByIndexes(layout.rowIndex, layout.columnIndex + at, 1, 1).values = [[wanted]];
    layout.headers[at] = wanted;
  }
}

/** Cell of a record read back by its column's English header, the header standing in any language (columns may have moved); '' when the column is gone. */
export function cellByHeader(headers: readonly string[]): (row: readonly CellValue[], header: string) => CellValue {
  const position = new Map<string, number>();
  return (row, header) => {
    let at = position.get(header);
    if (at === undefined) {
      at = tableHeaderAt(headers, header);
      position.set(header, at);
    }
    return at < 0 ? '' : (row[at] ?? '');
  };
}
