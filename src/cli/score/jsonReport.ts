/** The --json report: one plain object per customer and every warning with its sheet, row and column. */
import type { PredictiveClvResult, PredictiveCustomer } from '../../domain/clv/predictive/predictive';
import { isoFromDay } from '../../domain/dates';
import type { CellProblem } from '../../domain/model';
import type { CustomerResult } from '../../domain/score';
import { ageingLabel, whyText } from '../../output/format';
import type { ScoredWorkbook } from './scoreGrids';
import { studiesJson } from './studiesJson';

export interface JsonWarning {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

const finite = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

/** `predicted` undefined (fit off, or no order on or before the as-of date): the predictive fields are null. */
export function customerJson(c: CustomerResult, predicted?: PredictiveCustomer): Record<string, unknown> {
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
    rfm: c.rfm
      ? { recencyDays: c.rfm.recencyDays, r: c.rfm.r, f: c.rfm.f, m: c.rfm.m, segment: c.rfm.segment }
      : { recencyDays: null, r: null, f: null, m: null, segment: null },
    clv: finite(c.clv),
    paymentDays: finite(c.payment.meanDays),
    paymentDaysMedian: finite(c.payment.medianDays),
    onTimeShare: finite(c.payment.onTimeShare),
    arrears: finite(c.payment.arrears),
    ageing: c.payment.ageing,
    ageingBucket: ageingLabel(c.payment.worstBucket),
    shippingDays: finite(c.shippingDays),
    why: whyText(c),
    contributions: c.contributions,
    tierChange: c.tierChange,
    pAlive: finite(predicted?.pAlive),
    expectedPurchases: finite(predicted?.expectedPurchases),
    expectedAverageValue: finite(predicted?.expectedAverageValue),
    predictedClv: finite(predicted?.predictedClv),
    likelyChurning: predicted?.likelyChurning ?? null,
  };
}

/** The fitted parameters; null when the fit is off (a model part is null when it could not be fitted). */
export function modelJson(predictive: PredictiveClvResult | null): Record<string, unknown> | null {
  if (!predictive) return null;
  const { bgnbd, gammaGamma } = predictive.model;
  return {
    bgnbd: bgnbd ? { r: bgnbd.r, alpha: bgnbd.alpha, a: bgnbd.a, b: bgnbd.b, logLik: finite(bgnbd.logLik), converged: bgnbd.converged } : null,
    gammaGamma: gammaGamma ? { p: gammaGamma.p, q: gammaGamma.q, v: gammaGamma.v } : null,
  };
}

function problemWarning(p: CellProblem): JsonWarning {
  const value = p.value === null || p.value === '' ? '' : ` (value: ${JSON.stringify(p.value)})`;
  return { sheet: p.sheet, row: p.row, column: p.column, message: `${p.reason}${value}` };
}

export function jsonReport(scored: ScoredWorkbook, extraWarnings: readonly string[]): Record<string, unknown> {
  const { analysis, result } = scored;
  const general = (message: string): JsonWarning => ({ sheet: null, row: null, column: null, message });
  return {
    asOf: isoFromDay(result.asOf),
    analysisDate: { date: isoFromDay(result.analysisDate.day), reason: result.analysisDate.reason, message: result.analysisDate.message },
    sheets: { orders: scored.ordersSheet, customers: scored.customersSheet, survey: analysis.mapping.survey?.sheet ?? null },
    orderLines: result.orderLines,
    returns: result.returns,
    tierCounts: result.tierCounts,
    abcCounts: result.abcCounts,
    model: modelJson(scored.predictive),
    customers: result.customers.map((c) => customerJson(c, scored.predictive?.customers.get(c.customerId))),
    ...studiesJson(scored.studies),
    warnings: [
      ...analysis.problems.map(problemWarning),
      ...(analysis.problemCount > analysis.problems.length ? [general(`${analysis.problemCount - analysis.problems.length} more problems not listed.`)] : []),
      ...analysis.messages.map(general),
      ...result.warnings.map(general),
      ...(scored.predictive?.warnings ?? []).map((w) => general(`Predicted lifetime value: ${w.message}`)),
      ...extraWarnings.map(general),
    ],
  };
}
