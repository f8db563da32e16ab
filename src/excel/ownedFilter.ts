/**
 * Owned columns beside a plain customer range, sorted and filtered with the rows
 * (docs/adapter.md, "Owned columns beside a plain range: the sheet's AutoFilter"). Excel sorts and
 * filters the range of the sheet's one AutoFilter (`worksheet.autoFilter`, ExcelApi 1.9) as whole
 * rows, so when that range holds the customer columns and the owned columns, a user's sort or
 * filter keeps every customer's cells on its row.
 *
 * - A user's AutoFilter on the customer header row that stops short of the owned columns (or of the
 *   last customer row) is widened on every run, its criteria set again column by column: read back,
 *   Excel's criteria carry `null` members that `apply` refuses (office-js#1226), so only the members
 *   that are set are passed. The run says what it did (`OwnedFilterOutcome`).
 * - Without an AutoFilter, one is put over the customer columns and the owned columns only when the
 *   workbook setting asks for it (`Tiers.ownedColumns` = `filter`, chosen in the Run view).
 * - An AutoFilter elsewhere on the sheet (another header row) is the user's and is left alone.
 * - "Remove Tiers columns" takes the owned columns out of the filter again (`shrinkOwnedFilter`).
 */
import type { CellValue, Grid } from '../domain/model';
import type { TableRect } from './readInputs';
import type { Syncer } from './syncs';
import { toFailure } from './errors';

/** Workbook setting: which AutoFilter Tiers put on the customer sheet itself (so removal takes it away). */
export const OWNED_FILTER_KEY = 'Tiers.ownedFilter';

export interface OwnedFilterRecord {
  sheet: string;
  headerRow: number;
}

export type OwnedFilterOutcome =
  /** An AutoFilter now spans the customer columns and the owned columns; `criteria` of the user's were set again. */
  | { kind: 'created'; address: string }
  | { kind: 'widened'; address: string; criteria: number }
  /** The sheet's AutoFilter is on another row: left alone, the owned columns are outside it. */
  | { kind: 'elsewhere'; address: string }
  /** Excel refused; the filter may be left as it was, or without some of the user's criteria. */
  | { kind: 'failed'; address: string; message: string; /** Excel's error code (src/excel/errors.ts), for the pane to word. */ code: string };

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || v === '';

/** The first column with a header on the header row (0 when none), and the grid's last row: where a new filter goes. */
export function dataExtent(grid: Grid, headerRow: number): { firstColumn: number; lastRow: number } {
  const first = (grid[headerRow] ?? []).findIndex((v) => !isEmpty(v));
  return { firstColumn: Math.max(0, first), lastRow: grid.length - 1 };
}
const overlaps = (a: Rect, b: TableRect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** A criteria object read back, with only its set members (office-js#1226); null when the column is not filtered. */
export function settableCriteria(read: Excel.FilterCriteria | undefined | null): Excel.FilterCriteria | null {
  if (!read || !read.filterOn) return null;
  const out = Object.fromEntries(Object.entries(read).filter(([, v]) => v !== null && v !== undefined && v !== '')) as unknown as Excel.FilterCriteria;
  return out;
}

interface SheetFilter {
  rect: Rect;
  address: string;
  criteria: (Excel.FilterCriteria | null)[];
}

/** worksheet.autoFilter is ExcelApi 1.9: an older Excel gets no filter over the owned columns. */
export function autoFilterSupported(): boolean {
  return Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') ?? false;
}

/** A filter read queued now, to ride the caller's next round trip. */
export interface QueuedFilterRead {
  afterSync: number;
  result: () => SheetFilter | null;
}

export function queueFilterRead(syncer: Syncer, sheet: Excel.Worksheet): QueuedFilterRead {
  const filter = sheet.autoFilter.load('enabled,criteria');
  const range = sheet.autoFilter.getRangeOrNullObject().load('address,rowIndex,columnIndex,rowCount,columnCount');
  return {
    afterSync: syncer.syncs,
    result: () => {
      if (range.isNullObject || !filter.enabled) return null;
      return {
        rect: { r0: range.rowIndex, c0: range.columnIndex, r1: range.rowIndex + range.rowCount - 1, c1: range.columnIndex + range.columnCount - 1 },
        address: range.address,
        criteria: (filter.criteria ?? []).map((c) => settableCriteria(c)),
      };
    },
  };
}

async function readFilter(syncer: Syncer, sheet: Excel.Worksheet, queued?: QueuedFilterRead): Promise<SheetFilter | null> {
  const read = queued ?? queueFilterRead(syncer, sheet);
  if (syncer.syncs === read.afterSync) await syncer.sync();
  return read.result();
}

const same = (a: Rect, b: Rect) => a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;

/**
 * Puts the sheet's AutoFilter over `rect`, keeping the criteria of `from` (by sheet column): the old
 * filter is removed first (Excel has one per sheet, and re-pointing it drops its criteria), then
 * each criterion is set again. Returns how many were set.
 */
async function pointFilter(syncer: Syncer, sheet: Excel.Worksheet, rect: Rect, from: SheetFilter | null): Promise<number> {
  const range = sheet.getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1);
  if (from) sheet.autoFilter.remove();
  sheet.autoFilter.apply(range);
  let kept = 0;
  for (const [i, criteria] of (from?.criteria ?? []).entries()) {
    const column = from!.rect.c0 + i;
    if (!criteria || column < rect.c0 || column > rect.c1) continue;
    sheet.autoFilter.apply(range, column - rect.c0, criteria);
    kept++;
  }
  await syncer.sync();
  return kept;
}

export interface OwnedFilterInput {
  sheet: Excel.Worksheet;
  sheetName: string;
  headerRow: number;
  /** Sheet columns of the owned columns. */
  ownedColumns: readonly number[];
  /** The first column of the customer data (a new filter starts there) and the last customer row. */
  firstColumn: number;
  lastRow: number;
  /** Tables on the sheet: an AutoFilter never overlaps one. */
  tables: readonly TableRect[];
  /** The user chose filter buttons over the data and the Tiers columns (read after the first round trip, so a setting loaded with it can answer). */
  wanted: boolean | (() => boolean);
  /** The sheet's filter, read with an earlier round trip of the run (queueFilterRead). */
  queued?: QueuedFilterRead;
}

/** After the owned columns are written beside a plain range: the sheet's AutoFilter spans them (see the file's comment). */
export async function keepOwnedInFilter(syncer: Syncer, input: OwnedFilterInput): Promise<OwnedFilterOutcome | null> {
  if (input.ownedColumns.length === 0 || !autoFilterSupported()) return null;
  const existing = await readFilter(syncer, input.sheet, input.queued);
  if (existing && existing.rect.r0 !== input.headerRow) return { kind: 'elsewhere', address: existing.address };
  const wanted = typeof input.wanted === 'function' ? input.wanted() : input.wanted;
  if (!existing && !wanted) return null;
  const lastRow = Math.max(input.headerRow + 1, input.lastRow);
  const rect: Rect = {
    r0: input.headerRow,
    c0: Math.min(existing?.rect.c0 ?? input.firstColumn, ...input.ownedColumns),
    c1: Math.max(existing?.rect.c1 ?? 0, ...input.ownedColumns),
    r1: Math.max(existing?.rect.r1 ?? 0, lastRow),
  };
  if (input.tables.some((t) => overlaps(rect, t))) return existing ? { kind: 'elsewhere', address: existing.address } : null;
  if (existing && same(existing.rect, rect)) return null;
  const record = input.sheet.context.workbook.settings.getItemOrNullObject(OWNED_FILTER_KEY).load('value');
  try {
    const kept = await pointFilter(syncer, input.sheet, rect, existing);
    const address = input.sheet.getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1).load('address');
    // A filter Tiers put there stays Tiers' when widened on a later run; a user's stays the user's.
    const ours = !existing || (!record.isNullObject && isRecordFor(record.value, input.sheetName, input.headerRow));
    if (ours) input.sheet.context.workbook.settings.add(OWNED_FILTER_KEY, { sheet: input.sheetName, headerRow: input.headerRow } satisfies OwnedFilterRecord);
    await syncer.sync();
    return existing ? { kind: 'widened', address: address.address, criteria: kept } : { kind: 'created', address: address.address };
  } catch (error) {
    const failure = toFailure(error);
    return { kind: 'failed', address: existing?.address ?? '', message: failure.message, code: failure.code };
  }
}

function isRecordFor(value: unknown, sheet: string, headerRow: number): boolean {
  const r = value as Partial<OwnedFilterRecord> | null;
  return !!r && r.sheet === sheet && r.headerRow === headerRow;
}

/**
 * "Remove Tiers columns": the AutoFilter on the owned header row gives up the owned columns. One
 * Tiers put there with no criteria left on the user's columns is removed; otherwise it shrinks to
 * the user's columns (left of the first owned one), their criteria set again, so rows hidden by a
 * criterion on an owned column show again. Queues and syncs its own actions.
 */
export async function shrinkOwnedFilter(syncer: Syncer, sheet: Excel.Worksheet, sheetName: string, headerRow: number, ownedColumns: readonly number[], onlyOurs = false): Promise<void> {
  if (ownedColumns.length === 0 || !(Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') ?? false)) return;
  const record = syncer.context.workbook.settings.getItemOrNullObject(OWNED_FILTER_KEY).load('value');
  const existing = await readFilter(syncer, sheet);
  const ours = !record.isNullObject && isRecordFor(record.value, sheetName, headerRow);
  if (onlyOurs && !ours) return;
  if (!record.isNullObject) record.delete();
  if (!existing || existing.rect.r0 !== headerRow || !ownedColumns.some((c) => c >= existing.rect.c0 && c <= existing.rect.c1)) {
    await syncer.sync();
    return;
  }
  const c1 = Math.min(existing.rect.c1, Math.min(...ownedColumns) - 1);
  const userCriteria = existing.criteria.filter((c, i) => c && existing.rect.c0 + i <= c1).length;
  if (c1 < existing.rect.c0 || (ours && userCriteria === 0)) sheet.autoFilter.remove();
  else await pointFilter(syncer, sheet, { ...existing.rect, c1 }, existing);
  await syncer.sync();
}
