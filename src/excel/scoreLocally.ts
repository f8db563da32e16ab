/**
 * The scoring step run in-process: what `runScoring`'s injected `score` does. The pane passes one
 * that runs the same thing in a Web Worker; tests and the workbench pass this.
 */
import { analyseWorkbook, type WorkbookAnalysis, type WorkbookInput } from '../domain/analyse';
import { fitPredictiveClv, type PredictiveClvResult } from '../domain/clv/predictive/predictive';
import { predictiveClvOptions, type ScoringConfig } from '../domain/config';
import type { DayNumber } from '../domain/model';
import { scoreCustomers, type ScoringResult } from '../domain/score';
import type { TierSnapshotEntry } from '../domain/segments/movement';

export interface ScoreRequest {
  workbook: WorkbookInput;
  config: ScoringConfig;
  asOf: DayNumber;
  /** `asOf` is today: the analysis-date rule applies (ScoreInput.asOfIsToday). */
  asOfIsToday?: boolean;
  previous: TierSnapshotEntry[];
}

export interface ScoreOutcome {
  analysis: Pick<WorkbookAnalysis, 'mapping' | 'problems' | 'problemCount' | 'messages' | 'derivedCustomers' | 'refused'>;
  /** Null when the analysis refused the workbook. The cache stays in the worker. */
  result: Omit<ScoringResult, 'cache'> | null;
  /**
   * The predictive CLV fit on the same orders, calibrated up to the run's as-of date; null when
   * the configuration switches it off or the workbook was refused. Optional so a scorer that does
   * not fit it (an older worker) still type-checks: its predictive columns are left empty.
   */
  predictive?: PredictiveClvResult | null;
}

export type ScoreFn = (request: ScoreRequest) => Promise<ScoreOutcome>;

export function scoreNow(request: ScoreRequest): ScoreOutcome {
  const analysis = analyseWorkbook(request.workbook);
  const { mapping, problems, problemCount, messages, derivedCustomers, refused } = analysis;
  const summary = { mapping, problems, problemCount, messages, derivedCustomers, refused };
  if (refused) return { analysis: summary, result: null, predictive: null };
  const { cache: _cache, ...result } = scoreCustomers({
    customers: analysis.customers,
    orders: analysis.orders,
    orderTable: analysis.orderTable,
    extraColumns: analysis.extraColumns,
    config: request.config,
    asOf: request.asOf,
    asOfIsToday: request.asOfIsToday ?? false,
    previous: request.previous.length > 0 ? request.previous : undefined,
  });
  const options = predictiveClvOptions(request.config, result.asOf);
  return { analysis: summary, result, predictive: options ? fitPredictiveClv(analysis.orders, options) : null };
}

export const scoreLocally: ScoreFn = async (request) => scoreNow(request);
