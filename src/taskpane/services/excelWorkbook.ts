/** The WorkbookPort over the Excel adapter (src/excel): the only place the pane calls it. */
import type { WorkbookInput } from '../../domain/analyse';
import { onEditWait } from '../../excel/editMode';
import { onCustomerRowSelected, selectCell } from '../../excel/selection';
import { loadSettings, saveConfig } from '../../excel/settingsStore';
import type { WorkbookPort } from './workbookPort';
import type { WorkPort } from './workPort';

/**
 * What the pane needs from the adapter at once (the settings, the selection, cell-edit waits) is in
 * its entry script; the rest loads on first use (excelOnDemand.ts), right after the first render when
 * the pane rebuilds the last run from the workbook.
 */
const onDemand = () => import(/* webpackChunkName: "excel-on-demand" */ './excelOnDemand');

/**
 * The work area's adapter is loaded with the first call, not with the pane's entry script: only the
 * Work and Customer views call it (docs/benchmarks.md, "Sixth session: pane bundle and first render").
 */
const workActions = () => import(/* webpackChunkName: "work-actions" */ '../../excel/work/workActions');
const work: WorkPort = {
  loadWorkState: async (...args) => (await workActions()).loadWorkState(...args),
  submitContract: async (...args) => (await workActions()).submitContract(...args),
  saveTasks: async (...args) => (await workActions()).saveTasks(...args),
  generateDueTasks: async (...args) => (await workActions()).generateDueTasks(...args),
  markCustomerLost: async (...args) => (await workActions()).markCustomerLost(...args),
  importProspectsFromSheet: async (...args) => (await workActions()).importProspectsFromSheet(...args),
  saveProspectsAndFunnel: async (...args) => (await workActions()).saveProspectsAndFunnel(...args),
};

export const excelWorkbook: WorkbookPort = {
  work,
  listSheets: async () => (await onDemand()).listSheets(),
  async readInputs(signal, onProgress) {
    const { readWorkbookInputs, scoringInput } = await onDemand();
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
    const { runScoring, inputCache } = await onDemand();
    if (!reuse) inputCache.clear();
    return runScoring({ config, asOf, signal, onProgress, score, cache: inputCache });
  },
  async selectCell(sheet, address) {
    // false for a hidden sheet: nothing is selected (selection.ts).
    await selectCell(sheet, address);
  },
  restoreLastRun: async (score) => (await onDemand()).readLastRun(score),
  writeModelCheck: async (check, language) => (await onDemand()).writeModelCheck(check, language),
  onEditWait: (handler) => onEditWait(handler),
  tierMoves: async (customerId, limit) => (await onDemand()).readTierMoves(customerId, limit),
  readSheetHead: async (sheet) => (await onDemand()).readSheetHead(sheet),
  ownedPlacement: async (mapped) => (await onDemand()).readPlacementInfo(mapped),
  setOwnedPlacement: async (placement) => (await onDemand()).savePlacement(placement),
  removeOwnedColumns: async () => (await onDemand()).removeOwnedColumns(),
  async onCustomerRowSelected(handler) {
    const off = await onCustomerRowSelected((customer) => handler(customer?.customerId ?? null));
    return () => void off();
  },
};
