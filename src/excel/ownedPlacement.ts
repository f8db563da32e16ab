/**
 * Owned columns as columns of the customers' Excel table (docs/adapter.md, "Owned columns in a
 * table"): a workbook setting chooses it; a run then adds the owned columns the table lacks with
 * `table.columns.add` (header only) and writes their values in blocks like any owned column, so a
 * user's sort or filter of the table carries them with the customer rows. Re-runs find them by
 * their headers wherever the user moved them. "Remove Tiers columns" deletes exactly the owned
 * columns, from the table or beside it, and nothing of the user's.
 */
import type { CellValue, Grid } from '../domain/model';
import { ownedColumnOf, OWNED_NAME_PREFIX, ownedHeader } from '../output/ownedColumns';
import { runWhileEditing } from './editMode';
import { toFailure } from './errors';
import type { OwnedPlan, PlannedColumn } from './ownedColumns';
import { tierFormatsAt } from './ownedColumns';
import type { TableRect } from './readInputs';
import { parseRunState, queueRunState, RUN_STATE_KEY } from './runState';
import { keepOwnedInFilter, shrinkOwnedFilter } from './ownedFilter';
import { Syncer } from './syncs';

/** Workbook setting: where the owned columns go when the customer data is a table. */
export const PLACEMENT_KEY = 'Tiers.ownedColumns';
/** 'filter': beside a plain range, under one AutoFilter with the customer columns (ownedFilter.ts). */
export type OwnedPlacement = 'beside' | 'table' | 'filter';

export function parsePlacement(stored: unknown): OwnedPlacement {
  return stored === 'table' || stored === 'filter' ? stored : 'beside';
}

const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || v === '';

/** The table whose header row is the customer header row and which holds the id column. */
export function customerTableOf<T extends { rect: TableRect }>(tables: readonly T[], headerRow: number, idColumn: number): T | undefined {
  return tables.find((t) => t.rect.r0 === headerRow && t.rect.c0 <= idColumn && idColumn <= t.rect.c1);
}

/** Why owned columns could not go into the table on this run (they stay beside it). */
export type TablePlacementNote = 'data-right-of-table';

export interface TablePlacement {
  plan: OwnedPlan;
  /** The owned columns added to the table on this run. */
  added: number;
  note?: TablePlacementNote;
}

async function sheetTables(syncer: Syncer, sheet: Excel.Worksheet): Promise<{ table: Excel.Table; name: string; rect: TableRect }[]> {
  const tables = sheet.tables.load('items/name');
  await syncer.sync();
  const ranges = tables.items.map((t) => t.getRange().load('rowIndex,columnIndex,rowCount,columnCount'));
  if (ranges.length > 0) await syncer.sync();
  return tables.items.map((table, i) => {
    const r = ranges[i]!;
    return { table, name: table.name, rect: { r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 } };
  });
}

/**
 * With the setting on and the customer data an Excel table: owned columns outside the table are
 * cleared (they are ours) and added to the table at its right end, header only; the values follow
 * in blocks (writeOwnedValues). Adding a column to a table shifts the cells right of it on the
 * table's rows, so when any user cell sits right of the table the owned columns stay beside it and
 * the run says why. Queues its actions on the syncer's batch; returns the plan with the new places.
 */
export async function placeInTable(syncer: Syncer, sheet: Excel.Worksheet, plan: OwnedPlan, grid: Grid, rawHead: Grid, idColumn: number): Promise<TablePlacement> {
  const setting = syncer.context.workbook.settings.getItemOrNullObject(PLACEMENT_KEY).load('value');
  await syncer.sync();
  if (setting.isNullObject || parsePlacement(setting.value) !== 'table') return { plan, added: 0 };
  const found = customerTableOf(await sheetTables(syncer, sheet), plan.headerRow, idColumn);
  if (!found) return { plan, added: 0 };
  const { rect } = found;
  const outside = plan.columns.filter((c) => c.column < rect.c0 || c.column > rect.c1);
  if (outside.length === 0) return { plan, added: 0 };
  // `grid` has the owned columns blanked: any cell right of the table is the user's.
  if (grid.some((row) => row.some((v, c) => c > rect.c1 && !isEmpty(v)))) return { plan, added: 0, note: 'data-right-of-table' };
  const header = rawHead[plan.headerRow] ?? [];
  await syncer.reserve(outside.length * 600);
  for (const col of outside) {
    // A column of ours beside the table (header ours, or its name points here): cleared with its rule.
    if (ownedColumnOf(header[col.column]) || col.named) sheet.getRangeByIndexes(plan.headerRow, col.column, 1_048_576 - plan.headerRow, 1).clear('All');
  }
  const moved = new Map<PlannedColumn, number>();
  outside.forEach((col, i) => {
    found.table.columns.add(undefined, undefined, ownedHeader(col.spec, plan.basis, plan.language));
    moved.set(col, rect.c1 + 1 + i);
  });
  const columns = plan.columns.map((c) => (moved.has(c) ? { spec: c.spec, column: moved.get(c)!, named: false } : c));
  return { plan: { ...plan, columns }, added: outside.length };
}

/** What the pane shows before offering the placement: the setting, and the customers' table if any. */
export interface PlacementInfo {
  placement: OwnedPlacement;
  /** The customer sheet (the last run's, else the saved mapping's), and its table when its data is one. */
  customerSheet: string | null;
  table: string | null;
  /** Owned columns on the customer sheet now. */
  ownedColumns: number;
  /** A plain customer range: its AutoFilter (address), whether it spans every owned column; null = none. Absent on a table or where AutoFilter is not supported (ExcelApi 1.9). */
  filter?: { address: string; coversOwned: boolean } | null | undefined;
}

interface OwnedSite {
  sheet: Excel.Worksheet;
  sheetName: string;
  headerRow: number;
  /** Owned columns by position, with their header text. */
  columns: { column: number; header: string }[];
  tables: { table: Excel.Table; name: string; rect: TableRect }[];
}

/** The owned columns on the customer sheet: headers that are ours, and columns our names point to. */
async function ownedSite(syncer: Syncer, mappedSheet?: { sheet: string; headerRow: number }): Promise<OwnedSite | null> {
  const wb = syncer.context.workbook;
  const stateItem = wb.settings.getItemOrNullObject(RUN_STATE_KEY).load('value');
  const names = wb.names.load('items/name');
  await syncer.sync();
  const runState = stateItem.isNullObject ? null : parseRunState(stateItem.value);
  const named = names.items
    .filter((n) => n.name.startsWith(OWNED_NAME_PREFIX))
    .map((n) => {
      const range = n.getRangeOrNullObject().load('rowIndex,columnIndex');
      return { range, sheet: range.worksheet.load('name') };
    });
  if (named.length > 0) await syncer.sync();
  const live = named.filter((n) => !n.range.isNullObject);
  const site = runState ? { sheet: runState.customerSheet, headerRow: runState.headerRow } : live[0] ? { sheet: live[0].sheet.name, headerRow: live[0].range.rowIndex } : (mappedSheet ?? null);
  if (!site) return null;
  const sheet = wb.worksheets.getItemOrNullObject(site.sheet);
  const used = sheet.getUsedRangeOrNullObject(true).load('columnIndex,columnCount');
  await syncer.sync();
  if (sheet.isNullObject) return null;
  const width = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const head = width > 0 ? sheet.getRangeByIndexes(site.headerRow, 0, 1, width).load('values') : null;
  const tables = await sheetTables(syncer, sheet);
  const row = (head?.values[0] ?? []) as CellValue[];
  const pointed = new Set(live.filter((n) => n.sheet.name === site.sheet && n.range.rowIndex === site.headerRow).map((n) => n.range.columnIndex));
  const columns: OwnedSite['columns'] = [];
  row.forEach((cell, column) => {
    if (ownedColumnOf(cell) || (pointed.has(column) && isEmpty(cell))) columns.push({ column, header: typeof cell === 'string' ? cell : '' });
  });
  return { sheet, sheetName: site.sheet, headerRow: site.headerRow, columns, tables };
}

export async function readPlacementInfo(mapped?: { sheet: string; headerRow: number }): Promise<PlacementInfo> {
  return runWhileEditing(async (context) => {
    const syncer = new Syncer(context);
    const setting = context.workbook.settings.getItemOrNullObject(PLACEMENT_KEY).load('value');
    await syncer.sync();
    const placement = parsePlacement(setting.isNullObject ? undefined : setting.value);
    const site = await ownedSite(syncer, mapped);
    if (!site) return { placement, customerSheet: null, table: null, ownedColumns: 0 };
    const table = site.tables.find((t) => t.rect.r0 === site.headerRow);
    const filter = table ? undefined : await filterInfo(syncer, site);
    return { placement, customerSheet: site.sheetName, table: table?.name ?? null, ownedColumns: site.columns.length, filter };
  });
}

async function filterInfo(syncer: Syncer, site: OwnedSite): Promise<PlacementInfo['filter']> {
  if (!(Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') ?? false)) return undefined;
  const range = site.sheet.autoFilter.getRangeOrNullObject().load('address,rowIndex,columnIndex,columnCount');
  await syncer.sync();
  if (range.isNullObject) return null;
  const coversOwned = range.rowIndex === site.headerRow && site.columns.length > 0 && site.columns.every((c) => c.column >= range.columnIndex && c.column < range.columnIndex + range.columnCount);
  return { address: range.address, coversOwned };
}

/**
 * Saves the placement. On a plain customer range the filter choice acts at once on the owned
 * columns already there: 'filter' puts the AutoFilter over the data and them, 'beside' takes away
 * the one Tiers put there (ownedFilter.ts).
 */
export async function savePlacement(placement: OwnedPlacement): Promise<{ ok: true } | { ok: false; message: string; code: string }> {
  try {
    await runWhileEditing(async (context) => {
      context.workbook.settings.add(PLACEMENT_KEY, placement);
      await context.sync();
      const syncer = new Syncer(context);
      const site = await ownedSite(syncer);
      if (!site || site.columns.length === 0 || site.tables.some((t) => t.rect.r0 === site.headerRow)) return;
      const owned = site.columns.map((c) => c.column);
      if (placement !== 'filter') {
        await shrinkOwnedFilter(syncer, site.sheet, site.sheetName, site.headerRow, owned, true);
        return;
      }
      const used = site.sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      const head = site.sheet.getRangeByIndexes(site.headerRow, 0, 1, Math.max(...owned) + 1).load('values');
      await syncer.sync();
      const header = (head.values[0] ?? []) as CellValue[];
      const firstColumn = Math.max(
        0,
        header.findIndex((v) => !isEmpty(v)),
      );
      const lastRow = used.isNullObject ? site.headerRow + 1 : used.rowIndex + used.rowCount - 1;
      const outcome = await keepOwnedInFilter(syncer, {
        sheet: site.sheet,
        sheetName: site.sheetName,
        headerRow: site.headerRow,
        ownedColumns: owned,
        firstColumn,
        lastRow,
        tables: site.tables.map((t) => t.rect),
        wanted: true,
      });
      if (outcome?.kind === 'failed') throw Object.assign(new Error(outcome.message), { code: outcome.code });
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, ...toFailure(error) };
  }
}

/** `code`: Excel's error code (src/excel/errors.ts), for the pane to word; `message` is Excel's text. */
export type RemoveOutcome = { ok: true; removed: number; sheet: string | null } | { ok: false; message: string; code: string };

/**
 * Removes the owned columns in one step: table columns of ours are deleted from the table, owned
 * columns beside the data are cleared (cells, formats, our tier rules), our column names deleted and
 * the run state told that no column is left. User columns, wherever they are, are not touched.
 */
export async function removeOwnedColumns(): Promise<RemoveOutcome> {
  try {
    return await runWhileEditing(async (context) => {
      const syncer = new Syncer(context);
      const site = await ownedSite(syncer);
      const names = context.workbook.names.load('items/name');
      const stateItem = context.workbook.settings.getItemOrNullObject(RUN_STATE_KEY).load('value');
      await syncer.sync();
      if (site) {
        const tier = site.columns.find((c) => ownedColumnOf(c.header)?.key === 'tier');
        if (tier) for (const f of (await tierFormatsAt(syncer, site.sheet, site.headerRow, tier.column)).ours) f.delete();
        await syncer.reserve(site.columns.length * 400);
        for (const c of site.columns) {
          const table = site.tables.find((t) => t.rect.r0 === site.headerRow && t.rect.c0 <= c.column && c.column <= t.rect.c1);
          // A table column is named by its header; deleting by name keeps the others' positions out of it.
          if (table && c.header !== '') table.table.columns.getItem(c.header).delete();
          else site.sheet.getRangeByIndexes(site.headerRow, c.column, 1_048_576 - site.headerRow, 1).clear('All');
        }
        // The sheet's AutoFilter gives the owned columns up (removed when Tiers put it there).
        if (!site.tables.some((t) => t.rect.r0 === site.headerRow)) {
          await shrinkOwnedFilter(
            syncer,
            site.sheet,
            site.sheetName,
            site.headerRow,
            site.columns.map((c) => c.column),
          );
        }
      }
      for (const n of names.items) if (n.name.startsWith(OWNED_NAME_PREFIX)) n.delete();
      const runState = stateItem.isNullObject ? null : parseRunState(stateItem.value);
      if (runState) queueRunState(context, { ...runState, columns: {} });
      await syncer.flush();
      return { ok: true as const, removed: site?.columns.length ?? 0, sheet: site?.sheetName ?? null };
    });
  } catch (error) {
    return { ok: false, ...toFailure(error) };
  }
}
