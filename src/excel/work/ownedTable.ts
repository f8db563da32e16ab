/**
 * A table the add-in owns on a sheet of its own: created on first use with fixed headers, read as
 * header + rows, and updated by key so each record keeps one row even after the user sorted or
 * moved columns (columns are found by header text, rows by the key column).
 *
 * Text safety: the Range.values reference says a string starting with "=", "+" or "-" is taken as
 * a formula. Text columns are given the "@" (Text) number format before their values are written,
 * in the same batch, so Excel keeps what is typed verbatim (the adapter's choice, src/excel/textSafety.ts,
 * which cites its sources). Dates are written as serial numbers in date-formatted columns.
 */
import type { CellValue } from '../../domain/model';
import { TEXT_FORMAT } from '../textSafety';

export type OwnedColumnKind = 'text' | 'date' | 'number' | 'boolean' | 'percent';

export interface OwnedColumn {
  header: string;
  kind: OwnedColumnKind;
}

export interface OwnedTableSpec {
  sheet: string;
  table: string;
  columns: readonly OwnedColumn[];
  /** Header of the column that identifies a row. */
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
}

export interface UpsertResult {
  added: string[];
  updated: string[];
  /** Keys already listed and left alone because of `onlyNew`. */
  skipped: string[];
}

const NUMBER_FORMATS: Record<OwnedColumnKind, string> = { text: TEXT_FORMAT, date: 'yyyy-mm-dd', number: 'General', boolean: 'General', percent: '0%' };

const normaliseHeader = (header: CellValue): string => String(header ?? '').trim().toLowerCase();
const keyText = (value: CellValue | undefined): string => String(value ?? '').trim();
const isBlankRow = (row: readonly CellValue[]): boolean => row.every((v) => v === '' || v === null);

interface TableLayout {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  rowIndex: number; // sheet row of the header
  columnIndex: number;
  headers: string[];
  body: CellValue[][];
}

/** The owned table, created (sheet, headers, table) when missing; missing columns are appended. */
export async function ensureOwnedTable(context: Excel.RequestContext, spec: OwnedTableSpec): Promise<Excel.Table> {
  const found = context.workbook.tables.getItemOrNullObject(spec.table);
  const sheetFound = context.workbook.worksheets.getItemOrNullObject(spec.sheet);
  await context.sync();
  if (!found.isNullObject) {
    const header = found.getHeaderRowRange().load('values');
    await context.sync();
    const present = new Set((header.values[0] ?? []).map((h) => normaliseHeader(h as CellValue)));
    const missing = spec.columns.filter((c) => !present.has(normaliseHeader(c.header)));
    for (const column of missing) found.columns.add(undefined, undefined, column.header);
    if (missing.length) await context.sync();
    return found;
  }
  const sheet = sheetFound.isNullObject ? context.workbook.worksheets.add(spec.sheet) : sheetFound;
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, spec.columns.length);
  headerRange.values = [spec.columns.map((c) => c.header)];
  const table = sheet.tables.add(headerRange, true);
  table.name = spec.table;
  sheet.freezePanes.freezeRows(1);
  await context.sync();
  return table;
}

async function loadLayout(context: Excel.RequestContext, spec: OwnedTableSpec): Promise<TableLayout> {
  const table = await ensureOwnedTable(context, spec);
  const range = table.getRange().load('values,rowIndex,columnIndex');
  const sheet = table.worksheet;
  await context.sync();
  const [header = [], ...body] = range.values as CellValue[][];
  return { sheet, table, rowIndex: range.rowIndex, columnIndex: range.columnIndex, headers: header.map((h) => String(h ?? '')), body };
}

/** Header and non-blank rows of the owned table; an absent table reads as empty (and is not created). */
export async function readOwnedTable(context: Excel.RequestContext, spec: OwnedTableSpec): Promise<OwnedRows> {
  const found = context.workbook.tables.getItemOrNullObject(spec.table);
  await context.sync();
  if (found.isNullObject) return { headers: spec.columns.map((c) => c.header), rows: [] };
  const range = found.getRange().load('values');
  await context.sync();
  const [header = [], ...body] = range.values as CellValue[][];
  return { headers: header.map((h) => String(h ?? '')), rows: body.filter((row) => !isBlankRow(row)) };
}

/** Runs of adjacent table positions, so one record's cells go out in as few ranges as possible. */
function contiguousRuns(positions: readonly { spec: number; at: number }[]): { spec: number; at: number }[][] {
  const sorted = [...positions].sort((a, b) => a.at - b.at);
  const runs: { spec: number; at: number }[][] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    const tail = last?.[last.length - 1];
    if (last && tail && tail.at + 1 === p.at) last.push(p);
    else runs.push([p]);
  }
  return runs;
}

/**
 * Writes records (cells in `spec.columns` order) into the owned table: a record whose key is
 * listed updates that row in place, wherever sorting put it; others fill blank rows, then new
 * rows at the end. Cells of columns the user added are left alone. All writes go in one sync.
 */
export async function upsertOwnedRows(context: Excel.RequestContext, spec: OwnedTableSpec, records: readonly (readonly CellValue[])[], options: UpsertOptions = {}): Promise<UpsertResult> {
  const keyIndex = spec.columns.findIndex((c) => c.header === spec.key);
  if (keyIndex < 0) throw new Error(`Owned table ${spec.table} has no key column ${spec.key}.`);
  const layout = await loadLayout(context, spec);
  const position = new Map(layout.headers.map((h, i) => [normaliseHeader(h), i]));
  const positions = spec.columns.map((c, i) => ({ spec: i, at: position.get(normaliseHeader(c.header)) ?? -1 })).filter((p) => p.at >= 0);
  const runs = contiguousRuns(positions);
  const keyAt = position.get(normaliseHeader(spec.key)) ?? -1;

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

  const newRows = nextNew - layout.body.length;
  if (newRows > 0) {
    const width = layout.headers.length;
    layout.table.rows.add(undefined, Array.from({ length: newRows }, () => new Array<string>(width).fill('')));
  }
  for (const { bodyRow, record } of targets) {
    for (const run of runs) {
      const first = run[0];
      if (!first) continue;
      const range = layout.sheet.getRangeByIndexes(layout.rowIndex + 1 + bodyRow, layout.columnIndex + first.at, 1, run.length);
      // Formats first, so text columns are already Text when the values arrive.
      range.numberFormat = [run.map((p) => NUMBER_FORMATS[spec.columns[p.spec]?.kind ?? 'text'])];
      range.values = [run.map((p) => record[p.spec] ?? '')] as (string | number | boolean)[][];
    }
  }
  if (targets.length) await context.sync();
  return result;
}

/** Cell of a record read back by header text (columns may have moved); '' when the column is gone. */
export function cellByHeader(headers: readonly string[]): (row: readonly CellValue[], header: string) => CellValue {
  const position = new Map(headers.map((h, i) => [normaliseHeader(h), i]));
  return (row, header) => {
    const at = position.get(normaliseHeader(header));
    return at === undefined ? '' : (row[at] ?? '');
  };
}
