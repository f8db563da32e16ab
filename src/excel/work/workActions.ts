/**
 * The work area's operations as the task pane calls them: each one Excel.run, reading the owned
 * tables fresh so what someone typed into the sheet meanwhile is respected. Each is safe to repeat
 * (reads, upserts by key, new rows only), so each is tried again while Excel is in cell-edit mode
 * (src/excel/editMode.ts); the pane says "finish editing the cell" meanwhile.
 */
import type { DayNumber } from '../../domain/model';
import {
  DEFAULT_FOLLOW_UP_RULES,
  followUpCustomers,
  generateFollowUps,
  importProspects,
  splitBacklog,
  validateContract,
  type Backlog,
  type ChurnMark,
  type ChurnReason,
  type Contract,
  type FieldError,
  type FollowUp,
  type FollowUpRules,
  type Prospect,
  type ProspectImportReport,
  type WorkWordLanguage,
} from '../../domain/work';
import { runWhileEditing } from '../editMode';
import type { UnreadableRow } from './followUpRows';
import type { RowProblem } from '../../domain/work';
import { writeFunnelChart } from './funnelChart';
import type { LostCustomer } from './lostRows';
import type { UpsertResult } from './ownedTable';
import { readSheetGrids, readWorkBasis, type WorkBasis } from './workBasis';
import { readOwnedTables, rideOwnedTables } from './ownedTable';
import { FOLLOW_UPS_TABLE, PROSPECTS_TABLE } from './tableSpecs';
import { contractsFrom, followUpsFrom, lostFrom, prospectsFrom, readContracts, rideWorkTables, saveContracts, saveFollowUps, saveLostCustomers, saveProspects } from './workStore';

export interface WorkState {
  basis: WorkBasis;
  contracts: Contract[];
  tasks: FollowUp[];
  prospects: Prospect[];
  lost: LostCustomer[];
  importableSheets: string[];
  /** Rows of the owned tables that could not be read back (someone typed a bad value). */
  unreadable: { table: 'contracts' | 'followUps' | 'prospects'; rows: (UnreadableRow & { problems?: RowProblem[] })[] }[];
}

export function loadWorkState(): Promise<WorkState> {
  return runWhileEditing(async (context) => {
    const { basis, importableSheets, along: tables } = await readWorkBasis(context, rideWorkTables(context));
    const contracts = contractsFrom(tables.contracts);
    const tasks = followUpsFrom(tables.followUps);
    const prospects = prospectsFrom(tables.prospects);
    const lost = lostFrom(tables.lost);
    return {
      basis,
      contracts: contracts.contracts,
      tasks: tasks.tasks,
      prospects: prospects.prospects,
      lost,
      importableSheets,
      unreadable: [
        { table: 'contracts' as const, rows: contracts.unreadable },
        { table: 'followUps' as const, rows: tasks.unreadable },
        { table: 'prospects' as const, rows: prospects.unreadable },
      ].filter((u) => u.rows.length > 0),
    };
  });
}

export type ContractSubmit = { ok: true; result: UpsertResult } | { ok: false; errors: FieldError[] };

/**
 * Validates against the contracts in the sheet now, and writes only when there is no error. The
 * contract number is the row's key, so the form keeps it fixed while editing. `language` (every
 * action here): the workbook's, for the form values written (docs/sheet-language.md); default English.
 */
export function submitContract(contract: Contract, editingContractId?: string, language: WorkWordLanguage = 'en'): Promise<ContractSubmit> {
  return runWhileEditing(async (context) => {
    const { contracts } = await readContracts(context);
    const validation = validateContract(contract, contracts, editingContractId === undefined ? {} : { editingContractId });
    if (!validation.ok) return { ok: false, errors: validation.errors };
    return { ok: true, result: await saveContracts(context, [contract], undefined, language) };
  });
}

/** Adds or updates tasks by id (a manual task, a task marked done or edited in the pane). */
export function saveTasks(tasks: readonly FollowUp[], language: WorkWordLanguage = 'en'): Promise<UpsertResult> {
  return runWhileEditing(async (context) => {
    // Found, located and read in three round trips (a lookup of its own would take four), then written.
    const [read] = await readOwnedTables(context, [FOLLOW_UPS_TABLE]);
    return saveFollowUps(context, tasks, {}, read, language);
  });
}

export interface GenerateReport {
  added: FollowUp[];
  kept: number;
  unchanged: number;
  /** New tasks the rules gave with a due date before `asOf`: summarised, not written. */
  backlog: Backlog;
}

function ruleInput(basis: WorkBasis, lost: readonly LostCustomer[], prospects: readonly Prospect[]) {
  const churn = new Map<string, ChurnMark>(lost.map((l) => [l.customerId, { reason: l.reason, markedOn: l.markedOn }]));
  return { customers: followUpCustomers(basis.customers, basis.orders, basis.tiers, churn, basis.likelyChurning), prospects };
}

/**
 * Runs the follow-up rules and appends the new tasks due from `asOf` on only: rows already listed
 * (edited in the sheet, done, or just open) are never written, so a re-run adds nothing; new
 * tasks that fell due before `asOf` are counted as a backlog (docs/work-rules.md), not written.
 */
export function generateDueTasks(asOf: DayNumber, rules: FollowUpRules = DEFAULT_FOLLOW_UP_RULES, language: WorkWordLanguage = 'en'): Promise<GenerateReport> {
  return runWhileEditing(async (context) => {
    // The work tables are read with the basis, in the same round trips.
    const { basis, along: tables } = await readWorkBasis(context, rideWorkTables(context));
    const { tasks, unreadable } = followUpsFrom(tables.followUps);
    const { prospects } = prospectsFrom(tables.prospects);
    const lost = lostFrom(tables.lost);
    // A task row someone broke still holds its id: treat it as listed so it is not re-added.
    const listedIds = new Set([...tasks.map((t) => t.id), ...unreadable.map((u) => u.id)]);
    const generated = generateFollowUps(ruleInput(basis, lost, prospects), tasks, asOf, rules);
    const { current, backlog } = splitBacklog(
      generated.added.filter((t) => !listedIds.has(t.id)),
      asOf,
    );
    const written = await saveFollowUps(context, current, { onlyNew: true }, tables.followUps, language);
    const writtenIds = new Set(written.added);
    return { added: current.filter((t) => writtenIds.has(t.id)), kept: generated.kept.length, unchanged: generated.unchanged.length, backlog };
  });
}

export interface LostReport {
  added: FollowUp[];
}

/** Records the customer as lost and lists the play for the reason (docs/domain.md section 5) as tasks. */
export function markCustomerLost(customerId: string, reason: ChurnReason, markedOn: DayNumber, rules: FollowUpRules = DEFAULT_FOLLOW_UP_RULES, language: WorkWordLanguage = 'en'): Promise<LostReport> {
  return runWhileEditing(async (context) => {
    // The work tables are read with the basis, in the same round trips.
    const { basis, along: tables } = await readWorkBasis(context, rideWorkTables(context));
    // The one lost row goes out with the task batch below (one sync for both).
    await saveLostCustomers(context, [{ customerId, reason, markedOn }], tables.lost, { deferLastBatch: true }, language);
    const { tasks } = followUpsFrom(tables.followUps);
    const customer = ruleInput(basis, [{ customerId, reason, markedOn }], []).customers.filter((c) => c.customerId === customerId);
    const churnOnly: FollowUpRules = {
      ...rules,
      horizonDays: Math.max(rules.horizonDays, 60),
      returnVisit: { ...rules.returnVisit, enabled: false },
      prospectMonthly: { ...rules.prospectMonthly, enabled: false },
      seniorVisit: { ...rules.seniorVisit, enabled: false },
      care: { ...rules.care, enabled: false },
      churn: { ...rules.churn, enabled: true },
      churnRisk: { ...rules.churnRisk, enabled: false },
    };
    const generated = generateFollowUps({ customers: customer, prospects: [] }, tasks, markedOn, churnOnly);
    const written = await saveFollowUps(context, generated.added, { onlyNew: true }, tables.followUps, language);
    await context.sync(); // the lost row, when no task batch carried it (an empty batch makes no round trip)
    const writtenIds = new Set(written.added);
    return { added: generated.added.filter((t) => writtenIds.has(t.id)) };
  });
}

export interface ImportOptions {
  sheet: string;
  day: DayNumber;
  owner?: string;
  language?: WorkWordLanguage;
}

/** Imports a contact list; only new prospects are written (duplicates and invalid rows reported). */
export function importProspectsFromSheet(options: ImportOptions): Promise<ProspectImportReport> {
  return runWhileEditing(async (context) => {
    // The prospects table is read with the contact list, in the same round trips.
    const {
      grids: [named],
      along: [read],
    } = await readSheetGrids(context, [options.sheet], [], rideOwnedTables(context, [PROSPECTS_TABLE]));
    const { prospects } = prospectsFrom(read!);
    const report = importProspects(named?.grid ?? [], prospects, { day: options.day, ...(options.owner ? { owner: options.owner } : {}) });
    if (report.added.length) await saveProspects(context, report.added, { onlyNew: true }, read, options.language);
    return report;
  });
}

/**
 * Saves prospects (a new one, MAN flags, a stage move) and redraws the funnel chart. `language`:
 * the workbook's, for the headers, the stage written and the funnel's words.
 */
export function saveProspectsAndFunnel(changed: readonly Prospect[], language: WorkWordLanguage = 'en'): Promise<UpsertResult> {
  return runWhileEditing(async (context) => {
    const [read] = await readOwnedTables(context, [PROSPECTS_TABLE]);
    const result = await saveProspects(context, changed, {}, read, language);
    // The table now holds what was read with `changed` upserted by id: no second read.
    const byId = new Map(prospectsFrom(read!).prospects.map((p) => [p.id.trim().toLowerCase(), p]));
    for (const p of changed) byId.set(p.id.trim().toLowerCase(), p);
    await writeFunnelChart(context, [...byId.values()], language);
    return result;
  });
}
