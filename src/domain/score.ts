/**
 * The scoring pipeline: typed rows + configuration -> every figure the add-in writes.
 * Deterministic: customers are processed in id order and sums are settled, so the order of the
 * input rows changes nothing.
 */
import { aggregateTable, indexCustomersOfTable } from './aggregate';
import { historicalClv } from './clv/historical';
import { valueBasisOf, type ValueBasis } from './clv/valueBasis';
import type { ScoringConfig } from './config';
import { AnalysisDateError, resolveAnalysisDate, type AnalysisDate } from './analysisDate';
import { dayFromIso, isoFromDay } from './dates';
import { PaymentRows, paymentColumnsOf } from './finance/payment';
import { effectiveWeights, resolveProfile } from './indicators/profiles';
import type { ExtraColumns } from './indicators/types';
import type { CustomerRow, DayNumber, OrderRow, OrderTable } from './model';
import { inData, NEGATIVE_NET, NOT_ENOUGH_DATA, NOT_RATED } from './scoring/coverage';
import { countStatus, customerList, type CustomerColumns } from './scoring/customerColumns';
import { buildCache, type ScoringCache } from './scoring/prepare';
import { rescore, weightVector } from './scoring/rescore';
import { abcClasses, abcWithinGroups, countAbc, type AbcClass } from './segments/abc';
import { tierMovement, type TierMovement, type TierSnapshotEntry } from './segments/movement';
import { rfmScores } from './segments/rfm';
import { tierName, type TierName } from './segments/tiers';
import { studyNoticeEnglish, type StudyNotice } from './studyNotices';
import { whaleCurve, type WhaleCurve } from './segments/whale';
import { monthlyTargets, seasonalIndexOfColumns, type Seasonality } from './seasonality';
import { scratchOrderTable } from './validation/orderTable';
import { ordersOfLines, type OrderLineReading } from './orderLines';
import type { CurrencyConversion } from './currency';
import { isReturn } from './returns';
import { settle } from './scoring/stats';
import { surveyColumns } from './satisfaction/profile';
import { summariseSatisfaction, type SatisfactionSummary } from './satisfaction/summary';
import type { SurveyRead } from './satisfaction/survey';

export interface ScoreInput {
  customers: readonly CustomerRow[];
  /** The order rows; may be left out when `orderTable` is given (the pipeline reads only the table). */
  orders?: readonly OrderRow[] | undefined;
  /**
   * The same orders as columns (analyseWorkbook's `orderTable`, or readOrders' `table`): the
   * pipeline reads only the table. Built from `orders` in one pass when absent (or null).
   */
  orderTable?: OrderTable | null | undefined;
  config: ScoringConfig;
  /** Analysis date, used unless config.asOf sets one; today's date when `asOfIsToday`. */
  asOf: DayNumber;
  /**
   * `asOf` is today (the CLI, the pane): a blank config.asOf then follows the analysis-date rule
   * (the day after the last order for a history that ended over a month ago) and a set one must
   * lie between the first order and today, else scoreCustomers throws AnalysisDateError.
   */
  asOfIsToday?: boolean;
  /** The previous snapshot, for tier movement. */
  previous?: readonly TierSnapshotEntry[];
  /** Extra numeric customer-sheet columns for distributor and custom profiles. */
  extraColumns?: ExtraColumns | undefined;
  /** The survey sheet's rows (analyseWorkbook's `survey`), for the satisfaction indicators (docs/satisfaction.md). */
  survey?: SurveyRead | null;
  /** The currency conversion analyseWorkbook applied to the orders, reported with the result. */
  currency?: CurrencyConversion | null;
}

import type { CustomerResult, CustomerRfm } from './scoring/customerResult';
export type { CustomerResult, CustomerRfm };

/** A run's result with one object per customer (scoreCustomers). */
export interface ScoringResult extends Omit<ScoringColumnsResult, 'columns'> {
  customers: CustomerResult[];
}

/** A run's result with the customers as columns (scoreCustomerColumns): what the CLI reads at a million customers. */
export interface ScoringColumnsResult {
  columns: CustomerColumns;
  asOf: DayNumber;
  /** Which date was used and why, in plain words (docs/scoring.md, "Analysis date"). */
  analysisDate: AnalysisDate;
  indicatorsMissing: Record<string, number>;
  /** What every CLV of this run is measured in (docs/clv.md, "Value basis"). */
  valueBasis: ValueBasis;
  tierCounts: Record<TierName, number>;
  abcCounts: Record<AbcClass, number>;
  whaleCurve: WhaleCurve;
  seasonality: Seasonality & { monthlyTargets: number[] | null };
  /** Customers of the previous snapshot no longer present. */
  goneCustomers: string[];
  /** How the order sheet was read: as order lines gathered into orders (orderLines.ts), or null for one row per order. */
  orderLines: OrderLineReading | null;
  /** The amounts' conversion to one base currency (docs/scoring.md, "Currencies"); null when none was needed. */
  currency: CurrencyConversion | null;
  /** Returns (credit notes) in the orders: rows, amount returned, and customers whose returns exceed their purchases. */
  returns: { rows: number; amount: number; negativeNet: number };
  /** Satisfaction per customer from the survey sheet; null without one. */
  satisfaction?: SatisfactionSummary | null;
  /** Every note of scoreCustomers's own as a code with figures (worded in three languages by src/output/noticeWords.ts). */
  notices: ScoringNotice[];
  /** The seasonal index's and the survey's notes as codes (worded per language by src/output/studyNoticeWords.ts). */
  studyNotices: StudyNotice[];
  /** In English: the seasonality and survey notes (studyNoticeEnglish), then `notices` (scoringNoticeEnglish). */
  warnings: string[];
  cache: ScoringCache;
}

/** What a run says about the data it scored, as a code and its figures (docs/sheet-language.md, "The domain's notes"). */
export type ScoringNotice =
  | { code: 'satisfaction-no-survey' }
  | { code: 'analysis-date-after-last-order'; day: DayNumber; lastOrder: DayNumber; today: DayNumber; message: string }
  | { code: 'analysis-date-not-a-date'; value: string }
  | { code: 'unknown-customers'; count: number }
  | { code: 'order-lines'; lines: number; orders: number }
  | { code: 'returns'; rows: number; total: number }
  | { code: 'negative-net'; count: number }
  | { code: 'paid-before-documents'; count: number }
  | { code: 'not-rated'; count: number }
  | { code: 'not-enough-data'; count: number; minCoveragePercent: number }
  | { code: 'indicator-without-inputs'; indicatorId: string; label: string };

/** A notice in English: the run's `warnings`, the CLI's JSON and the English pane. */
export function scoringNoticeEnglish(n: ScoringNotice): string {
  switch (n.code) {
    case 'satisfaction-no-survey':
      return 'The satisfaction profile needs a survey sheet; none was found, so no customer has a score.';
    case 'analysis-date-after-last-order':
      return n.message;
    case 'analysis-date-not-a-date':
      return `The analysis date "${n.value}" is not a date; the run date was used.`;
    case 'unknown-customers':
      return `${n.count} customer id(s) appear in the orders but not in the customer sheet; they are scored from their orders.`;
    case 'order-lines':
      return `The order sheet was read as order lines: ${n.lines} rows gathered into ${n.orders} orders; per-order inputs count once per order.`;
    case 'returns':
      return `${n.rows} return(s) or credit note(s) (negative amount or quantity), ${n.total.toFixed(2)} in all, reduce net sales and profit; they do not count as orders.`;
    case 'negative-net':
      return `${n.count} customer(s) returned more than they bought (net sales below 0): flagged "returns exceed purchases", not scored.`;
    case 'paid-before-documents':
      return `${n.count} order(s) were paid before their documents were received (prepayment, or a date entered wrongly): left out of payment days and the on-time share.`;
    case 'not-rated':
      return `${n.count} customer(s) have no orders: not rated (no score, no tier).`;
    case 'not-enough-data':
      return `${n.count} customer(s) have indicators carrying less than ${n.minCoveragePercent}% of the weight: "not enough data" (no score, no tier).`;
    case 'indicator-without-inputs':
      return `No customer has the inputs of indicator "${n.label}"; it does not count.`;
  }
}

/** Re-exported for callers that resolve config.asOf themselves. */
export { dayFromIso };

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

function orderDayRange(table: OrderTable): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  const days = table.orderDate;
  for (let r = 0; r < days.length; r++) {
    const d = days[r] as number;
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return table.length === 0 ? { first: NaN, last: NaN } : { first, last };
}

function analysisDateOf(input: ScoreInput, table: OrderTable, configured: number): AnalysisDate {
  const iso = input.config.asOf;
  if (input.asOfIsToday) {
    const { first, last } = orderDayRange(table);
    const resolved = resolveAnalysisDate(iso, input.asOf, first, last);
    if ('refused' in resolved) throw new AnalysisDateError(resolved.refused);
    return resolved;
  }
  const day = Number.isNaN(configured) ? input.asOf : configured;
  return { day, reason: Number.isNaN(configured) ? 'today' : 'configured', lastOrder: orderDayRange(table).last, message: `Analysis date ${isoFromDay(day)}.` };
}

/** scoreCustomerColumns with every customer as an object (customerAt): the task pane, small workbooks, tests. */
export function scoreCustomers(input: ScoreInput): ScoringResult {
  const { columns, ...rest } = scoreCustomerColumns(input);
  return { customers: customerList(columns), ...rest };
}

/** The run's result with the customers as columns (scoring/customerColumns.ts); `customerAt` gives one customer. */
export function scoreCustomerColumns(input: ScoreInput): ScoringColumnsResult {
  const { config } = input;
  // prepareScoring's steps on the order table; the aggregation walk also gathers what finance
  // needs, and seasonality reads the table's columns.
  const lineTable = input.orderTable ?? scratchOrderTable(input.orders ?? []);
  if (input.orders && lineTable.length !== input.orders.length) throw new Error('scoreCustomers: orderTable must hold the same rows as orders');
  // One row per order from here on (an order-line sheet gathered: docs/scoring.md, "Order-line sheets").
  const { table, lines: orderLines } = ordersOfLines(lineTable);
  const configured = config.asOf === null ? NaN : dayFromIso(config.asOf);
  const analysisDate = analysisDateOf(input, table, configured);
  const asOf = analysisDate.day;
  const profile = resolveProfile(config.profileId, config.customProfile);
  const index = indexCustomersOfTable(input.customers, table);
  const paymentRows = new PaymentRows(index.ids.length, table.length, asOf);
  const satisfaction = input.survey ? summariseSatisfaction(input.survey.rows, { ...config.satisfaction, asOf, scale: input.survey.scale }) : null;
  const extra = satisfaction ? { ...input.extraColumns, ...surveyColumns(satisfaction) } : input.extraColumns;
  const cache = buildCache(index, aggregateTable(index, table, asOf, paymentRows), profile, asOf, extra);
  const { agg } = cache;
  const weights = effectiveWeights(profile, config.weights);
  const scored = rescore(cache, weights, config.tierRule, config.minCoverage);
  const w = weightVector(cache, weights);

  const abcBasis = config.abc.basis === 'profit' ? agg.profit : agg.sales;
  const cuts = { a: config.abc.cutA, b: config.abc.cutB };
  const abc = abcClasses(abcBasis, cuts);
  const abcTyped = abcWithinGroups(abcBasis, index.businessTypes, cuts);

  const recency = agg.lastDay.map((d) => asOf - d);
  const rfm = rfmScores(
    recency,
    agg.orders.map((k) => (k === 0 ? NaN : k)),
    agg.orders.map((k, i) => (k === 0 ? NaN : (agg.sales[i] as number))),
    config.rfm.mode,
  );
  const valueBasis = valueBasisOf(lineTable);
  const clv = historicalClv(agg, valueBasis);
  const payments = paymentColumnsOf(paymentRows, index.orderCustomer);

  let movement: TierMovement | null = null;
  if (input.previous) {
    const snapshot = index.ids.map((customerId, i) => ({ customerId, score: orNull(scored.scores[i] as number), tier: tierName(scored.tiers[i] as number) }));
    movement = tierMovement(snapshot, input.previous);
  }

  const expectedShare = index.rows.map((r) => r?.expectedShare ?? null);
  let salesTotal = 0;
  for (const v of agg.sales) salesTotal += v;
  const share = Float64Array.from(agg.sales, (v) => (salesTotal === 0 ? 0 : v / salesTotal));
  const columns: CustomerColumns = {
    length: index.ids.length,
    ids: index.ids,
    names: index.names,
    businessTypes: index.businessTypes,
    orders: agg.orders,
    sales: agg.sales,
    profit: agg.profit,
    returned: agg.returned,
    returnRate: agg.returnRate,
    score: scored.scores,
    status: scored.status,
    coverage: scored.coverage,
    tier: scored.tiers,
    abc,
    abcWithinType: abcTyped,
    recencyDays: recency,
    rfmR: rfm.r,
    rfmF: rfm.f,
    rfmM: rfm.m,
    rfmSegment: rfm.segments,
    clv,
    payment: payments,
    shippingDays: agg.shippingDays,
    share,
    expectedShare,
    tierChanges: movement ? movement.changes : null,
    indicatorIds: cache.indicatorIds,
    labels: cache.labels,
    subScores: cache.subScores,
    weights: w,
    present: inData(cache),
  };

  const seasonality = seasonalIndexOfColumns(table.orderDate, table.amount);
  const studyNotices = [...seasonality.notices, ...(satisfaction?.notices ?? [])];
  const warnings = studyNotices.map(studyNoticeEnglish);
  const notices: ScoringNotice[] = [];
  if (profile.id === 'satisfaction' && !satisfaction) notices.push({ code: 'satisfaction-no-survey' });
  if (analysisDate.reason === 'after-last-order')
    notices.push({ code: 'analysis-date-after-last-order', day: analysisDate.day, lastOrder: analysisDate.lastOrder ?? analysisDate.day - 1, today: input.asOf, message: analysisDate.message });
  if (config.asOf !== null && Number.isNaN(configured)) notices.push({ code: 'analysis-date-not-a-date', value: config.asOf });
  const unknown = index.rows.reduce((k, row, i) => k + (row === null && (agg.orders[i] as number) > 0 ? 1 : 0), 0);
  if (unknown > 0) notices.push({ code: 'unknown-customers', count: unknown });
  if (orderLines) notices.push({ code: 'order-lines', lines: orderLines.lines, orders: orderLines.orders });
  let returnRows = 0;
  for (let r = 0; r < table.length; r++) if (isReturn(table.amount[r] as number, table.quantity[r] as number)) returnRows++;
  const returnedTotal = settle(agg.returned.reduce((sum, v) => sum + v, 0));
  const negativeNet = countStatus(columns, NEGATIVE_NET);
  if (returnRows > 0) notices.push({ code: 'returns', rows: returnRows, total: returnedTotal });
  if (negativeNet > 0) notices.push({ code: 'negative-net', count: negativeNet });
  const paidEarly = payments.paidBeforeDocuments.reduce((k, p) => k + p, 0);
  if (paidEarly > 0) notices.push({ code: 'paid-before-documents', count: paidEarly });
  const notRated = countStatus(columns, NOT_RATED);
  const thin = countStatus(columns, NOT_ENOUGH_DATA);
  if (notRated > 0) notices.push({ code: 'not-rated', count: notRated });
  if (thin > 0) notices.push({ code: 'not-enough-data', count: thin, minCoveragePercent: Math.round(config.minCoverage * 100) });
  cache.indicatorIds.forEach((id, k) => {
    if (cache.missing[id] === index.ids.length && index.ids.length > 0) notices.push({ code: 'indicator-without-inputs', indicatorId: id, label: cache.labels[k] as string });
  });
  warnings.push(...notices.map(scoringNoticeEnglish));

  return {
    columns,
    asOf,
    analysisDate,
    indicatorsMissing: { ...cache.missing },
    valueBasis,
    tierCounts: scored.tierCounts,
    abcCounts: countAbc(abc),
    whaleCurve: whaleCurve(agg.profit),
    seasonality: {
      ...seasonality,
      monthlyTargets: config.annualTarget !== null && seasonality.index ? monthlyTargets(config.annualTarget, seasonality.index) : null,
    },
    goneCustomers: movement?.gone ?? [],
    orderLines,
    currency: input.currency ?? null,
    returns: { rows: returnRows, amount: returnedTotal, negativeNet },
    satisfaction,
    notices,
    studyNotices,
    warnings,
    cache,
  };
}
