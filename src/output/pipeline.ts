/**
 * The scoring pipeline, written once: analyse -> score -> fit. The plan (this folder) then says
 * what is written. The worker, the CLI, the in-process scorer of the adapter and the tests all
 * call these steps, so the same workbook gets the same figures everywhere.
 */
import { analyseWorkbook, type WorkbookAnalysis, type WorkbookInput } from '../domain/analyse';
import { backtest, type BacktestOutcome } from '../domain/clv/predictive/backtest';
import { fitPredictiveClv, type PredictiveClvResult } from '../domain/clv/predictive/predictive';
import { valueBasisOf } from '../domain/clv/valueBasis';
import { predictiveClvOptions, type ScoringConfig } from '../domain/config';
import { dayFromIso } from '../domain/dates';
import type { DayNumber } from '../domain/model';
import { scoreCustomers, type ScoreInput, type ScoringResult } from '../domain/score';
import type { TierSnapshotEntry } from '../domain/segments/movement';

/** The typed rows an analysis keeps for scoring. */
export type AnalysedRows = Pick<ScoreInput, 'customers' | 'orders' | 'orderTable' | 'extraColumns' | 'survey'>;

/** Score step: the rows against the configuration; `previous` (a snapshot) gives tier movement. */
/** `asOfIsToday`: `asOf` is today, so the analysis-date rule applies (docs/scoring.md, "Analysis date"). */
export function scoreRows(rows: AnalysedRows, config: ScoringConfig, asOf: DayNumber, previous?: readonly TierSnapshotEntry[], asOfIsToday = false): ScoringResult {
  const { customers, orders, orderTable, extraColumns, survey } = rows;
  return scoreCustomers({
    customers,
    orders,
    ...(orderTable ? { orderTable } : {}),
    ...(extraColumns ? { extraColumns } : {}),
    ...(survey ? { survey } : {}),
    config,
    asOf,
    asOfIsToday,
    ...(previous && previous.length > 0 ? { previous } : {}),
  });
}

/**
 * Fit step: BG/NBD + Gamma-Gamma on the orders up to `asOf` (the scoring's), valued on the
 * workbook's value basis (profit when the orders state it, else sales: the historical CLV's);
 * null when the configuration switches it off.
 */
export function fitRows(orders: ScoreInput['orders'], config: ScoringConfig, asOf: DayNumber): PredictiveClvResult | null {
  const options = predictiveClvOptions(config, asOf);
  return options ? fitPredictiveClv(orders, { ...options, value: valueBasisOf(orders) === 'profit' ? 'profit' : 'amount' }) : null;
}

/**
 * Model check step (docs/clv.md, "Backtest"): split the orders up to `asOf` (the run's analysis
 * date, the end of the holdout) at the configured date, or at the start of the last quarter of
 * the span; fit on the part before, predict the part after.
 */
export function checkRows(orders: ScoreInput['orders'], config: ScoringConfig, asOf: DayNumber): BacktestOutcome {
  const split = config.predictive.backtestSplit;
  return backtest(orders, { calibrationEnd: split === null ? null : dayFromIso(split), holdoutEnd: asOf, period: config.predictive.period });
}

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
  /** Null when the analysis refused the workbook. The cache stays where the rows are. */
  result: Omit<ScoringResult, 'cache'> | null;
  /**
   * The predictive CLV fit on the same orders, calibrated up to the run's as-of date; null when
   * the configuration switches it off or the workbook was refused. Optional so a scorer that does
   * not fit it (an older worker) still type-checks: its predictive columns are left empty.
   */
  predictive?: PredictiveClvResult | null;
}

/** analyse -> score -> fit on one thread. */
export function scoreWorkbook(request: ScoreRequest): ScoreOutcome {
  const analysis = analyseWorkbook(request.workbook);
  const { mapping, problems, problemCount, messages, derivedCustomers, refused } = analysis;
  const summary = { mapping, problems, problemCount, messages, derivedCustomers, refused };
  if (refused) return { analysis: summary, result: null, predictive: null };
  const { cache: _cache, ...result } = scoreRows(analysis, request.config, request.asOf, request.previous, request.asOfIsToday ?? false);
  return { analysis: summary, result, predictive: fitRows(analysis.orders, request.config, result.asOf) };
}
