/** The --json report: one plain object per customer and every warning with its sheet, row and column. */
import type { BacktestOutcome } from '../../domain/clv/predictive/backtest';
import { predictiveCustomerAt, type PredictiveClvResult, type PredictiveCustomer, type Reliability } from '../../domain/clv/predictive/predictive';
import { isoFromDay } from '../../domain/dates';
import type { CellProblem } from '../../domain/model';
import type { CustomerResult } from '../../domain/score';
import { customerAt } from '../../domain/scoring/customerColumns';
import { ageingLabel, whyText } from '../../output/format';
import { predictiveWarningText, reliabilityText } from '../../output/noticeWords';
import type { ScoredWorkbook } from './scoreGrids';
import type { CustomerRowsSource } from './customerRows';
import { studiesJson } from './studiesJson';
import { JsonList } from './jsonFile';

export interface JsonWarning {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

const finite = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

/**
 * `predicted` undefined (fit off, or no order on or before the as-of date): the predictive fields are null.
 * An unreliable fit (docs/clv.md) leaves pAlive and likelyChurning null, and every predictive field
 * when it did not converge: the same rule as the owned columns (predictedCells).
 */
export function customerJson(c: CustomerResult, predicted?: PredictiveCustomer, reliability: Reliability = { reliable: true }): Record<string, unknown> {
  const churn = reliability.reliable ? predicted : undefined;
  const figures = reliability.reliable || reliability.reason === 'no-dropout' ? predicted : undefined;
  return {
    id: c.customerId,
    name: c.name,
    businessType: c.businessType,
    orders: c.orders,
    sales: finite(c.sales),
    profit: finite(c.profit),
    returned: finite(c.returned),
    returnRate: finite(c.returnRate),
    score: finite(c.score),
    tier: c.tier,
    status: c.status,
    coverage: finite(c.coverage),
    missingInputs: c.missingInputs,
    abc: c.abc,
    abcWithinType: c.abcWithinType,
    rfm: c.rfm ? { recencyDays: c.rfm.recencyDays, r: c.rfm.r, f: c.rfm.f, m: c.rfm.m, segment: c.rfm.segment } : { recencyDays: null, r: null, f: null, m: null, segment: null },
    clv: finite(c.clv),
    paymentDays: finite(c.payment.meanDays),
    paymentDaysMedian: finite(c.payment.medianDays),
    onTimeShare: finite(c.payment.onTimeShare),
    paidBeforeDocuments: c.payment.paidBeforeDocuments,
    arrears: finite(c.payment.arrears),
    ageing: c.payment.ageing,
    ageingBucket: ageingLabel(c.payment.worstBucket),
    shippingDays: finite(c.shippingDays),
    why: whyText(c),
    contributions: c.contributions,
    tierChange: c.tierChange,
    pAlive: finite(churn?.pAlive),
    expectedPurchases: finite(figures?.expectedPurchases),
    expectedAverageValue: finite(figures?.expectedAverageValue),
    predictedClv: finite(figures?.predictedClv),
    likelyChurning: churn?.likelyChurning ?? null,
  };
}

/** The fitted parameters; null when the fit is off (a model part is null when it could not be fitted). */
export function modelJson(predictive: Pick<PredictiveClvResult, 'model' | 'basis' | 'reliability'> | null): Record<string, unknown> | null {
  if (!predictive) return null;
  const { bgnbd, gammaGamma } = predictive.model;
  return {
    bgnbd: bgnbd ? { r: bgnbd.r, alpha: bgnbd.alpha, a: bgnbd.a, b: bgnbd.b, logLik: finite(bgnbd.logLik), converged: bgnbd.converged } : null,
    gammaGamma: gammaGamma ? { p: gammaGamma.p, q: gammaGamma.q, v: gammaGamma.v } : null,
    basis: predictive.basis,
    reliable: predictive.reliability.reliable,
    unreliable: predictive.reliability.reliable ? null : { reason: predictive.reliability.reason, message: reliabilityText(predictive.reliability) },
  };
}

/** The model check (docs/clv.md, "Backtest"): dates as YYYY-MM-DD, every figure as computed. */
export function modelCheckJson(outcome: BacktestOutcome): Record<string, unknown> {
  if (!outcome.ok) return { ok: false, message: outcome.message };
  const b = outcome.backtest;
  return {
    ok: true,
    calibration: { from: isoFromDay(b.firstOrder), to: isoFromDay(b.calibrationEnd) },
    holdout: { from: isoFromDay(b.calibrationEnd + 1), to: isoFromDay(b.holdoutEnd) },
    split: b.split,
    period: b.period,
    customers: b.customers,
    bgnbd: { r: b.model.r, alpha: b.model.alpha, a: b.model.a, b: b.model.b, logLik: finite(b.model.logLik), converged: b.model.converged },
    reliable: b.reliability.reliable,
    unreliable: b.reliability.reliable ? null : { reason: b.reliability.reason, message: reliabilityText(b.reliability) },
    total: b.total,
    byFrequency: b.byFrequency,
    meanAbsoluteError: b.meanAbsoluteError,
    weekly: b.weekly.map((w) => ({ week: w.week, end: isoFromDay(w.end), actual: w.actual, predicted: w.predicted })),
  };
}

function problemWarning(p: CellProblem): JsonWarning {
  const value = p.value === null || p.value === '' ? '' : ` (value: ${JSON.stringify(p.value)})`;
  return { sheet: p.sheet, row: p.row, column: p.column, message: `${p.reason}${value}` };
}

/** The fitted figures of scored customer `i`; undefined without a fit or when the fit did not cover it. */
function predictedAt(scored: CustomerRowsSource, i: number): PredictiveCustomer | undefined {
  const k = scored.predictiveRow[i] as number;
  return scored.predictive && k >= 0 ? predictiveCustomerAt(scored.predictive.customers, k) : undefined;
}

/** The report's customers: each one's object built as it is written (writeJsonFile), never all of them at once. */
export function customersJson(scored: CustomerRowsSource): JsonList<Record<string, unknown>> {
  const { columns } = scored.result;
  return new JsonList(columns.length, (i) => customerJson(customerAt(columns, i), predictedAt(scored, i), scored.predictive?.reliability));
}

/**
 * The report; `customers`, when given, stands in the customers' place (the array written by a
 * worker thread, customerThread.ts), otherwise customersJson.
 */
export function jsonReport(scored: ScoredWorkbook, extraWarnings: readonly string[], customers?: unknown): Record<string, unknown> {
  const { analysis, result } = scored;
  const general = (message: string): JsonWarning => ({ sheet: null, row: null, column: null, message });
  return {
    asOf: isoFromDay(result.asOf),
    analysisDate: { date: isoFromDay(result.analysisDate.day), reason: result.analysisDate.reason, message: result.analysisDate.message },
    sheets: { orders: scored.ordersSheet, customers: scored.customersSheet, survey: analysis.mapping.survey?.sheet ?? null },
    valueBasis: result.valueBasis,
    orderLines: result.orderLines,
    returns: result.returns,
    tierCounts: result.tierCounts,
    abcCounts: result.abcCounts,
    model: modelJson(scored.predictive),
    customers: customers ?? customersJson(scored),
    ...studiesJson(scored.studies),
    warnings: [
      ...analysis.problems.map(problemWarning),
      ...(analysis.problemCount > analysis.problems.length ? [general(`${analysis.problemCount - analysis.problems.length} more problems not listed.`)] : []),
      ...analysis.messages.map(general),
      ...result.warnings.map(general),
      ...(scored.predictive?.warnings ?? []).map((w) => general(`Predicted lifetime value: ${predictiveWarningText(w)}`)),
      ...extraWarnings.map(general),
    ],
  };
}
