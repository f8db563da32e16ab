/**
 * What the pane needs from the workbook, as one small interface. The Excel adapter (src/excel)
 * implements it through `excelWorkbook.ts`; tests and the first render can use a fake. Its types
 * are the adapter's own (a run answers with the adapter's RunOutcome): the pane's i18n puts them
 * into words, the port translates nothing.
 */
import type { WorkbookInput } from '../../domain/analyse';
import type { Backtest } from '../../domain/clv/predictive/backtest';
import type { Refusal } from '../../domain/refusals';
import type { SheetLanguage } from '../../output/language';
import type { ScoringConfig } from '../../domain/config';
import type { DayNumber } from '../../domain/model';
import type { LastRun } from '../../excel/lastRun';
import type { ProblemLink, RunOutcome, RunProgress, RunStage, RunSummary } from '../../excel/runScoring';
import type { ScoreFn, ScoreOutcome, ScoreRequest } from '../../excel/scoreLocally';
import type { Revision, SavedMapping, SettingsNote } from '../../excel/settingsStore';
import type { SheetSummary } from '../../excel/sheets';
import type { TierMove } from '../../excel/tierHistory';
import type { SheetHead } from '../../excel/sheetHead';
import type { OwnedPlacement, PlacementInfo, RemoveOutcome } from '../../excel/ownedPlacement';
import type { WorkPort } from './workPort';

export type { OwnedPlacement, PlacementInfo, RemoveOutcome };
export type { LastRun, ProblemLink, Revision, RunOutcome, RunProgress, RunStage, RunSummary, SavedMapping, SettingsNote, ScoreOutcome, ScoreRequest, SheetHead, SheetSummary, TierMove, WorkPort };

export const RUN_STAGES: readonly RunStage[] = ['reading', 'scoring', 'writing'];

export interface StoredSettings {
  config: ScoringConfig;
  mapping: SavedMapping | null;
  /** Opaque stamp of the stored revision, for conflict detection on save. */
  revision: Revision | null;
  warnings: string[];
  /** The warnings as codes, shown as a notice in the pane's language (absent: none to show). */
  notes?: SettingsNote[];
}

/** `excel`: the save failed in Excel; its code, for the pane to word (src/taskpane/i18n/excelErrorText.ts), and Excel's text. */
/** `notes`: why a configuration was refused, for the pane to word (src/taskpane/i18n/settingsNoteText.ts). */
export type SaveOutcome = { ok: true; revision: Revision | null } | { ok: false; conflict: boolean; message: string; excel?: { code: string; message: string }; notes?: SettingsNote[] };

/** Scores the rows the adapter read (the adapter's ScoreFn); the pane passes one that runs in the worker. */
export type ScoreFunction = ScoreFn;

export interface RunRequest {
  config: ScoringConfig;
  asOf: DayNumber;
  signal: AbortSignal;
  onProgress: (progress: RunProgress) => void;
  score: ScoreFunction;
  /**
   * Use the grids of the last run for the sheets that pass the cheap check (src/excel/inputCache.ts):
   * Apply after a preview. A Run reads every sheet.
   */
  reuse?: boolean;
}

export interface WorkbookPort {
  /** The work area's actions (contracts, follow-ups, prospects). */
  work: WorkPort;
  listSheets(): Promise<SheetSummary[]>;
  /** Grids of the detected customer and order sheets. */
  readInputs(signal: AbortSignal, onProgress: (progress: RunProgress) => void): Promise<WorkbookInput>;
  loadSettings(): Promise<StoredSettings>;
  saveSettings(config: ScoringConfig, mapping: SavedMapping | null, expectedRevision: Revision | null): Promise<SaveOutcome>;
  run(request: RunRequest): Promise<RunOutcome>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Calls back with the customer id of the selected row (null off the customer rows); returns the unsubscribe. */
  onCustomerRowSelected(handler: (customerId: string | null) => void): Promise<() => void>;
  /** Writes the model check on its owned sheet (docs/clv.md, "Backtest"); absent in ports that cannot. */
  writeModelCheck?(check: Backtest, language: SheetLanguage): Promise<{ ok: true } | { ok: false; message: string; refusal?: Refusal }>;
  /**
   * Calls back `true` while an operation waits for the user to finish editing a cell (Excel refuses
   * every call meanwhile and the operation is tried again), `false` when it stops waiting. Returns
   * the unsubscribe.
   */
  onEditWait?(handler: (waiting: boolean) => void): () => void;
  /** Scores the last run again from the workbook, writing nothing; null when there is none. */
  /** The last finished run, rebuilt from the workbook when the pane opens (src/excel/lastRun.ts). */
  restoreLastRun?(score: ScoreFunction): Promise<LastRun | null>;
  /** A customer's last tier moves from the dated snapshots, newest first; writes nothing. */
  tierMoves?(customerId: string, limit?: number): Promise<TierMove[]>;
  /** The header row of a sheet, for mapping its columns by hand. */
  readSheetHead?(sheet: string): Promise<SheetHead>;
  /** Where owned columns go when the customer data is an Excel table, and that table (src/excel/ownedPlacement.ts). */
  ownedPlacement?(mapped?: { sheet: string; headerRow: number }): Promise<PlacementInfo>;
  setOwnedPlacement?(placement: OwnedPlacement): Promise<{ ok: true } | { ok: false; message: string; code?: string }>;
  /** Removes every owned column (from the table or beside the data) in one step. */
  removeOwnedColumns?(): Promise<RemoveOutcome>;
}
