/**
 * Predictive CLV and churn risk from order rows: summarise each customer's calibration period, fit
 * BG/NBD (how many more purchases, and whether the customer is still alive) and Gamma-Gamma (how
 * much per purchase), then score every customer. Pure and deterministic; see docs/clv.md.
 */
import type { DayNumber, OrderRow, OrderTable } from '../../model';
import { orderTableFromRows } from '../../validation/orderTable';
import { aliveDivisor, fitBgNbd, probabilityAlive, type BgNbdFit, type BgNbdParams } from './bgnbd';
import { conditionalExpectedAverageValue, fitGammaGamma, type GammaGammaFit } from './gammaGamma';
import { lifetimeValueOf, monthlyPurchasesIfAlive, type LifetimeValueOptions } from './lifetimeValue';
import { periodsPerMonth as periodsPerMonthOf, type PeriodUnit } from './periods';
import { summariseCodes, summariseTable, type CalibrationSummary, type SummaryOptions, type SummaryResult, type SummaryTable, type ValueField } from './summary';
import type { ValueBasis } from '../valueBasis';

export interface PredictiveClvOptions {
  /** End of the calibration period (inclusive); later orders are left out. */
  asOf: DayNumber;
  /** Time unit of x, t_x and T. Default 'week'. */
  period?: PeriodUnit;
  /** Horizon, in whole months, of the expected purchases and of the CLV. Default 12. */
  horizonMonths?: number;
  /** Default 0.01 a month (about 12.7 % a year). */
  monthlyDiscountRate?: number;
  /** A customer is "likely churning" when P(alive) is below this. Default 0.5. */
  churnThreshold?: number;
  /** Order value used for spend: 'amount' (default) or 'profit'. */
  value?: ValueField;
  /** Override the periods per month of the CLV sum (e.g. 4.345 weeks, as `lifetimes` does). */
  periodsPerMonth?: number;
}

export interface PredictiveCustomer {
  x: number;
  tx: number;
  T: number;
  zbar: number;
  pAlive: number;
  /** Expected purchases over the horizon. */
  expectedPurchases: number;
  expectedAverageValue: number;
  predictedClv: number;
  likelyChurning: boolean;
}

export type PredictiveWarningCode =
  | 'no-customers'
  | 'no-repeat-buyers'
  | 'bgnbd-not-converged'
  | 'bgnbd-no-dropout'
  | 'gamma-gamma-skipped'
  | 'gamma-gamma-not-converged'
  | 'non-positive-repeat-value'
  | 'orders-skipped'
  | 'missing-profit';

/** A code and its figures, not a sentence: the pane and the CLI word it (src/output/noticeWords.ts). */
export interface PredictiveWarning {
  code: PredictiveWarningCode;
  params: Readonly<Record<string, number | string>>;
}

/**
 * Whether P(alive) and the churn flag mean anything (docs/clv.md, "When the model is not reliable"):
 * not when the purchase model did not converge, nor when it says nobody ever drops out.
 */
export type UnreliableReason = 'not-converged' | 'no-dropout' | 'no-repeat-buyers';
/** `dropout`: the fitted drop-out chance per purchase (no-dropout only); worded by src/output/noticeWords.ts. */
export type Reliability = { reliable: true } | { reliable: false; reason: UnreliableReason; dropout?: number };

/** Below this mean drop-out probability after a purchase, a / (a + b), or this value of a, the fit says nobody drops out. */
export const NO_DROPOUT_LIMIT = 1e-3;

export function reliabilityOf(fit: BgNbdFit | null, summary: Pick<CalibrationSummary, 'x'>): Reliability {
  if (!fit) return { reliable: false, reason: 'no-repeat-buyers' };
  if (summary.x.every((x) => x === 0)) return { reliable: false, reason: 'no-repeat-buyers' };
  if (!fit.converged || ![fit.r, fit.alpha, fit.a, fit.b].every((v) => Number.isFinite(v) && v > 0)) return { reliable: false, reason: 'not-converged' };
  if (fit.a < NO_DROPOUT_LIMIT || fit.a / (fit.a + fit.b) < NO_DROPOUT_LIMIT) return { reliable: false, reason: 'no-dropout', dropout: fit.a / (fit.a + fit.b) };
  return { reliable: true };
}

export interface PredictiveClvResult {
  model: { bgnbd: BgNbdFit | null; gammaGamma: GammaGammaFit | null };
  /** What predicted CLV and spend are measured in: the orders' profit or their sales (amount). */
  basis: ValueBasis;
  /** False: P(alive) and likelyChurning are not to be shown or acted on (the writers say "model not reliable"). */
  reliability: Reliability;
  customers: Map<string, PredictiveCustomer>;
  warnings: PredictiveWarning[];
}

export const DEFAULT_CHURN_THRESHOLD = 0.5;
/** Fewer repeat buyers than this and the Gamma-Gamma fit is not attempted. */
export const MIN_GAMMA_GAMMA_CUSTOMERS = 10;

interface ScoringSettings {
  period: PeriodUnit;
  horizonMonths: number;
  monthlyDiscountRate: number;
  churnThreshold: number;
  periodsPerMonth: number;
}

function settingsFrom(options: Omit<PredictiveClvOptions, 'asOf' | 'value'>): ScoringSettings {
  const period = options.period ?? 'week';
  const settings = {
    period,
    horizonMonths: options.horizonMonths ?? 12,
    monthlyDiscountRate: options.monthlyDiscountRate ?? 0.01,
    churnThreshold: options.churnThreshold ?? DEFAULT_CHURN_THRESHOLD,
    periodsPerMonth: options.periodsPerMonth ?? periodsPerMonthOf(period),
  };
  if (!Number.isInteger(settings.horizonMonths) || settings.horizonMonths < 0) throw new RangeError('horizonMonths must be a whole number of months, 0 or more');
  if (!(settings.monthlyDiscountRate > -1)) throw new RangeError('monthlyDiscountRate must be above -1');
  if (!(settings.churnThreshold >= 0 && settings.churnThreshold <= 1)) throw new RangeError('churnThreshold must be between 0 and 1');
  if (!(settings.periodsPerMonth > 0)) throw new RangeError('periodsPerMonth must be positive');
  return settings;
}

/** The customers the Gamma-Gamma model can use, repeat buyers with a positive mean value: their x and zbar, in summary order. */
function repeatBuyers(summary: Pick<CalibrationSummary, 'x' | 'zbar'>): { x: Float64Array; zbar: Float64Array; nonPositive: number } {
  let eligible = 0;
  let nonPositive = 0;
  for (let i = 0; i < summary.x.length; i++) {
    if ((summary.x[i] as number) <= 0) continue;
    if ((summary.zbar[i] as number) > 0) eligible++;
    else nonPositive++;
  }
  const x = new Float64Array(eligible);
  const zbar = new Float64Array(eligible);
  let k = 0;
  for (let i = 0; i < summary.x.length; i++) {
    if ((summary.x[i] as number) > 0 && (summary.zbar[i] as number) > 0) {
      x[k] = summary.x[i] as number;
      zbar[k++] = summary.zbar[i] as number;
    }
  }
  return { x, zbar, nonPositive };
}

function fitSpendModel(summary: Pick<CalibrationSummary, 'x' | 'zbar'>, warnings: PredictiveWarning[]): { fit: GammaGammaFit | null; fallbackValue: number } {
  const { x, zbar, nonPositive } = repeatBuyers(summary);
  if (nonPositive > 0) {
    warnings.push({ code: 'non-positive-repeat-value', params: { count: nonPositive } });
  }
  const fallbackValue = zbar.length > 0 ? zbar.reduce((s, v) => s + v, 0) / zbar.length : 0;
  if (zbar.length < MIN_GAMMA_GAMMA_CUSTOMERS) {
    warnings.push({ code: 'gamma-gamma-skipped', params: { count: zbar.length, needed: MIN_GAMMA_GAMMA_CUSTOMERS } });
    return { fit: null, fallbackValue };
  }
  const fit = fitGammaGamma({ x, zbar });
  if (!fit.converged || !(fit.q > 1)) {
    warnings.push({ code: 'gamma-gamma-not-converged', params: fit.converged ? { q: Number(fit.q.toFixed(3)) } : {} });
    return { fit: fit.converged ? fit : null, fallbackValue };
  }
  return { fit, fallbackValue };
}

/**
 * The fitted customers as columns, in the summary's order (one typed array per figure): what the
 * CLI keeps at a hundred thousand customers instead of an object and a Map entry each
 * (docs/benchmarks.md). `predictiveCustomerAt` gives one customer's object.
 */
export interface PredictiveColumns {
  length: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  zbar: Float64Array;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedAverageValue: Float64Array;
  predictedClv: Float64Array;
  /** 1 = likely churning. */
  likelyChurning: Uint8Array;
}

/** PredictiveClvResult with its customers as columns (row k = summary customer k). */
export interface PredictiveClvColumns extends Omit<PredictiveClvResult, 'customers'> {
  customers: PredictiveColumns;
}

/** Customer `k` of the columns as the object PredictiveClvResult holds. */
export function predictiveCustomerAt(c: PredictiveColumns, k: number): PredictiveCustomer {
  return {
    x: c.x[k] as number,
    tx: c.tx[k] as number,
    T: c.T[k] as number,
    zbar: c.zbar[k] as number,
    pAlive: c.pAlive[k] as number,
    expectedPurchases: c.expectedPurchases[k] as number,
    expectedAverageValue: c.expectedAverageValue[k] as number,
    predictedClv: c.predictedClv[k] as number,
    likelyChurning: c.likelyChurning[k] === 1,
  };
}

function emptyColumns(n: number): PredictiveColumns {
  return {
    length: n,
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
    pAlive: new Float64Array(n),
    expectedPurchases: new Float64Array(n),
    expectedAverageValue: new Float64Array(n),
    predictedClv: new Float64Array(n),
    likelyChurning: new Uint8Array(n),
  };
}

/** Pairs (x, T) kept before the cache stops growing (12 months each: 25 MB). */
const MAX_SHARED_PAIRS = 1 << 18;

/**
 * monthlyPurchasesIfAlive per (x, T), each computed once: a million customers over a few years of
 * whole days share some 16,000 pairs, and each is 12 hypergeometric series. `at(x, T)` gives the
 * offset of the pair's months in `values`, read before the next call.
 */
class PurchasesIfAlive {
  private readonly slotOf = new Map<number, number>();
  private readonly timeOf = new Map<number, number>();
  private store: Float64Array;
  private slots = 0;
  private readonly scratch: Float64Array;
  values: Float64Array;
  constructor(
    private readonly params: BgNbdParams,
    private readonly options: Pick<LifetimeValueOptions, 'months' | 'periodsPerMonth'>,
  ) {
    this.scratch = new Float64Array(options.months);
    this.store = new Float64Array(options.months * 1024);
    this.values = this.store;
  }

  at(x: number, T: number): number {
    const months = this.options.months;
    let time = this.timeOf.get(T);
    if (time === undefined) {
      time = this.timeOf.size;
      this.timeOf.set(T, time);
    }
    // x a whole count below 2^31 and time an index below 2^21: the key is exact.
    const shared = Number.isInteger(x) && x >= 0 && x < 2 ** 31 && time < 2 ** 21;
    const key = x * 2 ** 21 + time;
    const slot = shared ? this.slotOf.get(key) : undefined;
    if (slot !== undefined) {
      this.values = this.store;
      return slot * months;
    }
    if (!shared || this.slots === MAX_SHARED_PAIRS) {
      this.values = monthlyPurchasesIfAlive(this.params, x, T, this.options, this.scratch);
      return 0;
    }
    if ((this.slots + 1) * months > this.store.length) {
      const grown = new Float64Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    const at = this.slots++;
    this.slotOf.set(key, at);
    this.values = this.store;
    monthlyPurchasesIfAlive(this.params, x, T, this.options, this.store, at * months);
    return at * months;
  }
}

/** Fit both models on a ready-made calibration summary and score every customer in it. */
export function fitPredictiveClvFromSummary(summary: CalibrationSummary, options: Omit<PredictiveClvOptions, 'asOf' | 'value'> = {}, basis: ValueBasis = 'sales'): PredictiveClvResult {
  const { model, reliability, customers: columns, warnings } = fitPredictiveColumnsFromSummary(summary, options, basis);
  const customers = new Map<string, PredictiveCustomer>();
  for (let k = 0; k < columns.length; k++) customers.set(summary.customerIds[k] as string, predictiveCustomerAt(columns, k));
  return { model, basis, reliability, customers, warnings };
}

/** fitPredictiveClvFromSummary with the customers as columns, in the summary's order. */
export function fitPredictiveColumnsFromSummary(
  summary: Omit<CalibrationSummary, 'customerIds'>,
  options: Omit<PredictiveClvOptions, 'asOf' | 'value'> = {},
  basis: ValueBasis = 'sales',
): PredictiveClvColumns {
  const settings = settingsFrom(options);
  const warnings: PredictiveWarning[] = [];
  const n = summary.x.length;
  if (n === 0) {
    warnings.push({ code: 'no-customers', params: {} });
    return { model: { bgnbd: null, gammaGamma: null }, basis, reliability: reliabilityOf(null, summary), customers: emptyColumns(0), warnings };
  }
  if (summary.x.every((x) => x === 0)) {
    warnings.push({ code: 'no-repeat-buyers', params: {} });
  }

  const bgnbd = fitBgNbd(summary);
  if (!bgnbd.converged) warnings.push({ code: 'bgnbd-not-converged', params: { iterations: bgnbd.iterations } });
  const spend = fitSpendModel(summary, warnings);
  const spendModel = spend.fit !== null && spend.fit.q > 1 ? spend.fit : null;
  const horizon = settings.horizonMonths * settings.periodsPerMonth;
  const out = emptyColumns(n);
  out.x.set(summary.x);
  out.tx.set(summary.tx);
  out.T.set(summary.T);
  out.zbar.set(summary.zbar);
  const lifetime = { months: settings.horizonMonths, monthlyDiscountRate: settings.monthlyDiscountRate, periodsPerMonth: settings.periodsPerMonth };

  const months = settings.horizonMonths;
  const ifAlive = new PurchasesIfAlive(bgnbd, lifetime);
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] as number;
    const tx = summary.tx[i] as number;
    const T = summary.T[i] as number;
    const zbar = summary.zbar[i] as number;
    const pAlive = probabilityAlive(bgnbd, x, tx, T);
    const expectedAverageValue = spendModel ? conditionalExpectedAverageValue(spendModel, x, zbar) : x > 0 && zbar > 0 ? zbar : spend.fallbackValue;
    // conditionalExpectedPurchases and discountedLifetimeValue, from the expectations shared by customers with this x and T.
    const offset = ifAlive.at(x, T);
    const divisor = aliveDivisor(bgnbd, x, tx, T);
    out.pAlive[i] = pAlive;
    out.expectedPurchases[i] = horizon > 0 ? (ifAlive.values[offset + months - 1] as number) / divisor : 0;
    out.expectedAverageValue[i] = expectedAverageValue;
    out.predictedClv[i] = lifetimeValueOf(ifAlive.values, offset, divisor, expectedAverageValue, lifetime);
    out.likelyChurning[i] = pAlive < settings.churnThreshold ? 1 : 0;
  }
  const reliability = reliabilityOf(bgnbd, summary);
  if (!reliability.reliable && reliability.reason === 'no-dropout') warnings.push({ code: 'bgnbd-no-dropout', params: { dropout: reliability.dropout ?? 0 } });
  return { model: { bgnbd, gammaGamma: spend.fit }, basis, reliability, customers: out, warnings };
}

/** The entry point: orders -> fitted models and per-customer P(alive), expected purchases and CLV. */
export function fitPredictiveClv(orders: readonly OrderRow[], options: PredictiveClvOptions): PredictiveClvResult {
  return fitPredictiveClvOfTable(orderTableFromRows(orders), options);
}

/** What the table fits are asked: PredictiveClvOptions, and whether returns are left out. */
export type TableFitOptions = PredictiveClvOptions & { purchasesOnly?: boolean };

/** fitPredictiveClv on the order table (the pipeline's form); `purchasesOnly` leaves returns out. */
export function fitPredictiveClvOfTable(table: OrderTable, options: TableFitOptions): PredictiveClvResult {
  const { summary, skipped } = summariseTable(table, summaryOptionsOf(options));
  return withSkipped(fitPredictiveClvFromSummary(summary, options, options.value === 'profit' ? 'profit' : 'sales'), skipped);
}

/** A table's fit with its customers as columns: row k is the table's customer code `customerCodes[k]`. */
export type TableColumnsFit = PredictiveClvColumns & { customerCodes: Int32Array };

/**
 * fitPredictiveClvOfTable with the customers as columns: row k is the table's customer code
 * `customerCodes[k]`. Reads only the columns of SummaryTable (`customerCount`: the table's number
 * of customer codes).
 */
export function fitPredictiveColumnsOfTable(table: SummaryTable, customerCount: number, options: TableFitOptions): TableColumnsFit {
  const { summary, skipped, customerCodes } = summariseCodes(table, customerCount, summaryOptionsOf(options));
  return { ...withSkipped(fitPredictiveColumnsFromSummary(summary, options, options.value === 'profit' ? 'profit' : 'sales'), skipped), customerCodes: Int32Array.from(customerCodes) };
}

function summaryOptionsOf(options: TableFitOptions): SummaryOptions {
  return { asOf: options.asOf, period: options.period ?? 'week', value: options.value ?? 'amount', purchasesOnly: options.purchasesOnly ?? false };
}

function withSkipped<R extends { warnings: PredictiveWarning[] }>(result: R, skipped: SummaryResult['skipped']): R {
  const invalid = skipped.invalidDate + skipped.invalidValue;
  if (invalid > 0) result.warnings.unshift({ code: 'orders-skipped', params: { count: invalid } });
  if (skipped.missingProfit > 0) result.warnings.unshift({ code: 'missing-profit', params: { count: skipped.missingProfit } });
  return result;
}
