/**
 * The row loop shared by the order and customer readers: skip blank rows, parse each mapped cell
 * by its field type, skip a row whose required field is bad, blank out a bad optional field.
 * Hand-written parsers per cell rather than a zod object per row: this runs on a million rows.
 */
import type { CellProblem, CellValue, Grid, SheetMapping } from '../model';
import { parseField, type FieldType } from './fieldTypes';
import type { ReadOptions } from './options';
import { problemEnglish } from './problemEnglish';
import { ProblemLog, type ProblemSummary } from './problems';
import { BLANK, isBlankCell, isRejection } from './rejection';
import { parseTextCell } from './textCells';

const MISSING_VALUE = { code: 'missing-value', reason: problemEnglish('missing-value') } as const;

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

/**
 * Rows handed over as columns (a columnar reader such as DuckDB's chunks): `columns[c][i]` is the
 * cell of sheet column c on the batch's row i; an absent column is empty on every row.
 */
export interface CellColumns {
  length: number;
  columns: readonly (ArrayLike<CellValue | undefined> | undefined)[];
}

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
  /** The index of `field` in the row's value slots (SheetRowReader.slots). */
  slot: number;
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
    readers.push({ field, column, header: headerText(grid, mapping.headerRow, column), type: shape.types[field], required, slot: -1 });
  }
  // Required fields first, so a row that will be skipped stops before its optional cells; then left to right.
  return readers.sort((a, b) => Number(b.required) - Number(a.required) || a.column - b.column);
}

function isBlankRow(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return true;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** isBlankRow of row `i` of `columns` (an absent column, or one shorter than the batch, is blank there). */
function isBlankColumnsRow(columns: CellColumns['columns'], i: number): boolean {
  for (let c = 0; c < columns.length; c++) if (!isBlankCell(columns[c]?.[i])) return false;
  return true;
}

/**
 * The record of parsed values `shape.build` reads, its fields read from `slots` (field k from
 * slot k). A row's values are stored by slot index: a store by field name (`values[field] = v`,
 * a different name per column) is a megamorphic keyed store, which cost about 14 ns per cell at a
 * million lines (docs/benchmarks.md, "Tenth session: the CSV read"); the getters are monomorphic
 * reads, inlined where build reads them.
 */
function valuesRecord<F extends string>(fields: readonly F[], slots: readonly (string | number | null)[]): ParsedValues<F> {
  const record = {} as ParsedValues<F>;
  fields.forEach((field, k) => Object.defineProperty(record, field, { get: () => slots[k] as string | number | null, enumerable: true }));
  return record;
}

/**
 * Reads a sheet one row at a time (`push`), so a caller streaming a sheet too big to hold as a
 * grid (the CLI) runs the same checks as `readSheet` on a whole grid. `head` holds at least the
 * header row (for the column names in problems). Without a required column no row can be read:
 * one problem on the header row, every data row skipped.
 */
export class SheetRowReader<F extends string, R> {
  private readonly readers: ColumnReader<F>[];
  private readonly requiredCount: number;
  private readonly refused: boolean;
  /** A row's parsed values by field, in `slots` (reader k writes slot `readers[k].slot`): see valuesRecord. */
  private readonly slots: (string | number | null)[];
  private readonly values: ParsedValues<F>;
  readonly rows: R[] = [];
  skippedRows = 0;
  blankRows = 0;

  constructor(
    head: Grid,
    private readonly mapping: SheetMapping,
    private readonly shape: RowShape<F, R>,
    private readonly options: ReadOptions,
    private readonly log: ProblemLog,
    /** false: every readable row is built (`shape.build`) but not kept in `rows`. */
    private readonly keepRows = true,
  ) {
    this.readers = columnReaders(head, mapping, shape);
    this.requiredCount = this.readers.filter((r) => r.required).length;
    const fields = Object.keys(shape.types) as F[];
    this.slots = fields.map(() => null);
    this.values = valuesRecord(fields, this.slots);
    for (const reader of this.readers) reader.slot = fields.indexOf(reader.field);
    const unmapped = shape.required.filter((field) => !this.readers.some((r) => r.field === field));
    this.refused = unmapped.length > 0;
    const headerRow = Math.max(0, mapping.headerRow);
    for (const field of unmapped) {
      log.add({
        sheet: mapping.sheet,
        row: options.firstSheetRow + headerRow,
        column: null,
        value: null,
        code: 'no-column-mapped',
        values: { field },
        reason: problemEnglish('no-column-mapped', { field }),
        severity: 'error',
      });
    }
  }

  /** First grid row (0-based) of the data: the rows before it are not to be pushed. */
  get firstDataRow(): number {
    return Math.max(0, this.mapping.headerRow + 1);
  }

  /**
   * Batch rows `from` .. `batch.length - 1` as grid rows (0-based) `r0 + from` onwards, given as
   * columns: each row is read exactly as `push` reads it (same checks, same problems), its cells
   * taken from the columns where they are, so no array per row is built.
   */
  pushColumns(batch: CellColumns, r0: number, from = 0): void {
    const { columns, length } = batch;
    for (let i = from; i < length; i++) this.read(undefined, columns, i, r0 + i);
  }

  /** One data row; `r` is its 0-based grid row. */
  push(cells: readonly CellValue[] | undefined, r: number): void {
    this.read(cells, null, 0, r);
  }

  /**
   * The row read by push and pushColumns: its cells are `cells` (a row), or row `i` of `columns`
   * when `columns` is not null. One body for both, so a file's line is checked as a sheet's row is.
   */
  private read(cells: readonly CellValue[] | undefined, columns: CellColumns['columns'] | null, i: number, r: number): void {
    if (columns === null ? isBlankRow(cells) : isBlankColumnsRow(columns, i)) {
      this.blankRows++;
      return;
    }
    if (this.refused) {
      this.skippedRows++;
      return;
    }
    const { readers, slots, options } = this;
    const sheetRow = options.firstSheetRow + r;
    let rowIsBad = false;
    for (let k = 0; k < readers.length; k++) {
      if (k === this.requiredCount && rowIsBad) break;
      const reader = readers[k] as ColumnReader<F>;
      const value = columns === null ? cells?.[reader.column] : columns[reader.column]?.[i];
      const parsed = parseField(reader.type, value, options);
      if (!isRejection(parsed)) {
        slots[reader.slot] = parsed;
        continue;
      }
      slots[reader.slot] = null;
      if (parsed === BLANK && !reader.required) continue;
      if (reader.required) rowIsBad = true;
      this.log.add({
        sheet: this.mapping.sheet,
        row: sheetRow,
        column: reader.header,
        value: value === undefined ? null : value,
        ...(parsed === BLANK ? MISSING_VALUE : parsed.values ? { code: parsed.code, values: parsed.values, reason: parsed.reason } : { code: parsed.code, reason: parsed.reason }),
        severity: reader.required ? 'error' : 'warning',
      });
    }
    if (rowIsBad) {
      this.skippedRows++;
      return;
    }
    const built = this.shape.build(this.values, sheetRow);
    if (this.keepRows) this.rows.push(built);
  }

  result(): { rows: R[]; skippedRows: number; blankRows: number } {
    // A refused sheet keeps no rows, whatever was pushed.
    return { rows: this.refused ? [] : this.rows, skippedRows: this.skippedRows, blankRows: this.blankRows };
  }
}

export function readSheet<F extends string, R>(grid: Grid, mapping: SheetMapping, shape: RowShape<F, R>, options: ReadOptions, log: ProblemLog): { rows: R[]; skippedRows: number; blankRows: number } {
  const reader = new SheetRowReader(grid, mapping, shape, options, log);
  for (let r = reader.firstDataRow; r < grid.length; r++) reader.push(grid[r], r);
  return reader.result();
}

export function resultOf<R>(read: { rows: R[]; skippedRows: number; blankRows: number }, log: ProblemLog): ReadResult<R> {
  return { ...read, problems: log.problems, problemCount: log.count, summary: log.summary() };
}
