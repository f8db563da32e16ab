/** Range and its format proxies. Target: a SheetRef (sheet id + rectangle). */
import { intersect, MAX_COLUMNS, MAX_ROWS, rectCells, type Rect } from '../address';
import type { CellStore, Layer, Scalar } from '../cells';
import type { CellInput } from '../cellInput';
import { ErrorCodes, fail } from '../errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetRef } from '../model';
import { formatText } from '../numberText';
import { jsonBytes } from '../payload';
import { ClientObject, type RequestContext } from './context';
import { ConditionalFormatCollection } from './conditionalFormat';
import { Worksheet } from './worksheet';

type Grid<T> = T[][];
type GridInput<T> = T | readonly (readonly T[])[];

const CELL_DATA = new Set(['values', 'formulas', 'numberFormat', 'text', 'valueTypes']);

const whole = (rect: Rect) => ({
  columns: rect.r0 === 0 && rect.r1 === MAX_ROWS - 1,
  rows: rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1,
});

function checkRect(rect: Rect): Rect {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
    fail(ErrorCodes.invalidArgument, 'The range would fall outside the worksheet grid.');
  }
  return rect;
}

/**
 * Expands a scalar to the range's shape, or checks a 2-D array's shape (InvalidArgument otherwise).
 * `scalarForMany` false: a single value for a multi-cell range is refused (Range.values and
 * formulas are typed any[][]; office-js-docs-reference#578 reports the scalar form failing).
 */
function toBlock<T>(input: GridInput<T>, rect: Rect, scalarForMany = true): readonly (readonly T[])[] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(input) && !scalarForMany && rows * cols > 1) fail(ErrorCodes.invalidArgument, 'A multi-cell range takes a 2-D array of values, not a single value.');
  if (!Array.isArray(input)) return Array.from({ length: rows }, () => new Array<T>(cols).fill(input as T));
  const block = input as readonly (readonly T[])[];
  if (block.length !== rows || block.some((r) => !Array.isArray(r) || r.length !== cols)) {
    fail(ErrorCodes.invalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return block;
}

function uniform<T>(values: Iterable<T>): T | null {
  let first: { v: T } | undefined;
  for (const v of values) {
    if (!first) first = { v };
    else if (first.v !== v) return null;
  }
  return first ? first.v : null;
}

function* cellsOf<T>(layer: Layer<T>, rect: Rect, fallback: T): Generator<T> {
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = layer.rows[r];
    for (let c = rect.c0; c <= rect.c1; c++) yield row?.[c] ?? fallback;
  }
}

export class Range extends ClientObject<SheetRef> {
  protected readonly scalarProps = [
    'address', 'addressLocal', 'values', 'formulas', 'numberFormat', 'text', 'valueTypes',
    'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'isEntireColumn', 'isEntireRow', 'rowHidden',
  ] as const;

  private formatProxy: RangeFormat | undefined;
  private cfProxy: ConditionalFormatCollection | undefined;

  constructor(context: RequestContext, resolver: () => SheetRef | null, pathBytes = 30) {
    super(context, resolver, pathBytes);
  }

  get address(): string { return this.val('address'); }
  get addressLocal(): string { return this.val('addressLocal'); }
  get values(): Scalar[][] { return this.val('values'); }
  set values(v: GridInput<CellInput>) { this.write('values', v, (t, val) => this.writeContent(t, val)); }
  get formulas(): Scalar[][] { return this.val('formulas'); }
  set formulas(v: GridInput<CellInput>) { this.write('formulas', v, (t, val) => this.writeContent(t, val)); }
  get numberFormat(): string[][] { return this.val('numberFormat'); }
  set numberFormat(v: GridInput<string | null>) {
    this.write('numberFormat', v, (t, val) => {
      const block = toBlock(val, t.rect).map((row) => row.map((f) => (f === 'General' ? undefined : f)));
      this.model.writeLayer(t.sheetId, (c) => c.numberFormats, t.rect.r0, t.rect.c0, block);
    });
  }
  get text(): string[][] { return this.val('text'); }
  get valueTypes(): string[][] { return this.val('valueTypes'); }
  get rowIndex(): number { return this.val('rowIndex'); }
  get columnIndex(): number { return this.val('columnIndex'); }
  get rowCount(): number { return this.val('rowCount'); }
  get columnCount(): number { return this.val('columnCount'); }
  get cellCount(): number { return this.val('cellCount'); }
  get isEntireColumn(): boolean { return this.val('isEntireColumn'); }
  get isEntireRow(): boolean { return this.val('isEntireRow'); }
  /** true if every row of the range is hidden, false if none, null if some (ExcelApi 1.2). */
  get rowHidden(): boolean { return this.val('rowHidden'); }
  set rowHidden(v: boolean) { this.write('rowHidden', v, (t, hidden) => this.model.setRowsHidden(t.sheetId, t.rect.r0, t.rect.r1, hidden)); }

  private get model() {
    return this.state.model;
  }

  private writeContent(t: SheetRef, input: GridInput<CellInput>): void {
    this.model.writeValues(t.sheetId, t.rect.r0, t.rect.c0, toBlock(input, t.rect, false));
  }

  protected readProperty(t: SheetRef, prop: string): unknown {
    const { rect } = t;
    if (CELL_DATA.has(prop) && rectCells(rect) > this.state.options.readCellLimit) {
      fail(ErrorCodes.rangeExceedsLimit, `The cell count in the range (${rectCells(rect)}) has exceeded the maximum supported number.`);
    }
    const cells = this.model.sheet(t.sheetId).cells;
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return this.model.address(t);
      case 'values':
        return this.grid(cells.values, rect, (v) => v ?? '');
      case 'formulas':
        return this.grid(cells.values, rect, (v, r, c) => cells.formulas.get(r, c) ?? v ?? '');
      case 'numberFormat':
        return this.grid(cells.numberFormats, rect, (f) => f ?? 'General');
      case 'text':
        return this.grid(cells.values, rect, (v, r, c) => formatText(v, cells.numberFormats.get(r, c)));
      case 'valueTypes':
        return this.grid(cells.values, rect, (v, r, c) => valueType(v, cells, r, c));
      case 'rowIndex': return rect.r0;
      case 'columnIndex': return rect.c0;
      case 'rowCount': return rect.r1 - rect.r0 + 1;
      case 'columnCount': return rect.c1 - rect.c0 + 1;
      case 'cellCount': return rectCells(rect);
      case 'isEntireColumn': return whole(rect).columns;
      case 'isEntireRow': return whole(rect).rows;
      case 'rowHidden': return this.model.rowsHidden(t.sheetId, rect.r0, rect.r1);
      default: return undefined;
    }
  }

  private grid<T, V>(layer: Layer<T>, rect: Rect, map: (v: T | undefined, r: number, c: number) => V): Grid<V> {
    const out: Grid<V> = [];
    const width = rect.c1 - rect.c0 + 1;
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row = layer.rows[r];
      const line = new Array<V>(width);
      for (let j = 0; j < width; j++) line[j] = map(row?.[rect.c0 + j], r, rect.c0 + j);
      out.push(line);
    }
    return out;
  }

  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this.context, () => this.targetOrNull()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfProxy ??= new ConditionalFormatCollection(this.context, () => this.targetOrNull()));
  }

  get worksheet(): Worksheet {
    return new Worksheet(this.context, () => this.targetOrNull()?.sheetId ?? null);
  }

  /** A range derived from this one at sync time. */
  private derive(name: string, args: unknown, fn: (rect: Rect, t: SheetRef) => Rect | null): Range {
    return new Range(this.context, () => {
      const t = this.targetOrNull();
      if (!t) return null;
      const rect = fn(t.rect, t);
      return rect ? { sheetId: t.sheetId, rect: checkRect(rect) } : null;
    }, jsonBytes(name) + jsonBytes(args));
  }

  getCell(row: number, column: number): Range {
    return this.derive('getCell', [row, column], (r) => ({ r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column }));
  }
  getRow(row: number): Range {
    return this.derive('getRow', [row], (r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }
  getColumn(column: number): Range {
    return this.derive('getColumn', [column], (r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive('getResizedRange', [deltaRows, deltaColumns], (r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], (r) => ({ r0: r.r0 + rowOffset, r1: r.r1 + rowOffset, c0: r.c0 + columnOffset, c1: r.c1 + columnOffset }));
  }
  getEntireColumn(): Range {
    return this.derive('getEntireColumn', null, (r) => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derive('getEntireRow', null, (r) => ({ ...r, c0: 0, c1: MAX_COLUMNS - 1 }));
  }
  getLastRow(): Range {
    return this.derive('getLastRow', null, (r) => ({ ...r, r0: r.r1 }));
  }
  getLastColumn(): Range {
    return this.derive('getLastColumn', null, (r) => ({ ...r, c0: r.c1 }));
  }
  getLastCell(): Range {
    return this.derive('getLastCell', null, (r) => ({ r0: r.r1, r1: r.r1, c0: r.c1, c1: r.c1 }));
  }
  getRowsBelow(count = 1): Range {
    return this.derive('getRowsBelow', [count], (r) => ({ ...r, r0: r.r1 + 1, r1: r.r1 + count }));
  }
  getRowsAbove(count = 1): Range {
    return this.derive('getRowsAbove', [count], (r) => ({ ...r, r0: r.r0 - count, r1: r.r0 - 1 }));
  }
  getColumnsAfter(count = 1): Range {
    return this.derive('getColumnsAfter', [count], (r) => ({ ...r, c0: r.c1 + 1, c1: r.c1 + count }));
  }
  getColumnsBefore(count = 1): Range {
    return this.derive('getColumnsBefore', [count], (r) => ({ ...r, c0: r.c0 - count, c1: r.c0 - 1 }));
  }
  /** Rectangles of another range, resolved against this range's sheet. */
  private otherRect(other: Range | string, t: SheetRef): Rect {
    if (typeof other === 'string') return this.model.resolveAddress(other, t.sheetId).rect;
    return other.target().rect;
  }
  getIntersection(other: Range | string): Range {
    return this.derive('getIntersection', null, (r, t) => intersect(r, this.otherRect(other, t)) ?? fail(ErrorCodes.invalidArgument, 'The ranges do not intersect.'));
  }
  getIntersectionOrNullObject(other: Range | string): Range {
    const out = this.derive('getIntersectionOrNullObject', null, (r, t) => intersect(r, this.otherRect(other, t)) ?? null);
    out.resolveAtSync();
    return out;
  }
  getBoundingRect(other: Range | string): Range {
    return this.derive('getBoundingRect', null, (r, t) => {
      const o = this.otherRect(other, t);
      return { r0: Math.min(r.r0, o.r0), c0: Math.min(r.c0, o.c0), r1: Math.max(r.r1, o.r1), c1: Math.max(r.c1, o.c1) };
    });
  }
  getUsedRange(valuesOnly = false): Range {
    return this.derive('getUsedRange', [valuesOnly], (r, t) => {
      const used = this.model.usedRect(t.sheetId, valuesOnly);
      return (used && intersect(r, used)) ?? fail(ErrorCodes.itemNotFound, 'The range has no used cells.');
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    const out = this.derive('getUsedRangeOrNullObject', [valuesOnly], (r, t) => {
      const used = this.model.usedRect(t.sheetId, valuesOnly);
      return (used && intersect(r, used)) ?? null;
    });
    out.resolveAtSync();
    return out;
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.call(['clear', applyTo], (t) => this.model.clear(t.sheetId, t.rect, applyTo));
  }

  delete(shift: 'Up' | 'Left'): void {
    this.call(['delete', shift], (t) => this.model.deleteCells(t.sheetId, t.rect, shift));
  }

  /** Inserts cells of this range's size here, shifting existing cells; returns the new range. */
  insert(shift: 'Down' | 'Right'): Range {
    this.call(['insert', shift], (t) => this.model.insertCells(t.sheetId, t.rect, shift));
    return this.derive('insert', null, (r) => r);
  }

  select(): void {
    this.call('select', (t) => this.model.selectRect(t.sheetId, t.rect));
  }
}

function valueType(v: Scalar | undefined, cells: CellStore, r: number, c: number): string {
  if (v === undefined) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return cells.formulas.get(r, c) !== undefined && v.startsWith('#') ? 'Error' : 'String';
}

export class RangeFormat extends ClientObject<SheetRef> {
  protected readonly scalarProps = ['columnWidth', 'rowHeight'] as const;
  private fillProxy: RangeFill | undefined;
  private fontProxy: RangeFont | undefined;

  constructor(context: RequestContext, resolver: () => SheetRef | null) {
    super(context, resolver, 10);
  }

  get fill(): RangeFill {
    return (this.fillProxy ??= new RangeFill(this.context, () => this.targetOrNull()));
  }
  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.context, () => this.targetOrNull()));
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  get columnWidth(): number { return this.val('columnWidth'); }
  set columnWidth(width: number) {
    this.write('columnWidth', width, (t, w) => {
      this.state.model.mutate('cells', t.sheetId, () => {
        const widths = this.state.model.sheet(t.sheetId).columnWidths;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) widths[c] = w;
      });
    });
  }
  get rowHeight(): number { return this.val('rowHeight'); }

  protected readProperty(t: SheetRef, prop: string): unknown {
    if (prop === 'rowHeight') {
      // Excel reports a hidden row's height as 0, and null when the rows differ.
      const hidden = this.state.model.rowsHidden(t.sheetId, t.rect.r0, t.rect.r1);
      return hidden === null ? null : hidden ? 0 : DEFAULT_ROW_HEIGHT;
    }
    const widths = this.state.model.sheet(t.sheetId).columnWidths;
    const all = function* () { for (let c = t.rect.c0; c <= t.rect.c1; c++) yield widths[c] ?? DEFAULT_COLUMN_WIDTH; };
    return uniform(all());
  }

  /** Widths from the longest text in each column (about 5.5 points a character, Calibri 11). */
  autofitColumns(): void {
    this.call('autofitColumns', (t) => {
      const model = this.state.model;
      const used = model.usedRect(t.sheetId, true);
      const rows = used ? intersect(t.rect, { ...used, c0: t.rect.c0, c1: t.rect.c1 }) : undefined;
      const cells = model.sheet(t.sheetId).cells;
      model.mutate('cells', t.sheetId, () => {
        const widths = model.sheet(t.sheetId).columnWidths;
        for (let c = t.rect.c0; c <= Math.min(t.rect.c1, used?.c1 ?? -1); c++) {
          let longest = 0;
          if (rows) for (let r = rows.r0; r <= rows.r1; r++) longest = Math.max(longest, formatText(cells.values.get(r, c), cells.numberFormats.get(r, c)).length);
          if (longest > 0) widths[c] = Math.min(255 * 5.5, Math.round((longest * 5.5 + 6) * 4) / 4);
        }
      });
    });
  }

  autofitRows(): void {
    this.call('autofitRows', () => undefined);
  }
}

export class RangeFill extends ClientObject<SheetRef> {
  protected readonly scalarProps = ['color'] as const;
  constructor(context: RequestContext, resolver: () => SheetRef | null) {
    super(context, resolver, 10);
  }
  get color(): string { return this.val('color'); }
  set color(color: string) {
    this.write('color', color, (t, v) => this.state.model.fillLayer(t.sheetId, (c) => c.fill, t.rect, normaliseColor(v)));
  }
  clear(): void {
    this.call('clear', (t) => this.state.model.fillLayer(t.sheetId, (c) => c.fill, t.rect, undefined));
  }
  protected readProperty(t: SheetRef): unknown {
    // Excel reports "#FFFFFF" for no fill, and null when the cells differ.
    return uniform(cellsOf(this.state.model.sheet(t.sheetId).cells.fill, t.rect, '#FFFFFF'));
  }
}

export class RangeFont extends ClientObject<SheetRef> {
  protected readonly scalarProps = ['bold', 'color', 'italic'] as const;
  constructor(context: RequestContext, resolver: () => SheetRef | null) {
    super(context, resolver, 10);
  }
  get bold(): boolean { return this.val('bold'); }
  set bold(v: boolean) { this.write('bold', v, (t, b) => this.state.model.fillLayer(t.sheetId, (c) => c.bold, t.rect, b || undefined)); }
  get italic(): boolean { return this.val('italic'); }
  set italic(v: boolean) { this.write('italic', v, (t, b) => this.state.model.fillLayer(t.sheetId, (c) => c.italic, t.rect, b || undefined)); }
  get color(): string { return this.val('color'); }
  set color(v: string) { this.write('color', v, (t, col) => this.state.model.fillLayer(t.sheetId, (c) => c.fontColor, t.rect, normaliseColor(col))); }
  protected readProperty(t: SheetRef, prop: string): unknown {
    const cells = this.state.model.sheet(t.sheetId).cells;
    if (prop === 'color') return uniform(cellsOf(cells.fontColor, t.rect, '#000000'));
    return uniform(cellsOf(prop === 'bold' ? cells.bold : cells.italic, t.rect, false));
  }
}

const NAMED_COLORS: Record<string, string> = { yellow: '#FFFF00', red: '#FF0000', green: '#008000', blue: '#0000FF', white: '#FFFFFF', black: '#000000', orange: '#FFA500', gray: '#808080' };

/** Excel returns colours as upper-case "#RRGGBB" whatever was written. */
export function normaliseColor(color: string): string | undefined {
  if (!color) return undefined;
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  if (!/^#?[0-9a-f]{6}$/i.test(color)) fail(ErrorCodes.invalidArgument, `Invalid colour: ${color}`);
  return `#${color.replace('#', '').toUpperCase()}`;
}
