/**
 * The adapter's calls the pane makes only after its first render (a run, the last run rebuilt from
 * the workbook, the model check, tier moves, hand mapping, owned-column placement), gathered so
 * excelWorkbook.ts loads them as one chunk on first use instead of in the pane's entry script
 * (docs/benchmarks.md, "Sixth session: pane bundle and first render").
 */
import { InputCache } from '../../excel/inputCache';

export { runScoring } from '../../excel/runScoring';
export { readLastRun } from '../../excel/lastRun';
export { writeModelCheck } from '../../excel/modelCheck';
export { readWorkbookInputs, scoringInput } from '../../excel/readInputs';
export { listSheets } from '../../excel/sheets';
export { readTierMoves } from '../../excel/tierHistory';
export { readSheetHead } from '../../excel/sheetHead';
export { readPlacementInfo, removeOwnedColumns, savePlacement } from '../../excel/ownedPlacement';

/** The grids of the pane's last run, for Apply (RunRequest.reuse). */
export const inputCache = new InputCache();
