/**
 * The typed messages between the task pane and the scoring worker. Every request carries an id;
 * the worker answers each with exactly one response of the same id. Only plain data crosses:
 * the scoring cache (typed arrays and indicator functions) stays in the worker.
 */
import type { WorkbookAnalysis, WorkbookInput } from '../domain/analyse';
import type { PredictiveClvResult, PredictiveCustomer, PredictiveWarning } from '../domain/clv/predictive/predictive';
import type { BacktestOutcome } from '../domain/clv/predictive/backtest';
import type { ValueBasis } from '../domain/clv/valueBasis';
import type { ScoringConfig } from '../domain/config';
import type { DayNumber, Grid, SheetKind } from '../domain/model';
import type { ScoreInput, ScoringResult } from '../domain/score';
import type { Weights } from '../domain/scoring/rescore';
import type { ExistingPlanRow } from '../domain/plans/table';
import type { StudiesReport } from '../domain/studies';
import type { TierName, TierRule } from '../domain/segments/tiers';
import type { PaneFault } from './faults';

/** A scoring result without its cache, as it crosses to the pane. */
export type ScoringSummary = Omit<ScoringResult, 'cache'> & {
  /** 1-based customer-sheet row of each customer id (absent for customers known only from orders). */
  customerRows: Record<string, number>;
  /** Customers scored (also when `customers` was left in the worker). */
  customerCount: number;
};

/** Analysis without the typed rows (they stay in the worker for scoring). */
export type AnalysisSummary = Omit<WorkbookAnalysis, 'customers' | 'orders' | 'orderTable' | 'extraColumns' | 'survey'> & { customerCount: number; orderCount: number };

/** Rows of the tier matrix: Diamond..Lead then "no score"; columns likewise. */
export const MATRIX_SIZE = 7;

export interface PreviewResult {
  tierCounts: Record<TierName, number>;
  /** matrix[old][new]: customers in old tier (saved weights) now in new tier; index 6 = unscored. */
  matrix: number[][];
  /** Customers whose tier changes. */
  moved: number;
  /** Milliseconds the worker spent. */
  millis: number;
}

/** Null where the fitted model gives no finite figure (e.g. a fit that did not converge). */
export interface PredictiveEntry {
  pAlive: number | null;
  predictedClv: number | null;
  expectedPurchases: number | null;
}

export interface PredictiveSummary {
  customers: Record<string, PredictiveEntry>;
  /** Codes and figures; the pane words them in its language (src/output/noticeWords.ts). */
  warnings: PredictiveWarning[];
  /** What predicted CLV is measured in (docs/clv.md, "Value basis"); absent from an older worker. */
  basis?: ValueBasis;
  /** Why P(alive) and the churn flag are not shown; null when the model is reliable (docs/clv.md). */
  unreliable?: 'not-converged' | 'no-dropout' | 'no-repeat-buyers' | null;
}

/** What each request kind sends and gets back. */
export interface WorkerCalls {
  /**
   * Append rows to a staged sheet grid (`first` starts the sheet over; staging the orders first
   * drops both sheets). Large grids cross in slices so no single copy blocks the pane.
   */
  stage: { params: { sheet: SheetKind | 'survey'; name: string; rows: Grid; first: boolean }; result: { rows: number } };
  /** Analyse the given grids, or the staged ones, and keep the rows; answers without rows. */
  analyse: { params: { input: WorkbookInput } | { staged: Pick<WorkbookInput, 'mapping' | 'readOptions' | 'currency' | 'rates'> }; result: AnalysisSummary };
  /**
   * Score the rows kept by the last `analyse` (or the rows given) and keep the cache. With `page`,
   * the customers stay in the worker and are fetched with `customers`.
   */
  score: {
    params: { config: ScoringConfig; asOf: DayNumber; asOfIsToday?: boolean; previous?: ScoreInput['previous']; rows?: Pick<ScoreInput, 'customers' | 'orders'>; page?: boolean };
    result: ScoringSummary;
  };
  /** A slice of the last scoring's customers. */
  customers: { params: { from: number; to: number }; result: ScoringSummary['customers'] };
  /** Tier distribution and movement for other weights / tier rule, from the cached sub-scores. */
  preview: { params: { config: Pick<ScoringConfig, 'weights' | 'tierRule' | 'profileId' | 'customProfile' | 'minCoverage'> }; result: PreviewResult };
  /**
   * BG/NBD + Gamma-Gamma on the kept order rows, with the configuration's predictive settings, for
   * the adapter's owned columns; null when the configuration switches the fit off.
   */
  fit: { params: { config: ScoringConfig; asOf: DayNumber; page?: boolean }; result: (PredictiveClvResult & { customerCount: number }) | null };
  /** A slice of the last fit's customers (after `fit` with `page`), as [id, figures] pairs. */
  fitCustomers: { params: { from: number; to: number }; result: [string, PredictiveCustomer][] };
  /** Products, satisfaction and distributor plans of the last scoring, merged with the plan rows read back. */
  studies: { params: { config: ScoringConfig; existingPlans: ExistingPlanRow[] }; result: StudiesReport };
  /** The same fit, summarised for the customer view (re-uses the last fit when asked the same). */
  predictive: { params: { config: ScoringConfig; asOf: DayNumber }; result: PredictiveSummary };
  /** The model check on the kept order rows (docs/clv.md, "Backtest"), with the holdout ending on `asOf`. */
  backtest: { params: { config: ScoringConfig; asOf: DayNumber }; result: BacktestOutcome };
}

export type CallKind = keyof WorkerCalls;

export type WorkerRequest = { [K in CallKind]: { id: number; kind: K; params: WorkerCalls[K]['params'] } }[CallKind];

export type WorkerResponse = { id: number; ok: true; result: WorkerCalls[CallKind]['result'] } | { id: number; ok: false; error: string; fault?: PaneFault };

export type { Weights, TierRule };
