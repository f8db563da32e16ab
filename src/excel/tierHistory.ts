/**
 * A customer's tier moves for the pane's customer card, read from the owned snapshot sheet
 * ("Tiers Snapshots"; src/output/snapshots.ts) in its own Excel.run. Reads only, writes nothing.
 */
import { SNAPSHOT_SHEET } from '../output/sheets';
import { SNAPSHOT_WIDTH, snapshotRowsOf } from '../output/snapshots';
import { tierMoves, type TierMove } from '../output/tierMoves';
import { runWhileEditing } from './editMode';
import { readValuesInBlocks } from './readBlocks';
import { loadSettingsIn } from './settingsStore';
import { Syncer } from './syncs';

export type { TierMove };

/** Newest first, at most `limit`; none when the workbook has no snapshot sheet yet. Tiers as keys, whatever language or manager's name (now or before a rename) wrote them. */
export function readTierMoves(customerId: string, limit = 3): Promise<TierMove[]> {
  return runWhileEditing(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex, rowCount');
    await context.sync();
    if (sheet.isNullObject || used.isNullObject) return [];
    const rows = used.rowIndex + used.rowCount - 1;
    if (rows <= 0) return [];
    const values = await readValuesInBlocks(new Syncer(context), sheet, 1, rows, SNAPSHOT_WIDTH);
    const { config } = await loadSettingsIn(context);
    return tierMoves(snapshotRowsOf(values, config.tierNames, config.earlierTierNames), customerId, limit);
  });
}
