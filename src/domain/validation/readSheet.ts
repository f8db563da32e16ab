/**
 * The row loop shared by the order and customer readers: skip blank rows, parse each mapped cell
 * by its field type, skip a row whose required field is bad, blank out a bad optional field.
 * Hand-written parsers per cell rather than a zod object per row: this runs on a million rows.
 */
import type { CellProblem, CellValue, Grid, SheetMapping } from '../model';
import { parseField, type FieldType } from './fieldTypes';
import type { ReadOptions } from './options';
import { ProblemLog, type ProblemSummary } from './problems';
import { BLANK, isBlankCell, isRejection } from './rejection';
import { parseTextCell } from './textCells';

export interface ReadResult<R> {
  rows: R[];
  /** The first `maxProblems` problems. */
  problems: CellProblem[];
  /** All problems, including those beyond the stored list. */
  problemCount: number;
  summary: ProblemSummary[];
  /** Rows with data that were left out (bad required field, duplicate id). */
  skippedRows: number;
  blankRows: number;
}

export type ParsedValues<F extends string> = Record<F, string | number | null>;

export interface RowShape<F extends string, R> {
  types: Record<F, FieldType>;
  required: readonly F[];
  build(values: Readonly<ParsedValues<F>>, sheetRow: number): R;
}

interface ColumnReader<F extends string> {
  field: F;
  column: number;
  header: string;
  type: FieldType;
  required: boolean;
}

export function headerText(grid: Grid, headerRow: number, column: number): string {
  const text = parseTextCell(grid[headerRow]?.[column]);
  return typeof text === 'string' ? text : `column ${column + 1}`;
}

function columnReaders<F extends string>(grid: Grid, mapping: SheetMapping, shape: RowShape<F, unknown>): ColumnReader<F>[] {
  const readers: ColumnReader<F>[] = [];
  const columns = mapping.columns as Partial<Record<string, number>>;
  for (const field of Object.keys(shape.types) as F[]) {
    const column = columns[field];
    if (column === undefined || !Number.isInteger(column) || column < 0) continue;
    const required = shape.required.includes(field);
    readers.push({ field, column, header: headerText(grid, mapping.headerRow, column), type: shape.types[field], required });
  }
  // Required fields first, so a row that will be skipped stops before its optional cells; then left to right.
  return readers.sort((a, b) => Number(b.required) - Number(a.required) || a.column - b.column);
}

function isBlankRow(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return true;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** Without a required column no row can be read: one problem on the header row, every data row skipped. */
function refuseUnmapped(grid: Grid, mapping: SheetMapping, fields: readonly string[], options: ReadOptions, log: ProblemLog) {
  const headerRow = Math.max(0, mapping.headerRow);
  for (const field of fields) {
    log.add({ sheet: mapping.sheet, row: options.firstSheetRow + headerRow, column: null, value: null, reason: `no column mapped for ${field}`, severity: 'error' });
  }
  let skippedRows = 0;
  for (let r = headerRow + 1; r < grid.length; r++) if (!isBlankRow(grid[r])) skippedRows++;
  return { rows: [], skippedRows, blankRows: Math.max(0, grid.length - headerRow - 1 - skippedRows) };
}

export function readSheet<F extends string, R>(
  grid: Grid,
  mapping: SheetMapping,
  shape: RowShape<F, R>,
  options: ReadOptions,
  log: ProblemLog,
): { rows: R[]; skippedRows: number; blankRows: number } {
  const readers = columnReaders(grid, mapping, shape);
  const unmapped = shape.required.filter((field) => !readers.some((r) => r.field === field));
  if (unmapped.length > 0) return refuseUnmapped(grid, mapping, unmapped, options, log);
  const requiredCount = readers.filter((r) => r.required).length;
  const values = {} as ParsedValues<F>;
  for (const field of Object.keys(shape.types) as F[]) values[field] = null;
  const rows: R[] = [];
  let skippedRows = 0;
  let blankRows = 0;
  for (let r = Math.max(0, mapping.headerRow + 1); r < grid.length; r++) {
    const cells = grid[r];
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const sheetRow = options.firstSheetRow + r;
    let rowIsBad = false;
    for (let i = 0; i < readers.length; i++) {
      if (i === requiredCount && rowIsBad) break;
      const reader = readers[i] as ColumnReader<F>;
      const value = cells?.[reader.column];
      const parsed = parseField(reader.type, value, options);
      if (!isRejection(parsed)) {
        values[reader.field] = parsed;
        continue;
      }
      values[reader.field] = null;
      if (parsed === BLANK && !reader.required) continue;
      if (reader.required) rowIsBad = true;
      log.add({
        sheet: mapping.sheet,
        row: sheetRow,
        column: reader.header,
        value: value === undefined ? null : value,
        reason: parsed === BLANK ? 'missing value' : parsed.reason,
        severity: reader.required ? 'error' : 'warning',
      });
    }
    if (rowIsBad) {
      skippedRows++;
      continue;
    }
    rows.push(shape.build(values, sheetRow));
  }
  return { rows, skippedRows, blankRows };
}

export function resultOf<R>(read: { rows: R[]; skippedRows: number; blankRows: number }, log: ProblemLog): ReadResult<R> {
  return { ...read, problems: log.problems, problemCount: log.count, summary: log.summary() };
}
