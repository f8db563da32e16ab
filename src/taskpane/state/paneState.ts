/** The pane's whole state and the one reducer that changes it. Pure: tested without React. */
import type { PlanProgress } from '../../domain/plans/table';
import type { PaneFault } from '../../worker/faults';
import type { SettingsNote } from '../services/workbookPort';
import type { StudyNotice } from '../../domain/studyNotices';
import type { MappingNote } from '../../domain/mapping/mappingNotes';
import type { InputNote } from '../../output/inputNoteWords';
import type { Refusal } from '../../domain/refusals';
import type { BacktestOutcome } from '../../domain/clv/predictive/backtest';
import { defaultScoringConfig, type ScoringConfig } from '../../domain/config';
import type { AnalysisSummary, PredictiveSummary, PreviewResult, ScoringSummary } from '../../worker/protocol';
import type { LastRun, ProblemLink, Revision, RunOutcome, RunProgress, RunStage, SavedMapping, SheetSummary } from '../services/workbookPort';
import type { ViewId } from '../views/viewList';
import type { MessageKey } from '../i18n/messages';
import type { ExcelErrorFacts } from '../i18n/excelErrorText';

export type RunStatus = 'idle' | 'detecting' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/** How a run ended: the adapter's outcome, or an error the pane caught around it (the port threw). */
/** `fault`: the pane's own machinery failed (src/worker/faults.ts), worded in the pane's language. */
export type PaneRunOutcome = RunOutcome | { ok: false; kind: 'pane-error'; message: string; error?: ExcelErrorFacts; fault?: PaneFault };

/** The last finished run's facts the views show, whether this pane ran it or rebuilt it on open. */
export interface FinishedRun {
  customers: number;
  customerSheet: string;
  problems: ProblemLink[];
  problemCount: number;
  /** Notes on the mapping (duplicate headers, a conversion ...), as codes. */
  mappingNotes?: MappingNote[];
  /** The product ranking's notes, as codes (the products sheet words the same). */
  productNotices?: StudyNotice[];
  /** What reading the workbook found (a hidden sheet read ...), as codes; only a run of this pane has them. */
  inputNotes?: InputNote[];
}

export function runStatusOf(outcome: PaneRunOutcome): RunStatus {
  return outcome.ok ? 'done' : outcome.kind === 'cancelled' ? 'cancelled' : 'failed';
}

/** The finished run of `state`: a successful outcome's summary, else the run rebuilt on open; null for neither. */
export function finishedRun(state: Pick<PaneState, 'outcome' | 'restored'>): FinishedRun | null {
  return state.outcome?.ok ? state.outcome.summary : state.restored;
}

export interface PaneState {
  view: ViewId;
  sheets: SheetSummary[] | null;
  detection: AnalysisSummary | null;
  /** Header texts of the detected sheets' header rows, for the mapping dropdowns. */
  headers: { orders: string[]; customers: string[] };
  /** The mapping as confirmed or being edited. */
  mapping: SavedMapping | null;
  mappingConfirmed: boolean;
  saved: ScoringConfig;
  revision: Revision | null;
  /** The manager's edits, previewed before they are applied. */
  draft: ScoringConfig;
  status: RunStatus;
  progress: Record<RunStage, number>;
  outcome: PaneRunOutcome | null;
  result: ScoringSummary | null;
  preview: PreviewResult | null;
  predictive: PredictiveSummary | null;
  /** Actual against plan per customer and month, from the last run (docs/plans.md); empty without plans. */
  planProgress: PlanProgress[];
  /** What the last run's plans say (a customer's short history, ...), as codes worded in the pane's language. */
  planNotices: StudyNotice[];
  /** The last model check (docs/clv.md, "Backtest"): running, or its outcome; null before one. */
  modelCheck: ModelCheckState | null;
  selectedCustomerId: string | null;
  /** Set when the figures were rebuilt from the workbook on open rather than by a run in this pane. */
  restored: LastRun | null;
  /** A message for the user: a catalogue key, or text from elsewhere (Excel, the domain). */
  notice: Notice | null;
  /** Some operation is waiting for the user to finish editing a cell. */
  editWait: boolean;
  /** Set when no order sheet could be detected: the Run view offers to map the columns by hand. */
  handMapping: { message: string } | null;
  /** What the Work view opens on when another view sends the user there (the customer card's buttons). */
  workFocus: WorkFocus | null;
}

/** A Work sub-tab to open, with the contract to load or the customer a new contract is for. */
export interface WorkFocus {
  tab: 'contracts' | 'followUps' | 'prospects';
  contractId?: string;
  customerId?: string;
}

/** `writeRefusal`: why the sheet could not be written, as a code the card words in the pane's language. */
export type ModelCheckState = { status: 'running' } | { status: 'done'; outcome: BacktestOutcome; written: boolean; writeError: string | null; writeRefusal?: Refusal | null };

export interface Notice {
  intent: 'error' | 'warning' | 'success';
  key: MessageKey | null;
  text: string;
  /** Placeholders of the catalogue text. */
  values?: Record<string, string | number>;
  /** An error Excel threw: the pane words its code and shows Excel's own text beneath (src/taskpane/i18n/excelErrorText.ts). */
  excel?: ExcelErrorFacts;
  /** What loading the saved settings changed: listed beneath the text, each in the pane's language (src/taskpane/i18n/settingsNoteText.ts). */
  settings?: SettingsNote[];
}

export const initialPaneState: PaneState = {
  view: 'run',
  sheets: null,
  detection: null,
  headers: { orders: [], customers: [] },
  mapping: null,
  mappingConfirmed: false,
  saved: defaultScoringConfig(),
  revision: null,
  draft: defaultScoringConfig(),
  status: 'idle',
  progress: { reading: 0, scoring: 0, writing: 0 },
  outcome: null,
  result: null,
  preview: null,
  predictive: null,
  planProgress: [],
  planNotices: [],
  modelCheck: null,
  selectedCustomerId: null,
  restored: null,
  notice: null,
  editWait: false,
  workFocus: null,
  handMapping: null,
};

export type PaneAction =
  | { type: 'view'; view: ViewId }
  | { type: 'openWork'; focus: WorkFocus }
  | { type: 'detectFailed'; message: string }
  | { type: 'mappingSaved'; mapping: SavedMapping; revision: Revision | null }
  | { type: 'sheets'; sheets: SheetSummary[] }
  | { type: 'settingsLoaded'; config: ScoringConfig; mapping: SavedMapping | null; revision: Revision | null }
  | { type: 'detecting' }
  | { type: 'detected'; detection: AnalysisSummary; headers: PaneState['headers'] }
  | { type: 'mappingColumn'; kind: 'orders' | 'customers'; field: string; column: number | null }
  | { type: 'mappingConfirmed'; revision: Revision | null }
  | { type: 'runStarted' }
  | { type: 'progress'; progress: RunProgress }
  | { type: 'cancelling' }
  | { type: 'scored'; result: ScoringSummary }
  | { type: 'runFinished'; outcome: PaneRunOutcome }
  | { type: 'restored'; restored: LastRun }
  | { type: 'draft'; draft: ScoringConfig }
  | { type: 'preview'; preview: PreviewResult | null }
  | { type: 'applied'; config: ScoringConfig; revision: Revision | null }
  | { type: 'reset' }
  | { type: 'predictive'; predictive: PredictiveSummary }
  | { type: 'planProgress'; progress: PlanProgress[]; notices?: StudyNotice[] }
  | { type: 'modelCheck'; modelCheck: ModelCheckState | null }
  | { type: 'customerSelected'; customerId: string | null }
  | { type: 'notice'; notice: PaneState['notice'] }
  | { type: 'editWait'; waiting: boolean };

function withColumn(mapping: SavedMapping | null, kind: 'orders' | 'customers', field: string, column: number | null): SavedMapping | null {
  const sheet = mapping?.[kind];
  if (!mapping || !sheet) return mapping;
  const columns: Record<string, number | undefined> = { ...sheet.columns };
  // A column holds one field: taking it away from another field keeps the mapping one-to-one.
  for (const [other, c] of Object.entries(columns)) if (column !== null && c === column) delete columns[other];
  if (column === null) delete columns[field];
  else columns[field] = column;
  return { ...mapping, [kind]: { ...sheet, columns } };
}

function mappingOf(detection: AnalysisSummary, current: SavedMapping | null): SavedMapping {
  return {
    orders: current?.orders ?? detection.mapping.orders ?? undefined,
    customers: current?.customers ?? detection.mapping.customers ?? undefined,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view, workFocus: null };
    case 'openWork':
      return { ...state, view: 'work', workFocus: action.focus };
    case 'sheets':
      return { ...state, sheets: action.sheets };
    case 'settingsLoaded':
      return { ...state, saved: action.config, draft: action.config, mapping: action.mapping, mappingConfirmed: action.mapping !== null, revision: action.revision };
    case 'detecting':
      return { ...state, status: 'detecting', notice: null };
    case 'detected':
      return { ...state, status: 'idle', detection: action.detection, headers: action.headers, mapping: mappingOf(action.detection, state.mapping), handMapping: null };
    case 'detectFailed':
      return { ...state, status: 'idle', handMapping: { message: action.message } };
    case 'mappingSaved':
      return { ...state, mapping: action.mapping, mappingConfirmed: true, revision: action.revision, outcome: null };
    case 'mappingColumn':
      return { ...state, mapping: withColumn(state.mapping, action.kind, action.field, action.column), mappingConfirmed: false };
    case 'mappingConfirmed':
      return { ...state, mappingConfirmed: true, revision: action.revision };
    case 'runStarted':
      return { ...state, status: 'running', progress: { reading: 0, scoring: 0, writing: 0 }, outcome: null, notice: null };
    case 'progress': {
      const { stage, done, total } = action.progress;
      return { ...state, progress: { ...state.progress, [stage]: total > 0 ? Math.min(1, done / total) : 0 } };
    }
    case 'cancelling':
      return state.status === 'running' ? { ...state, status: 'cancelling' } : state;
    case 'scored':
      return { ...state, result: action.result, preview: null, predictive: null, modelCheck: null };
    case 'runFinished':
      return { ...state, status: runStatusOf(action.outcome), outcome: action.outcome, restored: null };
    case 'restored': {
      // A run started meanwhile wins: its figures are newer.
      if (state.status !== 'idle') return state;
      const { asOf, changed } = action.restored;
      return {
        ...state,
        outcome: null,
        restored: action.restored,
        notice: changed > 0 ? { intent: 'warning', key: 'dataChanged', text: '', values: { count: changed, date: asOf } } : state.notice,
      };
    }
    case 'draft':
      return { ...state, draft: action.draft };
    case 'preview':
      return { ...state, preview: action.preview };
    case 'applied':
      return { ...state, saved: action.config, draft: action.config, revision: action.revision, preview: null };
    case 'reset':
      return { ...state, draft: state.saved, preview: null };
    case 'predictive':
      return { ...state, predictive: action.predictive };
    case 'planProgress':
      return { ...state, planProgress: action.progress, planNotices: action.notices ?? [] };
    case 'modelCheck':
      return { ...state, modelCheck: action.modelCheck };
    case 'customerSelected':
      return { ...state, selectedCustomerId: action.customerId };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'editWait':
      return { ...state, editWait: action.waiting };
  }
}
