/** The WorkbookPort over the Excel adapter (src/excel): the only place the pane calls it. */
import type { WorkbookInput } from '../../domain/analyse';
import { runScoring } from '../../excel/runScoring';
import { InputCache } from '../../excel/inputCache';
import { onEditWait } from '../../excel/editMode';
import { readLastRun } from '../../excel/lastRun';
import { writeModelCheck } from '../../excel/modelCheck';
import { readWorkbookInputs, scoringInput } from '../../excel/readInputs';
import { onCustomerRowSelected, selectCell } from '../../excel/selection';
import { loadSettings, saveConfig } from '../../excel/settingsStore';
import { listSheets } from '../../excel/sheets';
import { readTierMoves } from '../../excel/tierHistory';
import { readSheetHead } from '../../excel/sheetHead';
import { readPlacementInfo, removeOwnedColumns, savePlacement } from '../../excel/ownedPlacement';
import { generateDueTasks, importProspectsFromSheet, loadWorkState, markCustomerLost, saveProspectsAndFunnel, saveTasks, submitContract } from '../../excel/work/workActions';
import type { WorkbookPort } from './workbookPort';

/** The grids of the pane's last run, for Apply (RunRequest.reuse). */
const inputCache = new InputCache();

export const excelWorkbook: WorkbookPort = {
  work: { loadWorkState, submitContract, saveTasks, generateDueTasks, markCustomerLost, importProspectsFromSheet, saveProspectsAndFunnel },
  listSheets,
  async readInputs(signal, onProgress) {
    const inputs = await readWorkbookInputs({ signal, onProgress });
    if (!inputs.orders) throw new Error(inputs.messages.join(' ') || 'No order sheet was found.');
    // The saved mapping is the pane's to pass (usePane.detect); the date system goes with the sheets.
    const { mapping: _saved, ...input }: WorkbookInput = scoringInput({ ...inputs, orders: inputs.orders });
    return input;
  },
  async loadSettings() {
    const loaded = await loadSettings();
    const mapped = loaded.mapping.orders || loaded.mapping.customers;
    return { config: loaded.config, mapping: mapped ? loaded.mapping : null, revision: loaded.revision, warnings: loaded.warnings, notes: loaded.notes };
  },
  async saveSettings(config, mapping, expectedRevision) {
    const result = await saveConfig(config, { expectedRevision, ...(mapping ? { mapping } : {}) });
    if (result.ok) return { ok: true, revision: result.revision };
    if (result.reason === 'excel') return { ok: false, conflict: false, message: result.error.message, excel: result.error };
    if (result.reason === 'invalid') return { ok: false, conflict: false, message: result.message, notes: result.notes };
    return { ok: false, conflict: true, message: result.message };
  },
  async run({ config, asOf, signal, onProgress, score, reuse }) {
    if (!reuse) inputCache.clear();
    return runScoring({ config, asOf, signal, onProgress, score, cache: inputCache });
  },
  async selectCell(sheet, address) {
    // false for a hidden sheet: nothing is selected (selection.ts).
    await selectCell(sheet, address);
  },
  restoreLastRun: (score) => readLastRun(score),
  writeModelCheck: (check, language) => writeModelCheck(check, language),
  onEditWait: (handler) => onEditWait(handler),
  tierMoves: (customerId, limit) => readTierMoves(customerId, limit),
  readSheetHead: (sheet) => readSheetHead(sheet),
  ownedPlacement: (mapped) => readPlacementInfo(mapped),
  setOwnedPlacement: (placement) => savePlacement(placement),
  removeOwnedColumns: () => removeOwnedColumns(),
  async onCustomerRowSelected(handler) {
    const off = await onCustomerRowSelected((customer) => handler(customer?.customerId ?? null));
    return () => void off();
  },
};
