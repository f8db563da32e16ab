/**
 * One scoring run, for the pane: read (in blocks, cancellable), score (injected: a Web Worker in
 * the pane, the domain in tests), write (owned columns, tier formats, dashboard, snapshot).
 *
 * Consistency: the first write batch records run state "writing" and marks the owned headers
 * "(stale)"; the last batch records "complete" and clears the marks. A failure in between leaves
 * visibly stale owned areas that the next run repairs; the user's cells are never written.
 * Cancel: honoured up to the start of writing (nothing written); once writing has begun the run
 * finishes, because a half-written result is worse than a late one.
 */
import { AnalysisDateError, type AnalysisDate } from '../domain/analysisDate';
import { refusal as refusalOf, type Refusal } from '../domain/refusals';
import type { ScoringConfig } from '../domain/config';
import { isoFromDay } from '../domain/dates';
import type { CellProblem, CellValue, DayNumber, Grid } from '../domain/model';
import type { CustomerResult } from '../domain/score';
import { dayFromIso } from '../domain/score';
import type { AbcClass } from '../domain/segments/abc';
import { withEarlierTierNames } from '../domain/segments/tierNameHistory';
import type { TierName } from '../domain/segments/tiers';
import { columnLetter } from '../output/address';
import { derivedCustomerRows, ownedName, predictedCells } from '../output/ownedColumns';
import { DASHBOARD_SHEET, DERIVED_CUSTOMERS_SHEET, PLAN_SHEET, PRODUCTS_SHEET, SNAPSHOT_SHEET } from '../output/sheets';
import { displaySheetLanguage, workbookLanguage, type SheetLanguage } from '../output/language';
import { predictiveWarningText } from '../output/noticeWords';
import { displayLanguage } from './host';
import { readPlans, writePlanDashboard, writePlans, writeProducts } from './studySheets';
import { freshSnapshot, previousSnapshot, withMovementAsOf } from '../output/snapshots';
import { writeDashboard } from './dashboard';
import { writeDashboardNotes } from './dashboardNotes';
import { ensureSheet } from './ensureSheet';
import { FINISH_EDITING_MESSAGE, isCellEditMode, retryWhileEditing } from './editMode';
import { CancelledError, throwIfAborted, toFailure, type ExcelFailure } from './errors';
import { customerTableOf, parsePlacement, PLACEMENT_KEY, placeInTable, type TablePlacement, type TablePlacementNote } from './ownedPlacement';
import { autoFilterSupported, dataExtent, keepOwnedInFilter, queueFilterRead, type OwnedFilterOutcome } from './ownedFilter';
import { ensureTierFormats, planOwnedColumns, queueHeaders, queueNames, toRunColumns, writeOwnedValues, type OwnedPlan } from './ownedColumns';
import { structureProtectedRefusal } from '../output/ownedColumns';
import { chunkRows } from './payload';
import type { InputCache } from './inputCache';
import { readInputsIn, scoringInput, type OwnedSheetInfo, type SheetGrid, type WorkbookInputs } from './readInputs';
import { queueRunState, type RunState } from './runState';
import type { ScoreFn, ScoreOutcome } from './scoreLocally';
import { readSnapshots, writeSnapshot } from './snapshots';
import { Syncer } from './syncs';
import { formatColumns, safeBlock, clearContents, TEXT_FORMAT } from './textSafety';
import type { MappingNote } from '../domain/mapping/mappingNotes';
import type { InputNote } from '../output/inputNoteWords';
import type { StudyNotice } from '../domain/studyNotices';

export type RunStage = 'reading' | 'scoring' | 'writing';

export interface RunProgress {
  stage: RunStage;
  done: number;
  total: number;
}

export interface RunOptions {
  /** Defaults to the configuration saved in the workbook. */
  config?: ScoringConfig;
  /** Analysis date (day number), unless the configuration fixes one. */
  asOf: DayNumber;
  signal?: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
  score: ScoreFn;
  /** The grids of the last run: sheets that pass the cheap check are not read again (inputCache.ts). */
  cache?: InputCache;
  /** Excel is in cell-edit mode: the run waits and tries again (attempt = 1, 2, ...); the pane says "finish editing the cell". */
  onWaitingForEdit?: (attempt: number) => void;
  /** Waits between attempts while Excel is in cell-edit mode (defaults: editMode.ts). */
  editRetryDelaysMs?: readonly number[];
  /** For tests: a fixed run id and clock. */
  runId?: string;
  now?: () => Date;
}

/** A problem with the cell to select: `address` is "C5" on `sheet` (null for a whole row without a column). */
export interface ProblemLink extends CellProblem {
  address: string | null;
}

export interface RunSummary {
  runId: string;
  asOf: string;
  /** Which analysis date was used and why (docs/scoring.md, "Analysis date"). */
  analysisDate?: AnalysisDate;
  customerSheet: string;
  orderSheet: string;
  customers: number;
  tierCounts: Record<TierName, number>;
  abcCounts: Record<AbcClass, number>;
  problems: ProblemLink[];
  problemCount: number;
  warnings: string[];
  /** Notes on the mapping (duplicate headers, a conversion ...) as codes: the pane words them (src/output/mappingNoteWords.ts). */
  mappingNotes?: MappingNote[];
  /** What the product ranking says about the data (StudyNotice codes), worded by the pane as on the products sheet. */
  productNotices?: StudyNotice[];
  /** What reading the workbook found (a hidden sheet read, a saved mapping dropped ...) as codes: the pane words them (src/output/inputNoteWords.ts). */
  inputNotes?: InputNote[];
  /** The previous run had failed while writing; this run repaired the owned areas. */
  repairedFailedRun: boolean;
  /** Owned columns were to go into the customers' table but stayed beside it, and why (ownedPlacement.ts). */
  tablePlacementNote?: TablePlacementNote;
  /** Owned columns beside a plain range: what the run did to the sheet's AutoFilter so they sort and filter with the rows (ownedFilter.ts). */
  ownedFilter?: OwnedFilterOutcome;
  timings: { readingMs: number; scoringMs: number; writingMs: number; totalMs: number };
  syncs: number;
}

export type RunOutcome =
  | { ok: true; summary: RunSummary }
  | { ok: false; kind: 'cancelled'; stage: RunStage; message: string }
  | { ok: false; kind: 'no-data'; message: string; refusal?: Refusal }
  /** `currencies`: refused for want of exchange rates (docs/scoring.md, "Currencies"), so the pane can say it in its language. */
  | { ok: false; kind: 'refused'; message: string; refusal?: Refusal; problems: ProblemLink[]; currencies?: { found: string[]; missing: string[] } }
  /** Excel failed; `stale` = the owned areas were being written and are marked stale until the next run. */
  | { ok: false; kind: 'excel-error'; stage: RunStage; error: ExcelFailure; stale: boolean; message: string };

export function problemLinks(problems: readonly CellProblem[], grids: readonly (SheetGrid | null)[], headerRows: Record<string, number>): ProblemLink[] {
  return problems.map((p) => {
    const grid = grids.find((g) => g?.sheet === p.sheet)?.grid;
    const header = grid?.[headerRows[p.sheet] ?? 0] ?? [];
    const column = p.column === null ? -1 : header.findIndex((h) => h !== null && String(h).trim() === p.column?.trim());
    return { ...p, address: column < 0 ? null : `${columnLetter(column)}${p.row}` };
  });
}

function predictiveWarnings(outcome: ScoreOutcome): string[] {
  return (outcome.predictive?.warnings ?? []).map((w) => `Predicted lifetime value: ${predictiveWarningText(w)}`);
}

interface WriteTarget {
  sheet: Excel.Worksheet;
  sheetName: string;
  grid: Grid;
  headerRow: number;
  idColumn: number;
  rawHead: Grid;
}

/** The derived-customers sheet of an order-only workbook: id and name, one row per customer, in id order. */
async function writeDerivedCustomers(syncer: Syncer, customers: readonly CustomerResult[], found: OwnedSheetInfo | undefined, language: SheetLanguage): Promise<WriteTarget> {
  const { sheet } = await ensureSheet(syncer, DERIVED_CUSTOMERS_SHEET, found?.sheet ?? null);
  const oldRows = found?.rows ?? 0;
  const grid = derivedCustomerRows(customers, language);
  await syncer.reserve(500);
  formatColumns(sheet, 0, 0, Math.max(grid.length, oldRows), [TEXT_FORMAT, TEXT_FORMAT]);
  if (oldRows > grid.length) clearContents(sheet.getRangeByIndexes(grid.length, 0, oldRows - grid.length, 2));
  for (const chunk of chunkRows(safeBlock(grid, ['text', 'text']))) {
    await syncer.reserve(chunk.bytes);
    sheet.getRangeByIndexes(chunk.start, 0, chunk.rows.length, 2).values = chunk.rows;
  }
  // Rows beyond the new end still hold old owned values: extend the grid with blank rows so they are cleared.
  while (grid.length < oldRows) grid.push(['', '']);
  return { sheet, sheetName: DERIVED_CUSTOMERS_SHEET, grid, headerRow: 0, idColumn: 0, rawHead: [grid[0] as CellValue[]] };
}

function customerTarget(syncer: Syncer, inputs: WorkbookInputs, outcome: ScoreOutcome): WriteTarget | null {
  const mapping = outcome.analysis.mapping.customers;
  const idColumn = mapping?.columns.customerId;
  if (outcome.analysis.derivedCustomers || !inputs.customers || !mapping || idColumn === undefined) return null;
  const name = inputs.customers.sheet;
  return {
    sheet: syncer.context.workbook.worksheets.getItem(name),
    sheetName: name,
    grid: inputs.customers.grid,
    headerRow: mapping.headerRow,
    idColumn,
    rawHead: inputs.rawHeads.get(name) ?? [],
  };
}

export function protectedSheetMessage(sheet: string): string {
  return refusalOf('sheet-protected', { sheet }).message;
}

export async function runScoring(options: RunOptions): Promise<RunOutcome> {
  const { signal, onProgress } = options;
  const clock = options.now ?? (() => new Date());
  const started = Date.now();
  const runId = options.runId ?? `${clock().toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
  const at: { stage: RunStage } = { stage: 'reading' };
  const marks = { read: started, scored: started };
  try {
    return await retryWhileEditing(
      () =>
        Excel.run(async (context): Promise<RunOutcome> => {
          at.stage = 'reading';
          const s = new Syncer(context);
          s.beforeSync = () => throwIfAborted(signal);
          throwIfAborted(signal);
          const inputs = await readInputsIn(s, { ...(signal ? { signal } : {}), ...(options.cache ? { cache: options.cache } : {}), onProgress: (p) => onProgress?.(p) });
          if (!inputs.orders) return { ok: false, kind: 'no-data', message: inputs.messages.join(' ') || 'No order sheet was found.', ...(inputs.refusal ? { refusal: inputs.refusal } : {}) };
          // Tier cells read back by the names in use and every earlier one, the saved configuration's and this run's (a rename: docs/sheet-language.md).
          const naming = withEarlierTierNames(inputs.settings.config, options.config ?? inputs.settings.config);
          const snapshotRows = await readSnapshots(s, inputs.ownedSheets.get(SNAPSHOT_SHEET), signal, naming.tierNames, naming.earlierTierNames);
          // The plan table is a manager's to edit: a cell that cannot be read refuses the run before anything is written.
          const plans = await readPlans(s, inputs.ownedSheets.get(PLAN_SHEET), inputs.date1904, signal);
          if (!plans.ok) return { ok: false, kind: 'refused', message: plans.message, problems: [] };
          marks.read = Date.now();

          at.stage = 'scoring';
          onProgress?.({ stage: 'scoring', done: 0, total: 1 });
          const config = options.config ?? inputs.settings.config;
          const asOfDay = config.asOf === null ? options.asOf : dayFromIso(config.asOf);
          const asOf = isoFromDay(asOfDay);
          let outcome: ScoreOutcome;
          try {
            outcome = await options.score({
              workbook: scoringInput({ ...inputs, orders: inputs.orders }),
              config,
              // Today: the domain resolves the configured or blank analysis date (docs/scoring.md).
              asOf: options.asOf,
              asOfIsToday: true,
              previous: previousSnapshot(snapshotRows, asOf),
              ...(inputs.version === undefined ? {} : { inputVersion: inputs.version }),
              existingPlans: plans.rows,
            });
          } catch (error) {
            // A set analysis date after today or before the first order: refused, nothing written.
            if (error instanceof AnalysisDateError) return { ok: false, kind: 'refused', message: error.message, refusal: error.refusal.refusal, problems: [] };
            throw error;
          }
          throwIfAborted(signal);
          marks.scored = Date.now();
          onProgress?.({ stage: 'scoring', done: 1, total: 1 });
          const headerRows: Record<string, number> = {};
          if (outcome.analysis.mapping.orders) headerRows[outcome.analysis.mapping.orders.sheet] = outcome.analysis.mapping.orders.headerRow;
          if (outcome.analysis.mapping.customers) headerRows[outcome.analysis.mapping.customers.sheet] = outcome.analysis.mapping.customers.headerRow;
          const problems = problemLinks(outcome.analysis.problems, [inputs.orders, inputs.customers], headerRows);
          const scoredResult = outcome.result;
          if (!scoredResult || outcome.analysis.refused) {
            const currencies = outcome.analysis.refused?.currencies;
            const missing = outcome.analysis.refused?.missing;
            const refusal = outcome.analysis.refused?.refusal;
            return {
              ok: false,
              kind: 'refused',
              message: outcome.analysis.refused?.message ?? 'The workbook could not be scored.',
              ...(refusal ? { refusal } : {}),
              problems,
              ...(currencies && missing ? { currencies: { found: currencies, missing } } : {}),
            };
          }
          const result = withMovementAsOf(scoredResult, snapshotRows, asOf);

          const ranAsOf = isoFromDay(result.asOf);
          const userTarget = customerTarget(s, inputs, outcome);
          // Excel would refuse the owned columns (AccessDenied) after the run state was recorded: refuse first.
          if (userTarget && inputs.protectedSheets.includes(userTarget.sheetName)) {
            const { message, ...protectedSheet } = refusalOf('sheet-protected', { sheet: userTarget.sheetName });
            return { ok: false, kind: 'refused', message, refusal: protectedSheet, problems: [] };
          }

          // Adding a sheet to a protected workbook structure would fail after the run state was recorded: refuse first.
          const studySheets = outcome.studies ? [PRODUCTS_SHEET, ...(outcome.studies.plans.lines.length > 0 ? [PLAN_SHEET] : [])] : [];
          const sheetsToAdd = [...(userTarget ? [] : [DERIVED_CUSTOMERS_SHEET]), DASHBOARD_SHEET, SNAPSHOT_SHEET, ...studySheets].filter((name) => !inputs.ownedSheets.get(name)?.sheet);
          if (inputs.structureProtected && sheetsToAdd.length > 0) {
            const { message, ...structure } = structureProtectedRefusal(sheetsToAdd);
            return { ok: false, kind: 'refused', message, refusal: structure, problems: [] };
          }

          // From here on the run finishes: cancelling mid-write would leave a half-written result.
          at.stage = 'writing';
          s.beforeSync = undefined;
          onProgress?.({ stage: 'writing', done: 0, total: 1 });
          // The workbook's language for what Tiers writes: the saved choice, else the order headers', else Office's (docs/sheet-language.md).
          const language = workbookLanguage(config.sheetLanguage, inputs.orders.grid[outcome.analysis.mapping.orders?.headerRow ?? 0] ?? [], displaySheetLanguage(displayLanguage()));
          const target = userTarget ?? (await writeDerivedCustomers(s, result.customers, inputs.ownedSheets.get(DERIVED_CUSTOMERS_SHEET), language));
          const planned: OwnedPlan = planOwnedColumns({
            sheet: target.sheetName,
            headerRow: target.headerRow,
            grid: target.grid,
            rawHead: target.rawHead,
            namedColumns: inputs.namedColumns,
            runState: inputs.runState,
            tables: inputs.tables.get(target.sheetName) ?? [],
            basis: result.valueBasis,
            language,
            tierNames: config.tierNames,
          });
          // With the setting on, owned columns become columns of the customers' table (ownedPlacement.ts).
          const placed: TablePlacement = userTarget ? await placeInTable(s, target.sheet, planned, target.grid, target.rawHead, target.idColumn) : { plan: planned, added: 0 };
          const { plan } = placed;
          const state: RunState = {
            schemaVersion: 1,
            state: 'writing',
            runId,
            startedAt: clock().toISOString(),
            customerSheet: target.sheetName,
            headerRow: target.headerRow,
            idColumn: target.idColumn,
            columns: toRunColumns(plan),
          };
          const existingNames = new Set([...inputs.namedColumns.map((n) => ownedName(n.key)), ...inputs.brokenNames]);
          await s.reserve(3_000);
          queueRunState(context, state);
          queueHeaders(target.sheet, plan, true);
          queueNames(context, target.sheet, plan, existingNames);
          const results = new Map(result.customers.map((c) => [c.customerId, c]));
          await writeOwnedValues(s, {
            sheet: target.sheet,
            plan,
            grid: target.grid,
            idColumn: target.idColumn,
            results,
            ...(outcome.predictive ? { predictive: predictedCells(outcome.predictive, language) } : {}),
            onRows: (done, total) => onProgress?.({ stage: 'writing', done, total: total + 1 }),
          });
          // Beside a plain range, the sheet's AutoFilter spans the owned columns (ownedFilter.ts); its
          // state and the placement setting ride the tier formats' round trip.
          const sheetTables = inputs.tables.get(target.sheetName) ?? [];
          const besideRange =
            userTarget &&
            placed.added === 0 &&
            !customerTableOf(
              sheetTables.map((rect) => ({ rect })),
              target.headerRow,
              target.idColumn,
            );
          const placement = besideRange ? context.workbook.settings.getItemOrNullObject(PLACEMENT_KEY).load('value') : null;
          const queuedFilter = besideRange && autoFilterSupported() ? queueFilterRead(s, target.sheet) : undefined;
          await ensureTierFormats(s, target.sheet, plan);
          const ownedFilter = besideRange
            ? await keepOwnedInFilter(s, {
                sheet: target.sheet,
                sheetName: target.sheetName,
                headerRow: target.headerRow,
                ownedColumns: plan.columns.map((c) => c.column),
                ...dataExtent(target.grid, target.headerRow),
                tables: sheetTables,
                wanted: () => !!placement && !placement.isNullObject && parsePlacement(placement.value) === 'filter',
                ...(queuedFilter ? { queued: queuedFilter } : {}),
              })
            : null;
          const dashboard = await writeDashboard(s, result, inputs.ownedSheets.get(DASHBOARD_SHEET), language, config.tierNames);
          await writeSnapshot(s, inputs.ownedSheets.get(SNAPSHOT_SHEET), snapshotRows, freshSnapshot(runId, ranAsOf, result.customers), ranAsOf, language, config.tierNames);
          if (outcome.studies) {
            await writeProducts(s, outcome.studies.products, language, inputs.ownedSheets.get(PRODUCTS_SHEET));
            await writePlans(s, outcome.studies.plans.lines, plans.rows, language, inputs.ownedSheets.get(PLAN_SHEET));
            const names = new Map(result.customers.map((c) => [c.customerId, c.name]));
            await writePlanDashboard(s, dashboard, outcome.studies.plans.progress, names, language, inputs.ownedSheets.get(DASHBOARD_SHEET));
          }
          // What the mapping, the seasonal index, the survey and the plans say about the data, in the workbook's language.
          await writeDashboardNotes(s, dashboard, [...outcome.analysis.notes, ...result.studyNotices, ...(outcome.studies?.plans.notices ?? [])], language, inputs.ownedSheets.get(DASHBOARD_SHEET));
          await s.reserve(3_000);
          // Every value is written: unmark the headers, then record the run complete. A batch Excel
          // applies only in part then leaves fresh headers under a 'writing' state, which the next run
          // repairs and reports, never stale headers under a 'complete' one.
          queueHeaders(target.sheet, plan, false);
          queueRunState(context, { ...state, state: 'complete' });
          await s.flush();
          const ended = Date.now();
          onProgress?.({ stage: 'writing', done: 1, total: 1 });
          return {
            ok: true,
            summary: {
              runId,
              asOf: ranAsOf,
              analysisDate: result.analysisDate,
              customerSheet: target.sheetName,
              orderSheet: inputs.orders.sheet,
              customers: result.customers.length,
              tierCounts: result.tierCounts,
              abcCounts: result.abcCounts,
              problems,
              problemCount: outcome.analysis.problemCount,
              mappingNotes: outcome.analysis.notes,
              ...(inputs.inputNotes.length > 0 ? { inputNotes: inputs.inputNotes } : {}),
              ...(outcome.studies ? { productNotices: outcome.studies.products.notices } : {}),
              warnings: [...inputs.settings.warnings, ...inputs.warnings, ...outcome.analysis.messages, ...result.warnings, ...predictiveWarnings(outcome)],
              repairedFailedRun: inputs.runState?.state === 'writing',
              ...(placed.note ? { tablePlacementNote: placed.note } : {}),
              ...(ownedFilter ? { ownedFilter } : {}),
              timings: { readingMs: marks.read - started, scoringMs: marks.scored - marks.read, writingMs: ended - marks.scored, totalMs: ended - started },
              syncs: s.syncs,
            },
          };
        }),
      { ...(options.onWaitingForEdit ? { onWaiting: options.onWaitingForEdit } : {}), ...(options.editRetryDelaysMs ? { delaysMs: options.editRetryDelaysMs } : {}) },
    );
  } catch (error) {
    const stage = at.stage;
    if (error instanceof CancelledError) return { ok: false, kind: 'cancelled', stage, message: 'Cancelled before anything was written.' };
    const failure = toFailure(error);
    const stale = stage === 'writing';
    if (isCellEditMode(error))
      return {
        ok: false,
        kind: 'excel-error',
        stage,
        error: failure,
        stale,
        message: `${FINISH_EDITING_MESSAGE} The run did not finish${stale ? '; the Tiers columns are marked stale until the next run' : ''}.`,
      };
    return {
      ok: false,
      kind: 'excel-error',
      stage,
      error: failure,
      stale,
      message: stale
        ? `Excel stopped the run while writing results (${failure.code}). Your data is untouched; the Tiers columns are marked stale until the next run.`
        : `Excel stopped the run while ${stage} (${failure.code}). Nothing was written.`,
    };
  }
}
