/** Tables: collection, table, columns, rows, autoFilter. Target: a table id (columns: table id + column id). */
import type { Rect } from '../address';
import type { CellInput } from '../cellInput';
import { ErrorCodes, fail } from '../errors';
import type { SheetRef, SortField, TableModel } from '../model';
import type { FilterCriteria } from '../rowVisibility';
import { rangeArg, rangeType } from './range';
import { defineType, obj, type HostEnv, type HostObject, type TypeDef } from './types';
import { worksheetType } from './worksheet';

type Block = readonly (readonly CellInput[])[];

const bodyRect = (t: TableModel): Rect => ({ ...t.rect, r0: t.rect.r0 + 1 });
const rangeOf = (t: TableModel, rect: Rect): HostObject => obj(rangeType, { sheetId: t.sheetId, rect });
const colValues = (block: unknown[][]) => block.map((r) => r.map((v) => v ?? ''));
const notFound = (): never => fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");

interface ColumnKey {
  tableId: string;
  columnId: number;
}

interface RowKey {
  tableId: string;
  index: number;
}

function locate(k: ColumnKey, env: HostEnv): { t: TableModel; index: number } {
  const t = env.model.table(k.tableId);
  const index = t.columnIds.indexOf(k.columnId);
  return index < 0 ? notFound() : { t, index };
}

export const tableColumn: TypeDef<ColumnKey> = defineType<ColumnKey>({
  name: 'TableColumn',
  scalars: {
    id: (k) => k.columnId,
    index: (k, env) => locate(k, env).index,
    name: (k, env) => {
      const { t, index } = locate(k, env);
      return env.model.tableHeaders(t)[index];
    },
    values: (k, env) => {
      const { t, index } = locate(k, env);
      return colValues(env.model.sheet(t.sheetId).cells.values.readBlock({ ...t.rect, c0: t.rect.c0 + index, c1: t.rect.c0 + index }));
    },
  },
  setters: {
    name: (k, name: string, env) => {
      const { t, index } = locate(k, env);
      env.model.writeText(t.sheetId, t.rect.r0, t.rect.c0 + index, [[name]]);
    },
  },
  methods: {
    getRange: (k, _a, env) => {
      const { t, index } = locate(k, env);
      return rangeOf(t, { ...t.rect, c0: t.rect.c0 + index, c1: t.rect.c0 + index });
    },
    getHeaderRowRange: (k, _a, env) => {
      const { t, index } = locate(k, env);
      return rangeOf(t, { r0: t.rect.r0, r1: t.rect.r0, c0: t.rect.c0 + index, c1: t.rect.c0 + index });
    },
    getDataBodyRange: (k, _a, env) => {
      const { t, index } = locate(k, env);
      return rangeOf(t, { ...bodyRect(t), c0: t.rect.c0 + index, c1: t.rect.c0 + index });
    },
    delete: (k, _a, env) => {
      const { t, index } = locate(k, env);
      const c = t.rect.c0 + index;
      env.model.deleteCells(t.sheetId, { ...t.rect, c0: c, c1: c }, 'Left');
    },
  },
  id: (k) => k.columnId,
});

function columnByKey(t: TableModel, key: unknown, env: HostEnv): number | undefined {
  if (typeof key === 'number') return t.columnIds.includes(key) ? key : undefined;
  const index = env.model.tableHeaders(t).findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
  return index < 0 ? undefined : t.columnIds[index];
}

/** Inserts a column at `index` (end when null): cells of the table's rows shift right, as Excel does. */
function addColumn(tableId: string, index: unknown, values: unknown, name: unknown, env: HostEnv): HostObject {
  const model = env.model;
  const t = model.table(tableId);
  const width = t.columnIds.length;
  const at = (index as number | null | undefined) ?? width;
  if (at < 0 || at > width) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
  const c = t.rect.c0 + at;
  model.insertCells(t.sheetId, { ...t.rect, c0: c, c1: c }, 'Right');
  if (at === width) {
    // Appending: shiftRect leaves a table alone when cells are inserted past its right edge.
    model.mutate('objects', t.sheetId, () => {
      t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
      t.columnIds.push(t.nextColumnId++);
    });
  }
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const block: CellInput[][] = Array.isArray(values) ? (values as Block).map((r) => [r[0] ?? null]) : Array.from({ length: rows }, (_, i) => [i === 0 ? null : ((values as CellInput) ?? null)]);
  if (block.length !== rows && block.length !== rows - 1) fail(ErrorCodes.invalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  const startRow = block.length === rows ? t.rect.r0 : t.rect.r0 + 1;
  model.writeValues(t.sheetId, startRow, c, block);
  const existing = model.tableHeaders(t);
  const header = (name as string | null | undefined) ?? (existing[at] || `Column${at + 1}`);
  model.writeText(t.sheetId, t.rect.r0, c, [[header]]);
  return obj(tableColumn, { tableId: t.id, columnId: t.columnIds[at]! });
}

export const tableColumnCollection: TypeDef<string> = defineType<string>({
  name: 'TableColumnCollection',
  items: (id, env) => env.model.table(id).columnIds.map((columnId) => obj(tableColumn, { tableId: id, columnId })),
  indexer: (id, [key], env) => obj(tableColumn, { tableId: id, columnId: columnByKey(env.model.table(id), key, env) ?? notFound() }),
  methods: {
    getItem: (id, [key], env) => obj(tableColumn, { tableId: id, columnId: columnByKey(env.model.table(id), key, env) ?? notFound() }),
    getItemOrNullObject: (id, [key], env) => {
      const columnId = columnByKey(env.model.table(id), key, env);
      return columnId === undefined ? null : obj(tableColumn, { tableId: id, columnId });
    },
    getCount: (id, _a, env) => env.model.table(id).columnIds.length,
    add: (id, [index, values, name], env) => addColumn(id, index, values, name, env),
  },
});

const rowRect = (k: RowKey, env: HostEnv): { t: TableModel; rect: Rect } => {
  const t = env.model.table(k.tableId);
  const r = t.rect.r0 + 1 + k.index;
  return { t, rect: { ...t.rect, r0: r, r1: r } };
};

export const tableRow: TypeDef<RowKey> = defineType<RowKey>({
  name: 'TableRow',
  scalars: {
    index: (k) => k.index,
    values: (k, env) => {
      const { t, rect } = rowRect(k, env);
      return colValues(env.model.sheet(t.sheetId).cells.values.readBlock(rect));
    },
  },
  methods: {
    getRange: (k, _a, env) => {
      const { t, rect } = rowRect(k, env);
      return rangeOf(t, rect);
    },
    delete: (k, _a, env) => {
      const { t, rect } = rowRect(k, env);
      env.model.deleteCells(t.sheetId, rect, 'Up');
    },
  },
});

/** Inserts rows at body index `index` (end when null), moving the cells below within the table's columns down. */
function addRows(tableId: string, index: unknown, values: unknown, env: HostEnv): HostObject {
  const model = env.model;
  const t = model.table(tableId);
  const body = t.rect.r1 - t.rect.r0;
  const at = (index as number | null | undefined) ?? body;
  if (at < 0 || at > body) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
  const rows = values as Block | null | undefined;
  const n = rows?.length ?? 1;
  const r = t.rect.r0 + 1 + at;
  model.insertCells(t.sheetId, { ...t.rect, r0: r, r1: r + n - 1 }, 'Down');
  if (at === body)
    model.mutate('objects', t.sheetId, () => {
      t.rect = { ...t.rect, r1: t.rect.r1 + n };
    });
  if (rows) {
    const width = t.rect.c1 - t.rect.c0 + 1;
    if (rows.some((row) => row.length !== width)) fail(ErrorCodes.invalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    model.writeValues(t.sheetId, r, t.rect.c0, rows);
  }
  return obj(tableRow, { tableId, index: at });
}

export const tableRowCollection: TypeDef<string> = defineType<string>({
  name: 'TableRowCollection',
  items: (id, env) => {
    const t = env.model.table(id);
    return Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, index) => obj(tableRow, { tableId: id, index }));
  },
  scalars: {
    count: (id, env) => {
      const t = env.model.table(id);
      return t.rect.r1 - t.rect.r0;
    },
  },
  methods: {
    getCount: (id, _a, env) => {
      const t = env.model.table(id);
      return t.rect.r1 - t.rect.r0;
    },
    getItemAt: (id, [index]) => obj(tableRow, { tableId: id, index: index as number }),
    add: (id, [index, values], env) => addRows(id, index, values, env),
  },
});

/**
 * A table's AutoFilter (ExcelApi 1.9). `apply` sets one column's criteria (or re-applies all when
 * none are given) and hides the body rows that fail; `clearCriteria` shows them again. The range
 * argument of `apply` must be the table's own range.
 */
export const autoFilter: TypeDef<string> = defineType<string>({
  name: 'AutoFilter',
  scalars: {
    enabled: (id, env) => env.model.table(id).showFilterButton,
    isDataFiltered: (id, env) => env.model.table(id).filters.length > 0,
    criteria: (id, env) => {
      const t = env.model.table(id);
      return t.columnIds.map((_, i) => structuredClone(t.filters.find((f) => f.columnIndex === i)?.criteria ?? { filterOn: '' }));
    },
  },
  methods: {
    apply: (id, [range, columnIndex, criteria], env) => {
      const t = env.model.table(id);
      const ref: SheetRef = rangeArg(range, { sheetId: t.sheetId, rect: t.rect }, env);
      const same = ref.sheetId === t.sheetId && ref.rect.r0 === t.rect.r0 && ref.rect.c0 === t.rect.c0 && ref.rect.r1 === t.rect.r1 && ref.rect.c1 === t.rect.c1;
      if (!same) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      env.model.applyTableFilter(id, (columnIndex as number | null) ?? undefined, (criteria as FilterCriteria | null) ?? undefined);
    },
    reapply: (id, _a, env) => env.model.applyTableFilter(id),
    clearColumnCriteria: (id, [columnIndex], env) => env.model.clearTableFilter(id, columnIndex as number),
    clearCriteria: (id, _a, env) => env.model.clearTableFilter(id),
    getRange: (id, _a, env) => {
      const t = env.model.table(id);
      return rangeOf(t, t.rect);
    },
  },
});

/**
 * A table's sort (Table.sort, ExcelApi 1.2): `apply(fields)` sorts the body rows by Excel.SortField
 * `key` (column offset) and `ascending` (default true; values only: no colour, icon or data
 * options) and keeps the fields, which `fields` reads back; the workbench grid's Sort A to Z / Z to
 * A on a table sets the same state. `clear` forgets it; `reapply` sorts again by it.
 */
export const tableSort: TypeDef<string> = defineType<string>({
  name: 'TableSort',
  scalars: {
    fields: (id, env) => (env.model.table(id).sort ?? []).map((f) => ({ key: f.key, ascending: f.ascending })),
    matchCase: () => false,
    method: () => 'PinYin',
  },
  methods: {
    apply: (id, [fields, matchCase], env) => {
      if (!Array.isArray(fields) || matchCase === true) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      const given = (fields as Partial<SortField & { sortOn: string }>[]).map((f): SortField => {
        const key = f?.key;
        if (typeof key !== 'number' || (f.sortOn !== undefined && f.sortOn !== 'Value')) return fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
        return { key, ascending: f.ascending !== false };
      });
      const t = env.model.table(id);
      env.model.sortByFields(t.sheetId, t.rect, given);
    },
    clear: (id, _a, env) => env.model.clearTableSort(id),
    reapply: (id, _a, env) => {
      const t = env.model.table(id);
      if (t.sort && t.sort.length > 0) env.model.sortByFields(t.sheetId, t.rect, t.sort);
    },
  },
});

const tableProp = (prop: keyof TableModel) => (id: string, env: HostEnv) => env.model.table(id)[prop];

export const tableType: TypeDef<string> = defineType<string>({
  name: 'Table',
  scalars: {
    id: (id) => id,
    name: tableProp('name'),
    showFilterButton: tableProp('showFilterButton'),
    showHeaders: tableProp('showHeaders'),
    showTotals: tableProp('showTotals'),
    style: tableProp('style'),
  },
  setters: {
    name: (id, name: string, env) => {
      const other = env.model.tableByName(name) ?? env.model.namedItem(name);
      if (other && other !== env.model.table(id)) fail(ErrorCodes.itemAlreadyExists, 'The resource already exists.');
      env.model.mutate('objects', undefined, () => {
        env.model.table(id).name = name;
      });
    },
    style: (id, s: string, env) =>
      env.model.mutate('objects', undefined, () => {
        env.model.table(id).style = s;
      }),
    showFilterButton: (id, b: boolean, env) =>
      env.model.mutate('objects', undefined, () => {
        env.model.table(id).showFilterButton = b;
      }),
  },
  nav: {
    columns: (id) => obj(tableColumnCollection, id),
    rows: (id) => obj(tableRowCollection, id),
    worksheet: (id, env) => obj(worksheetType, env.model.table(id).sheetId),
    autoFilter: (id) => obj(autoFilter, id),
    sort: (id) => obj(tableSort, id),
  },
  methods: {
    getRange: (id, _a, env) => {
      const t = env.model.table(id);
      return rangeOf(t, t.rect);
    },
    getHeaderRowRange: (id, _a, env) => {
      const t = env.model.table(id);
      return rangeOf(t, { ...t.rect, r1: t.rect.r0 });
    },
    /** A table always keeps at least one body row in Excel, so the body range is never empty here. */
    getDataBodyRange: (id, _a, env) => {
      const t = env.model.table(id);
      return t.rect.r1 > t.rect.r0 ? rangeOf(t, bodyRect(t)) : notFound();
    },
    delete: (id, _a, env) => env.model.deleteTable(id, false),
    convertToRange: (id, _a, env) => {
      const t = env.model.table(id);
      const range = rangeOf(t, t.rect);
      env.model.deleteTable(id, true);
      return range;
    },
    /** Moves the table to a new area on the same sheet (header row stays the first row). */
    resize: (id, [newRange], env) => {
      const t = env.model.table(id);
      const ref = rangeArg(newRange, { sheetId: t.sheetId, rect: t.rect }, env);
      if (ref.sheetId !== t.sheetId) fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
      env.model.mutate('objects', t.sheetId, () => {
        const width = ref.rect.c1 - ref.rect.c0 + 1;
        t.rect = ref.rect;
        while (t.columnIds.length < width) t.columnIds.push(t.nextColumnId++);
        t.columnIds.length = width;
      });
    },
  },
  id: (id) => id,
});

/** Target: the sheet id whose tables these are, or null for the workbook's. */
function tableIds(sheetId: string | null, env: HostEnv): string[] {
  return env.model.tables.filter((t) => sheetId === null || t.sheetId === sheetId).map((t) => t.id);
}

function findTable(sheetId: string | null, key: unknown, env: HostEnv): string | undefined {
  const k = String(key);
  const t = env.model.tableByName(k) ?? env.model.tables.find((x) => x.id === k);
  return t && tableIds(sheetId, env).includes(t.id) ? t.id : undefined;
}

export const tableCollection: TypeDef<string | null> = defineType<string | null>({
  name: 'TableCollection',
  items: (sheetId, env) => tableIds(sheetId, env).map((id) => obj(tableType, id)),
  scalars: { count: (sheetId, env) => tableIds(sheetId, env).length },
  indexer: (sheetId, [key], env) => obj(tableType, findTable(sheetId, key, env) ?? notFound()),
  methods: {
    getItem: (sheetId, [key], env) => obj(tableType, findTable(sheetId, key, env) ?? notFound()),
    getItemOrNullObject: (sheetId, [key], env) => {
      const id = findTable(sheetId, key, env);
      return id === undefined ? null : obj(tableType, id);
    },
    getCount: (sheetId, _a, env) => tableIds(sheetId, env).length,
    /** `address` may name the sheet; otherwise this collection's sheet (or the active sheet). */
    add: (sheetId, [address, hasHeaders], env) => {
      const home = sheetId ?? env.model.activeSheetId;
      const ref = rangeArg(address, { sheetId: home, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }, env);
      return obj(tableType, env.model.addTable(ref.sheetId, ref.rect, hasHeaders === true).id);
    },
  },
});
