/** Range, RangeFormat, RangeFill, RangeFont. Target: a SheetRef (sheet id + rectangle). */
import { intersect, MAX_COLUMNS, MAX_ROWS, rectCells, type Rect } from '../address';
import type { CellStore, Layer, Scalar } from '../cells';
import type { CellInput } from '../cellInput';
import { ErrorCodes, fail } from '../errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type ClearTarget, type SheetRef } from '../model';
import { formatText } from '../numberText';
import { conditionalFormatCollection } from './conditionalFormats';
import { defineType, HostObject, obj, type HostEnv, type TypeDef } from './types';
import { worksheetType } from './worksheet';

type GridInput<T> = T | readonly (readonly T[])[];

const whole = (rect: Rect) => ({
  columns: rect.r0 === 0 && rect.r1 === MAX_ROWS - 1,
  rows: rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1,
});

function checkRect(rect: Rect): Rect {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
    fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
  }
  return rect;
}

/**
 * Expands a scalar to the range's shape, or checks a 2-D array's shape (InvalidArgument otherwise).
 * `scalarForMany` false: a single value for a multi-cell range is refused (Range.values and
 * formulas are typed any[][]; office-js-docs-reference#578 reports the scalar form failing).
 */
export function toBlock<T>(input: GridInput<T>, rect: Rect, scalarForMany = true): readonly (readonly T[])[] {
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

function grid<T, V>(layer: Layer<T>, rect: Rect, map: (v: T | undefined, r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  const width = rect.c1 - rect.c0 + 1;
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row = layer.rows[r];
    const line = new Array<V>(width);
    for (let j = 0; j < width; j++) line[j] = map(row?.[rect.c0 + j], r, rect.c0 + j);
    out.push(line);
  }
  return out;
}

function valueType(v: Scalar | undefined, cells: CellStore, r: number, c: number): string {
  if (v === undefined) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return cells.formulas.get(r, c) !== undefined && v.startsWith('#') ? 'Error' : 'String';
}

/** Reading cell data of a range over the cell cap fails as in Excel (README, limits). */
function cellData<V>(t: SheetRef, env: HostEnv, read: (cells: CellStore) => V): V {
  const count = rectCells(t.rect);
  if (count > env.options.readCellLimit) {
    fail(ErrorCodes.rangeExceedsLimit, `The cell count in the range (${count}) has exceeded the maximum supported number.`);
  }
  return read(env.model.sheet(t.sheetId).cells);
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

/** A Range argument (a client object, resolved) or an address string, on `t`'s sheet. */
export function rangeArg(arg: unknown, t: SheetRef, env: HostEnv): SheetRef {
  if (typeof arg === 'string') return env.model.resolveAddress(arg, t.sheetId);
  if (arg instanceof HostObject && arg.type === rangeType) return arg.target as SheetRef;
  return fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
}

export const rangeFill: TypeDef<SheetRef> = defineType<SheetRef>({
  name: 'RangeFill',
  // Excel reports "#FFFFFF" for no fill, and null when the cells differ.
  scalars: { color: (t, env) => uniform(cellsOf(env.model.sheet(t.sheetId).cells.fill, t.rect, '#FFFFFF')) },
  setters: { color: (t, v: string, env) => env.model.fillLayer(t.sheetId, (c) => c.fill, t.rect, normaliseColor(v)) },
  methods: { clear: (t, _a, env) => env.model.fillLayer(t.sheetId, (c) => c.fill, t.rect, undefined) },
});

export const rangeFont: TypeDef<SheetRef> = defineType<SheetRef>({
  name: 'RangeFont',
  scalars: {
    bold: (t, env) => uniform(cellsOf(env.model.sheet(t.sheetId).cells.bold, t.rect, false)),
    color: (t, env) => uniform(cellsOf(env.model.sheet(t.sheetId).cells.fontColor, t.rect, '#000000')),
    italic: (t, env) => uniform(cellsOf(env.model.sheet(t.sheetId).cells.italic, t.rect, false)),
  },
  setters: {
    bold: (t, b: boolean, env) => env.model.fillLayer(t.sheetId, (c) => c.bold, t.rect, b || undefined),
    italic: (t, b: boolean, env) => env.model.fillLayer(t.sheetId, (c) => c.italic, t.rect, b || undefined),
    color: (t, v: string, env) => env.model.fillLayer(t.sheetId, (c) => c.fontColor, t.rect, normaliseColor(v)),
  },
});

/** Width of a text in narrow-character units: CJK and other wide characters take two (as Excel draws them). */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return units;
}

/** Widths from the longest text in each column (about 5.5 points a narrow character, Calibri 11; wide characters twice that). */
function autofitColumns(t: SheetRef, env: HostEnv): void {
  const model = env.model;
  const used = model.usedRect(t.sheetId, true);
  const rows = used ? intersect(t.rect, { ...used, c0: t.rect.c0, c1: t.rect.c1 }) : undefined;
  const cells = model.sheet(t.sheetId).cells;
  model.mutate('cells', t.sheetId, () => {
    const widths = model.sheet(t.sheetId).columnWidths;
    for (let c = t.rect.c0; c <= Math.min(t.rect.c1, used?.c1 ?? -1); c++) {
      let longest = 0;
      if (rows) for (let r = rows.r0; r <= rows.r1; r++) longest = Math.max(longest, textUnits(formatText(cells.values.get(r, c), cells.numberFormats.get(r, c))));
      if (longest > 0) widths[c] = Math.min(255 * 5.5, Math.round((longest * 5.5 + 6) * 4) / 4);
    }
  });
}

export const rangeFormat: TypeDef<SheetRef> = defineType<SheetRef>({
  name: 'RangeFormat',
  scalars: {
    columnWidth: (t, env) => {
      const widths = env.model.sheet(t.sheetId).columnWidths;
      const all = function* () {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) yield widths[c] ?? DEFAULT_COLUMN_WIDTH;
      };
      return uniform(all());
    },
    rowHeight: (t, env) => {
      // Excel reports a hidden row's height as 0, and null when the rows differ.
      const hidden = env.model.rowsHidden(t.sheetId, t.rect.r0, t.rect.r1);
      return hidden === null ? null : hidden ? 0 : DEFAULT_ROW_HEIGHT;
    },
  },
  setters: {
    columnWidth: (t, w: number, env) => {
      env.model.mutate('cells', t.sheetId, () => {
        const widths = env.model.sheet(t.sheetId).columnWidths;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) widths[c] = w;
      });
    },
  },
  nav: { fill: (t) => obj(rangeFill, t), font: (t) => obj(rangeFont, t) },
  methods: {
    autofitColumns: (t, _a, env) => autofitColumns(t, env),
    autofitRows: () => undefined,
  },
});

const derive = (t: SheetRef, rect: Rect | null): HostObject | null => (rect ? obj(rangeType, { sheetId: t.sheetId, rect: checkRect(rect) }) : null);

function writeContent(t: SheetRef, input: GridInput<CellInput>, env: HostEnv): void {
  env.model.writeValues(t.sheetId, t.rect.r0, t.rect.c0, toBlock(input, t.rect, false));
}

const usedWithin = (t: SheetRef, valuesOnly: unknown, env: HostEnv): Rect | null => {
  const used = env.model.usedRect(t.sheetId, valuesOnly === true);
  return (used && intersect(t.rect, used)) ?? null;
};

export const rangeType: TypeDef<SheetRef> = defineType<SheetRef>({
  name: 'Range',
  scalars: {
    address: (t, env) => env.model.address(t),
    addressLocal: (t, env) => env.model.address(t),
    columnCount: (t) => t.rect.c1 - t.rect.c0 + 1,
    columnIndex: (t) => t.rect.c0,
    rowCount: (t) => t.rect.r1 - t.rect.r0 + 1,
    rowIndex: (t) => t.rect.r0,
    cellCount: (t) => rectCells(t.rect),
    isEntireColumn: (t) => whole(t.rect).columns,
    isEntireRow: (t) => whole(t.rect).rows,
    rowHidden: (t, env) => env.model.rowsHidden(t.sheetId, t.rect.r0, t.rect.r1),
    values: (t, env) => cellData(t, env, (cells) => grid(cells.values, t.rect, (v) => v ?? '')),
    formulas: (t, env) => cellData(t, env, (cells) => grid(cells.values, t.rect, (v, r, c) => cells.formulas.get(r, c) ?? v ?? '')),
    numberFormat: (t, env) => cellData(t, env, (cells) => grid(cells.numberFormats, t.rect, (f) => f ?? 'General')),
    text: (t, env) => cellData(t, env, (cells) => grid(cells.values, t.rect, (v, r, c) => formatText(v, cells.numberFormats.get(r, c), env.model.date1904))),
    valueTypes: (t, env) => cellData(t, env, (cells) => grid(cells.values, t.rect, (v, r, c) => valueType(v, cells, r, c))),
    // Points at 100% zoom from the sheet's top-left corner to the range's edges (ExcelApi 1.10), as chart frames are measured.
    top: (t, env) => env.model.cellPosition(t.sheetId, t.rect.r0, t.rect.c0).top,
    left: (t, env) => env.model.cellPosition(t.sheetId, t.rect.r0, t.rect.c0).left,
    width: (t, env) => env.model.cellPosition(t.sheetId, t.rect.r0, t.rect.c1 + 1).left - env.model.cellPosition(t.sheetId, t.rect.r0, t.rect.c0).left,
    height: (t, env) => env.model.cellPosition(t.sheetId, t.rect.r1 + 1, t.rect.c0).top - env.model.cellPosition(t.sheetId, t.rect.r0, t.rect.c0).top,
  },
  setters: {
    values: (t, v: GridInput<CellInput>, env) => writeContent(t, v, env),
    formulas: (t, v: GridInput<CellInput>, env) => writeContent(t, v, env),
    numberFormat: (t, v: GridInput<string | null>, env) => {
      const block = toBlock(v, t.rect).map((row) => row.map((f) => (f === 'General' ? undefined : f)));
      env.model.writeLayer(t.sheetId, (c) => c.numberFormats, t.rect.r0, t.rect.c0, block);
    },
    rowHidden: (t, hidden: boolean, env) => env.model.setRowsHidden(t.sheetId, t.rect.r0, t.rect.r1, hidden),
  },
  nav: {
    format: (t) => obj(rangeFormat, t),
    worksheet: (t) => obj(worksheetType, t.sheetId),
    conditionalFormats: (t) => obj(conditionalFormatCollection, t),
  },
  methods: {
    getCell: (t, [row, column]) => derive(t, { r0: t.rect.r0 + (row as number), c0: t.rect.c0 + (column as number), r1: t.rect.r0 + (row as number), c1: t.rect.c0 + (column as number) }),
    getRow: (t, [row]) => derive(t, { ...t.rect, r0: t.rect.r0 + (row as number), r1: t.rect.r0 + (row as number) }),
    getColumn: (t, [column]) => derive(t, { ...t.rect, c0: t.rect.c0 + (column as number), c1: t.rect.c0 + (column as number) }),
    getResizedRange: (t, [dr, dc]) => derive(t, { ...t.rect, r1: t.rect.r1 + (dr as number), c1: t.rect.c1 + (dc as number) }),
    getOffsetRange: (t, [ro, co]) => derive(t, { r0: t.rect.r0 + (ro as number), r1: t.rect.r1 + (ro as number), c0: t.rect.c0 + (co as number), c1: t.rect.c1 + (co as number) }),
    getEntireColumn: (t) => derive(t, { ...t.rect, r0: 0, r1: MAX_ROWS - 1 }),
    getEntireRow: (t) => derive(t, { ...t.rect, c0: 0, c1: MAX_COLUMNS - 1 }),
    getLastRow: (t) => derive(t, { ...t.rect, r0: t.rect.r1 }),
    getLastColumn: (t) => derive(t, { ...t.rect, c0: t.rect.c1 }),
    getLastCell: (t) => derive(t, { r0: t.rect.r1, r1: t.rect.r1, c0: t.rect.c1, c1: t.rect.c1 }),
    getRowsBelow: (t, [count]) => derive(t, { ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + ((count as number | null) ?? 1) }),
    getRowsAbove: (t, [count]) => derive(t, { ...t.rect, r0: t.rect.r0 - ((count as number | null) ?? 1), r1: t.rect.r0 - 1 }),
    getColumnsAfter: (t, [count]) => derive(t, { ...t.rect, c0: t.rect.c1 + 1, c1: t.rect.c1 + ((count as number | null) ?? 1) }),
    getColumnsBefore: (t, [count]) => derive(t, { ...t.rect, c0: t.rect.c0 - ((count as number | null) ?? 1), c1: t.rect.c0 - 1 }),
    getIntersection: (t, [other], env) =>
      derive(t, intersect(t.rect, rangeArg(other, t, env).rect) ?? fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.')),
    getIntersectionOrNullObject: (t, [other], env) => derive(t, intersect(t.rect, rangeArg(other, t, env).rect) ?? null),
    getBoundingRect: (t, [other], env) => {
      const o = rangeArg(other, t, env).rect;
      return derive(t, { r0: Math.min(t.rect.r0, o.r0), c0: Math.min(t.rect.c0, o.c0), r1: Math.max(t.rect.r1, o.r1), c1: Math.max(t.rect.c1, o.c1) });
    },
    getUsedRange: (t, [valuesOnly], env) => derive(t, usedWithin(t, valuesOnly, env) ?? fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.")),
    getUsedRangeOrNullObject: (t, [valuesOnly], env) => derive(t, usedWithin(t, valuesOnly, env)),
    insert: (t, [shift], env) => {
      env.model.insertCells(t.sheetId, t.rect, shift as 'Down' | 'Right');
      return obj(rangeType, t);
    },
    clear: (t, [applyTo], env) => env.model.clear(t.sheetId, t.rect, (applyTo as ClearTarget | null) ?? 'All'),
    delete: (t, [shift], env) => env.model.deleteCells(t.sheetId, t.rect, shift as 'Up' | 'Left'),
    select: (t, _a, env) => env.model.selectRect(t.sheetId, t.rect),
    /** Sent by the client before a large `values` write (its Range customisation); the shape is checked by the write itself. */
    _ValidateArraySize: () => undefined,
  },
  notByDefault: [],
});
