/**
 * Dated snapshots on the owned sheet "Tiers Snapshots": one row per customer per run (run id,
 * as-of date, customer id, score, tier), written in bulk as 2-D arrays (never rows.add). A re-run
 * on the same as-of date replaces that date's rows instead of adding a second copy. The latest
 * snapshot before the as-of date is the "previous" one for tier movement.
 */
import type { CellValue } from '../domain/model';
import type { TierSnapshotEntry } from '../domain/segments/movement';
import { ensureSheet } from './ensureSheet';
import { SNAPSHOT_SHEET } from './ownedSpec';
import { chunkRows } from './payload';
import { readValuesInBlocks } from './readBlocks';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { formatColumns, safeBlock, clearContents, TEXT_FORMAT, type ColumnKind } from './textSafety';

export const SNAPSHOT_HEADERS = ['Run id', 'As of', 'Customer id', 'Score', 'Tier'] as const;
const KINDS: ColumnKind[] = ['text', 'text', 'text', 'number', 'text'];
const FORMATS = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, '0.0', TEXT_FORMAT];
const WIDTH = SNAPSHOT_HEADERS.length;

export interface SnapshotRow {
  runId: string;
  asOf: string;
  customerId: string;
  score: number | null;
  tier: string | null;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

function toRow(values: readonly CellValue[]): SnapshotRow {
  const score = values[3];
  return {
    runId: text(values[0]),
    asOf: text(values[1]),
    customerId: text(values[2]),
    score: typeof score === 'number' ? score : null,
    tier: values[4] === '' || values[4] === undefined || values[4] === null ? null : text(values[4]),
  };
}

const fromRow = (r: SnapshotRow): CellValue[] => [r.runId, r.asOf, r.customerId, r.score, r.tier];

/** Every stored snapshot row (below the header), in sheet order; `found` = the sheet as looked up while reading. */
export async function readSnapshots(syncer: Syncer, found: OwnedSheetInfo | undefined, signal?: AbortSignal): Promise<SnapshotRow[]> {
  const sheet = found?.sheet;
  if (!sheet || !found || found.rows <= 1) return [];
  const rows = found.rows - 1;
  const values = await readValuesInBlocks(syncer, sheet, 1, rows, WIDTH, signal ? { signal } : {});
  return values.map(toRow).filter((r) => r.asOf !== '' && r.customerId !== '');
}

/** The latest snapshot strictly before `asOf` (ISO dates compare as text). */
export function previousSnapshot(rows: readonly SnapshotRow[], asOf: string): TierSnapshotEntry[] {
  let latest = '';
  for (const r of rows) if (r.asOf < asOf && r.asOf > latest) latest = r.asOf;
  if (!latest) return [];
  return rows.filter((r) => r.asOf === latest).map((r) => ({ customerId: r.customerId, score: r.score, tier: r.tier }));
}

/** Stored rows with `asOf`'s rows replaced by `fresh`; only the changed tail is rewritten. */
export function planSnapshotWrite(existing: readonly SnapshotRow[], fresh: readonly SnapshotRow[], asOf: string): { start: number; rows: SnapshotRow[]; clearTo: number } {
  let start = existing.findIndex((r) => r.asOf === asOf);
  if (start < 0) start = existing.length;
  const tail = existing.slice(start).filter((r) => r.asOf !== asOf);
  const rows = [...tail, ...fresh];
  return { start, rows, clearTo: Math.max(existing.length, start + rows.length) };
}

export async function writeSnapshot(syncer: Syncer, found: OwnedSheetInfo | undefined, existing: readonly SnapshotRow[], fresh: readonly SnapshotRow[], asOf: string): Promise<void> {
  const { sheet } = await ensureSheet(syncer, SNAPSHOT_SHEET, found?.sheet ?? null);
  const plan = planSnapshotWrite(existing, fresh, asOf);
  const firstRow = 1 + plan.start;
  const end = 1 + plan.clearTo;
  await syncer.reserve(1_000);
  // The header row every time: a run interrupted after adding the sheet may not have written it.
  formatColumns(sheet, 0, 0, 1, FORMATS.map(() => TEXT_FORMAT));
  sheet.getRangeByIndexes(0, 0, 1, WIDTH).values = [[...SNAPSHOT_HEADERS]];
  if (end > firstRow) {
    // Formats per column first (text columns as "@"), then clear what the new rows do not cover.
    formatColumns(sheet, firstRow, 0, end - firstRow, FORMATS);
    const clearFrom = firstRow + plan.rows.length;
    if (end > clearFrom) clearContents(sheet.getRangeByIndexes(clearFrom, 0, end - clearFrom, WIDTH));
  }
  const block = safeBlock(plan.rows.map(fromRow), KINDS);
  for (const chunk of chunkRows(block)) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(firstRow + chunk.start, 0, chunk.rows.length, WIDTH).values = chunk.rows;
  }
}
