/**
 * The scoring pipeline, written once: analyse -> score -> fit. The plan (this folder) then says
 * what is written. The worker, the CLI, the in-process scorer of the adapter and the tests all
 * call these steps, so the same workbook gets the same figures everywhere.
 */
import { analyseWorkbook, type WorkbookAnalysis, type WorkbookInput } from '../domain/analyse';
import { backtestTable, type BacktestOutcome } from '../domain/clv/predictive/backtest';
import { fitPredictiveClvOfTable, fitPredictiveColumnsOfTable, type PredictiveClvResult, type TableColumnsFit, type TableFitOptions } from '../domain/clv/predictive/predictive';
import { valueBasisOf } from '../domain/clv/valueBasis';
import { predictiveClvOptions, type ScoringConfig } from '../domain/config';
import { dayFromIso } from '../domain/dates';
import type { DayNumber, OrderRow, OrderTable } from '../domain/model';
import { asOrderTable, orderTableFromRows } from '../domain/validation/orderTable';
import { isReturn } from '../domain/returns';
import { scoreCustomerColumns, scoreCustomers, type ScoreInput, type ScoringColumnsResult, type ScoringResult } from '../domain/score';
import type { TierSnapshotEntry } from '../domain/segments/movement';
import type { ExistingPlanRow } from '../domain/plans/table';
import { studiesReport, type StudiesReport } from '../domain/studies';

/** The typed rows an analysis keeps for scoring. */
export type AnalysedRows = Pick<ScoreInput, 'customers' | 'orders' | 'orderTable' | 'extraColumns' | 'survey' | 'currency'>;

/** Score step: the rows against the configuration; `previous` (a snapshot) gives tier movement. */
/** `asOfIsToday`: `asOf` is today, so the analysis-date rule applies (docs/scoring.md, "Analysis date"). */
export function scoreRows(rows: AnalysedRows, config: ScoringConfig, asOf: DayNumber, previous?: readonly TierSnapshotEntry[], asOfIsToday = false): ScoringResult {
  return scoreCustomers(scoreInputOf(rows, config, asOf, previous, asOfIsToday));
}

/**
 * scoreRows with the customers as columns (src/domain/scoring/customerColumns.ts): the same
 * figures from the same code, without one object per customer (the CLI at a million customers).
 */
export function scoreRowColumns(rows: AnalysedRows, config: ScoringConfig, asOf: DayNumber, previous?: readonly TierSnapshotEntry[], asOfIsToday = false): ScoringColumnsResult {
  return scoreCustomerColumns(scoreInputOf(rows, config, asOf, previous, asOfIsToday));
}

function scoreInputOf(rows: AnalysedRows, config: ScoringConfig, asOf: DayNumber, previous: readonly TierSnapshotEntry[] | undefined, asOfIsToday: boolean): ScoreInput {
  const { customers, orders, orderTable, extraColumns, survey, currency } = rows;
  return {
    customers,
    // The table when the analysis built one (its `orders` may then be empty: keepOrderRows), else the rows.
    ...(orderTable ? { orderTable } : { orders: orders ?? [] }),
    ...(extraColumns ? { extraColumns } : {}),
    ...(survey ? { survey } : {}),
    ...(currency ? { currency } : {}),
    config,
    asOf,
    asOfIsToday,
    ...(previous && previous.length > 0 ? { previous } : {}),
  };
}

/** The order table of an analysis: the one it built, else one built from its rows. */
export function tableOfRows(rows: Pick<AnalysedRows, 'orders' | 'orderTable'>): OrderTable {
  return rows.orderTable ?? orderTableFromRows(rows.orders ?? []);
}

/**
 * Fit step: BG/NBD + Gamma-Gamma on the orders up to `asOf` (the scoring's), valued on the
 * workbook's value basis (profit when the orders state it, else sales: the historical CLV's;
 * docs/clv.md, "Value basis"); null when the configuration switches it off. Returns and credit
 * notes are left out (docs/scoring.md, "Returns and credit notes"): both models see purchases
 * only, so Gamma-Gamma is fitted on positive orders. Reads the order table (rows are turned into one).
 */
export function fitRows(orders: OrderTable | readonly OrderRow[], config: ScoringConfig, asOf: DayNumber): PredictiveClvResult | null {
  const table = asOrderTable(orders);
  const options = fitOptions(table, config, asOf);
  return options ? fitPredictiveClvOfTable(table, options) : null;
}

/** fitRows with the fitted customers as columns (the CLI's form: no object or Map entry per customer). */
export function fitRowColumns(table: OrderTable, config: ScoringConfig, asOf: DayNumber): TableColumnsFit | null {
  const options = fitOptions(table, config, asOf);
  return options ? fitPredictiveColumnsOfTable(table, table.customerIds.length, options) : null;
}

/** What fitRows asks of the fit for `table` (value basis, purchases only); null when the configuration switches the fit off. */
export function fitOptions(table: Pick<OrderTable, 'profit'>, config: ScoringConfig, asOf: DayNumber): TableFitOptions | null {
  const options = predictiveClvOptions(config, asOf);
  return options ? { ...options, value: valueBasisOf(table) === 'profit' ? 'profit' : 'amount', purchasesOnly: true } : null;
}

/** The order rows that are purchases (not returns); the same array when there is no return. */
export function purchasesOf(orders: readonly OrderRow[]): readonly OrderRow[] {
  return orders.some((o) => isReturn(o.amount, o.quantity)) ? orders.filter((o) => !isReturn(o.amount, o.quantity)) : orders;
}

/**
 * Model check step (docs/clv.md, "Backtest"): split the purchases up to `asOf` (the run's analysis
 * date, the end of the holdout) at the configured date, or at the start of the last quarter of
 * the span; fit on the part before, predict the part after.
 */
export function checkRows(orders: OrderTable | readonly OrderRow[], config: ScoringConfig, asOf: DayNumber): BacktestOutcome {
  const split = config.predictive.backtestSplit;
  return backtestTable(asOrderTable(orders), { calibrationEnd: split === null ? null : dayFromIso(split), holdoutEnd: asOf, period: config.predictive.period, purchasesOnly: true });
}

export interface ScoreRequest {
  workbook: WorkbookInput;
  config: ScoringConfig;
  asOf: DayNumber;
  /** `asOf` is today: the analysis-date rule applies (ScoreInput.asOfIsToday). */
  asOfIsToday?: boolean;
  previous: TierSnapshotEntry[];
  /**
   * Names the grids in `workbook` when the reader kept them (src/excel/inputCache.ts): a request
   * with the same version carries the same rows, so a scorer that kept the analysis may skip it.
   */
  inputVersion?: string;
  /** The "Tiers Plans" rows read back, for the plan merge (docs/plans.md). */
  existingPlans?: ExistingPlanRow[];
}

export interface ScoreOutcome {
  analysis: Pick<WorkbookAnalysis, 'mapping' | 'problems' | 'problemCount' | 'messages' | 'notes' | 'derivedCustomers' | 'refused'>;
  /** Null when the analysis refused the workbook. The cache stays where the rows are. */
  result: Omit<ScoringResult, 'cache'> | null;
  /**
   * The predictive CLV fit on the same orders, calibrated up to the run's as-of date; null when
   * the configuration switches it off or the workbook was refused. Optional so a scorer that does
   * not fit it (an older worker) still type-checks: its predictive columns are left empty.
   */
  predictive?: PredictiveClvResult | null;
  /** Products, satisfaction and distributor plans; absent from a scorer that does not compute them (nothing is then written for them). */
  studies?: StudiesReport;
}

/** analyse -> score -> fit on one thread. */
export function scoreWorkbook(request: ScoreRequest): ScoreOutcome {
  // The configuration's base currency and rates, unless the caller gave the workbook its own.
  // Every step reads the order table: no object per order row is kept.
  const analysis = analyseWorkbook({ ...request.workbook, currency: request.workbook.currency ?? request.config.currency, keepOrderRows: false });
  const { mapping, problems, problemCount, messages, notes, derivedCustomers, refused } = analysis;
  const summary = { mapping, problems, problemCount, messages, notes, derivedCustomers, refused };
  if (refused) return { analysis: summary, result: null, predictive: null };
  const { cache: _cache, ...result } = scoreRows(analysis, request.config, request.asOf, request.previous, request.asOfIsToday ?? false);
  return {
    analysis: summary,
    result,
    predictive: fitRows(tableOfRows(analysis), request.config, result.asOf),
    studies: studiesReport(analysis, result, request.config, request.existingPlans ?? []),
  };
}
