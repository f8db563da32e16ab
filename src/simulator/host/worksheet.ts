/** Worksheet, WorksheetCollection, WorksheetProtection, WorksheetFreezePanes. Target: a sheet id. */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from '../address';
import { ErrorCodes, fail } from '../errors';
import type { Visibility } from '../model';
import { chartCollection } from './charts';
import { namedItemCollection } from './names';
import { rangeType } from './range';
import { worksheetAutoFilter } from './sheetAutoFilter';
import { tableCollection } from './tables';
import { defineType, obj, type HostEnv, type HostObject, type TypeDef } from './types';

const sheetRange = (sheetId: string, rect: Rect | null): HostObject | null => (rect ? obj(rangeType, { sheetId, rect }) : null);

export const worksheetProtection: TypeDef<string> = defineType<string>({
  name: 'WorksheetProtection',
  scalars: { protected: (id, env) => env.model.sheet(id).protected },
  methods: {
    protect: (id, _a, env) => env.model.setSheetProps(id, { protected: true }),
    unprotect: (id, _a, env) => env.model.setSheetProps(id, { protected: false }),
  },
});

export const worksheetFreezePanes: TypeDef<string> = defineType<string>({
  name: 'WorksheetFreezePanes',
  methods: {
    freezeRows: (id, [count], env) => env.model.setSheetProps(id, { frozenRows: (count as number | null) ?? 1, frozenColumns: 0 }),
    freezeColumns: (id, [count], env) => env.model.setSheetProps(id, { frozenColumns: (count as number | null) ?? 1, frozenRows: 0 }),
    unfreeze: (id, _a, env) => env.model.setSheetProps(id, { frozenRows: 0, frozenColumns: 0 }),
    /** The frozen cells, or a null object when nothing is frozen. */
    getLocationOrNullObject: (id, _a, env) => {
      const sheet = env.model.sheet(id);
      if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
      return sheetRange(id, sheet.frozenRows > 0 ? { r0: 0, c0: 0, r1: sheet.frozenRows - 1, c1: MAX_COLUMNS - 1 } : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: sheet.frozenColumns - 1 });
    },
  },
});

const indexesRect = (args: unknown[]): Rect => {
  const [startRow, startColumn, rowCount, columnCount] = args as number[];
  const rect = { r0: startRow!, c0: startColumn!, r1: startRow! + rowCount! - 1, c1: startColumn! + columnCount! - 1 };
  if (rowCount! < 1 || columnCount! < 1 || startRow! < 0 || startColumn! < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) {
    fail(ErrorCodes.invalidArgument, 'The argument is invalid or missing or has an incorrect format.');
  }
  return rect;
};

export const worksheetType: TypeDef<string> = defineType<string>({
  name: 'Worksheet',
  scalars: {
    id: (id) => id,
    name: (id, env) => env.model.sheet(id).name,
    position: (id, env) => env.model.sheets.indexOf(env.model.sheet(id)),
    tabColor: (id, env) => env.model.sheet(id).tabColor,
    visibility: (id, env) => env.model.sheet(id).visibility,
  },
  setters: {
    name: (id, name: string, env) => env.model.renameSheet(id, name),
    position: (id, p: number, env) => env.model.moveSheet(id, p),
    visibility: (id, v: Visibility, env) => env.model.setSheetProps(id, { visibility: v }),
    tabColor: (id, c: string, env) => env.model.setSheetProps(id, { tabColor: c }),
  },
  nav: {
    protection: (id) => obj(worksheetProtection, id),
    freezePanes: (id) => obj(worksheetFreezePanes, id),
    tables: (id) => obj(tableCollection, id),
    charts: (id) => obj(chartCollection, id),
    names: (id) => obj(namedItemCollection, id),
    autoFilter: (id) => obj(worksheetAutoFilter, id),
  },
  methods: {
    /** No address: the whole sheet. */
    getRange: (id, [address], env) =>
      sheetRange(id, address === undefined || address === null || address === '' ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } : env.model.resolveAddress(address as string, id).rect),
    getRangeByIndexes: (id, args) => sheetRange(id, indexesRect(args)),
    getCell: (id, [row, column]) => sheetRange(id, indexesRect([row, column, 1, 1])),
    /** An empty sheet's used range is A1 (Excel's behaviour); the OrNullObject form gives a null object. */
    getUsedRange: (id, [valuesOnly], env) => sheetRange(id, env.model.usedRect(id, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }),
    getUsedRangeOrNullObject: (id, [valuesOnly], env) => sheetRange(id, env.model.usedRect(id, valuesOnly === true) ?? null),
    delete: (id, _a, env) => env.model.deleteSheet(id),
    activate: (id, _a, env) => env.model.activate(id),
  },
  id: (id) => id,
});

const byKey = (key: unknown, env: HostEnv): string | undefined => {
  const k = String(key);
  return (env.model.sheetByName(k) ?? env.model.sheetById(k))?.id;
};

const pick = (visibleOnly: unknown, which: 'first' | 'last', env: HostEnv): HostObject => {
  const sheets = env.model.sheets.filter((s) => visibleOnly !== true || s.visibility === 'Visible');
  const s = which === 'first' ? sheets[0] : sheets[sheets.length - 1];
  return obj(worksheetType, s?.id ?? fail(ErrorCodes.itemNotFound, "The requested resource doesn't exist."));
};

export const worksheetCollection: TypeDef<null> = defineType<null>({
  name: 'WorksheetCollection',
  items: (_t, env) => env.model.sheets.map((s) => obj(worksheetType, s.id)),
  indexer: (_t, [key], env) => obj(worksheetType, byKey(key, env) ?? fail(ErrorCodes.itemNotFound, `The requested resource doesn't exist.`)),
  methods: {
    getItem: (_t, [key], env) => obj(worksheetType, byKey(key, env) ?? fail(ErrorCodes.itemNotFound, `The requested resource doesn't exist.`)),
    getItemOrNullObject: (_t, [key], env) => {
      const id = byKey(key, env);
      return id === undefined ? null : obj(worksheetType, id);
    },
    getCount: (_t, _a, env) => env.model.sheets.length,
    add: (_t, [name], env) => obj(worksheetType, env.model.addSheet((name as string | null) ?? undefined).id),
    getActiveWorksheet: (_t, _a, env) => obj(worksheetType, env.model.activeSheetId),
    getFirst: (_t, [visibleOnly], env) => pick(visibleOnly, 'first', env),
    getLast: (_t, [visibleOnly], env) => pick(visibleOnly, 'last', env),
  },
});
