/**
 * Dated snapshots on the owned sheet "Tiers Snapshots": one row per customer per run (run id,
 * as-of date, customer id, score, tier; src/output/snapshots.ts), written in bulk as 2-D arrays (never rows.add). A re-run
 * on the same as-of date replaces that date's rows instead of adding a second copy. The latest
 * snapshot before the as-of date is the "previous" one for tier movement.
 */
import type { EarlierTierNames } from '../domain/segments/tierNameHistory';
import type { TierNames } from '../domain/segments/tiers';
import type { SheetLanguage } from '../output/language';
import { SNAPSHOT_HEADER_WORDS } from '../output/sheetWords';
import { planSnapshotWrite, snapshotCells, snapshotRowsOf, SNAPSHOT_FORMATS, SNAPSHOT_KINDS, SNAPSHOT_WIDTH, type SnapshotRow } from '../output/snapshots';
import { SNAPSHOT_SHEET } from '../output/sheets';
import { ensureSheet } from './ensureSheet';
import { chunkRows } from './payload';
import { readValuesInBlocks } from './readBlocks';
import type { OwnedSheetInfo } from './readInputs';
import type { Syncer } from './syncs';
import { formatColumns, safeBlock, clearContents, TEXT_FORMAT } from './textSafety';

/** Every stored snapshot row (below the header), in sheet order, tiers as keys (`names`: the manager's tier names; `earlier`: the names they had before); `found` = the sheet as looked up while reading. */
export async function readSnapshots(syncer: Syncer, found: OwnedSheetInfo | undefined, signal?: AbortSignal, names: TierNames = {}, earlier: EarlierTierNames = {}): Promise<SnapshotRow[]> {
  const sheet = found?.sheet;
  if (!sheet || !found || found.rows <= 1) return [];
  const rows = found.rows - 1;
  return snapshotRowsOf(await readValuesInBlocks(syncer, sheet, 1, rows, SNAPSHOT_WIDTH, signal ? { signal } : {}), names, earlier);
}

export async function writeSnapshot(
  syncer: Syncer,
  found: OwnedSheetInfo | undefined,
  existing: readonly SnapshotRow[],
  fresh: readonly SnapshotRow[],
  asOf: string,
  language: SheetLanguage = 'en',
  names: TierNames = {},
): Promise<void> {
  const { sheet } = await ensureSheet(syncer, SNAPSHOT_SHEET, found?.sheet ?? null);
  const plan = planSnapshotWrite(existing, fresh, asOf);
  const firstRow = 1 + plan.start;
  const end = 1 + plan.clearTo;
  await syncer.reserve(1_000);
  // The header row every time: a run interrupted after adding the sheet may not have written it.
  formatColumns(
    sheet,
    0,
    0,
    1,
    SNAPSHOT_FORMATS.map(() => TEXT_FORMAT),
  );
  sheet.getRangeByIndexes(0, 0, 1, SNAPSHOT_WIDTH).values = [[...SNAPSHOT_HEADER_WORDS[language]]];
  if (end > firstRow) {
    // Formats per column first (text columns as "@"), then clear what the new rows do not cover.
    formatColumns(sheet, firstRow, 0, end - firstRow, SNAPSHOT_FORMATS);
    const clearFrom = firstRow + plan.rows.length;
    if (end > clearFrom) clearContents(sheet.getRangeByIndexes(clearFrom, 0, end - clearFrom, SNAPSHOT_WIDTH));
  }
  const block = safeBlock(
    plan.rows.map((r) => snapshotCells(r, language, names)),
    SNAPSHOT_KINDS,
  );
  for (const chunk of chunkRows(block)) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(firstRow + chunk.start, 0, chunk.rows.length, SNAPSHOT_WIDTH).values = chunk.rows;
  }
}
