/**
 * The model check (docs/clv.md, "Backtest"): split the order history at a date, fit BG/NBD on the
 * part before (the calibration period), predict each calibration customer's repeat purchases in
 * the part after (the holdout) and set them against what the customers actually did: in total, by
 * number of calibration repeat purchases (0, 1, ..., 7+), as the mean absolute error per customer,
 * and week by week, cumulated. The setup of Fader, Hardie and Lee (2005), section 4.
 */
import { isoFromDay as iso } from '../../dates';
import type { DayNumber, OrderRow, OrderTable } from '../../model';
import { isReturn } from '../../returns';
import { orderTableFromRows } from '../../validation/orderTable';
import type { ProblemValues } from '../../validation/problemCodes';
import { refusal, type Refusal, type RefusalCode } from '../../refusals';
import { conditionalExpectedPurchases, fitBgNbd, type BgNbdFit } from './bgnbd';
import { daysPerPeriod, type PeriodUnit } from './periods';
import { reliabilityOf, type Reliability } from './predictive';
import { summariseTable } from './summary';

export interface BacktestOptions {
  /** Last day of the calibration period (inclusive). Default: DEFAULT_SPLIT of the span. */
  calibrationEnd?: DayNumber | null;
  /** Last day of the holdout (inclusive). Default: the last order's day. */
  holdoutEnd?: DayNumber | null;
  /** Time unit of the fit. Default 'week'. */
  period?: PeriodUnit;
}

export interface FrequencyGroup {
  /** "0" ... "6", "7+": repeat purchases in the calibration period. */
  label: string;
  customers: number;
  /** Repeat purchases in the holdout, summed over the group's customers. */
  actual: number;
  predicted: number;
}

export interface TrackingWeek {
  /** 1, 2, ...: weeks since the calibration end. */
  week: number;
  /** Last day of the week (the holdout's last day for a final partial week). */
  end: DayNumber;
  /** Purchases from the holdout start to `end`, over all calibration customers. */
  actual: number;
  predicted: number;
}

export interface Backtest {
  firstOrder: DayNumber;
  calibrationEnd: DayNumber;
  holdoutEnd: DayNumber;
  /** 'default': the start of the last quarter of the span; 'configured': given. */
  split: 'default' | 'configured';
  period: PeriodUnit;
  model: BgNbdFit;
  reliability: Reliability;
  /** Customers with a purchase in the calibration period (the ones predicted). */
  customers: number;
  total: { actual: number; predicted: number };
  byFrequency: FrequencyGroup[];
  /** Mean over the calibration customers of |actual - predicted| holdout purchases. */
  meanAbsoluteError: number;
  weekly: TrackingWeek[];
}

/** Refused: `message` in English, `refusal` the same as a code (src/domain/refusals.ts) for the pane to word. */
export type BacktestOutcome = { ok: true; backtest: Backtest } | { ok: false; message: string; refusal: Refusal };

function refused(code: RefusalCode, values: ProblemValues = {}): BacktestOutcome {
  const why = refusal(code, values);
  return { ok: false, message: why.message, refusal: { code: why.code, values: why.values } };
}

/** The default calibration period: the first three quarters of the span from the first to the last order. */
export const DEFAULT_SPLIT = 0.75;
/** Groups 0 .. TOP_GROUP - 1, then TOP_GROUP+ ("7+"). */
export const TOP_GROUP = 7;
const WEEK = 7;

/** Distinct purchase days per customer code (orders on one day are one purchase, as in the fit). */
function purchaseDays(table: OrderTable, purchasesOnly: boolean): { days: (Set<number> | undefined)[]; customers: number } {
  const days: (Set<number> | undefined)[] = new Array(table.customerIds.length);
  let customers = 0;
  const { orderDate, amount, quantity, customer } = table;
  for (let r = 0; r < table.length; r++) {
    const day = orderDate[r] as number;
    const value = amount[r] as number;
    if (!Number.isFinite(day) || !Number.isFinite(value)) continue;
    if (purchasesOnly && isReturn(value, quantity[r] as number)) continue;
    const c = customer[r] as number;
    let set = days[c];
    if (!set) {
      days[c] = set = new Set();
      customers++;
    }
    set.add(day);
  }
  return { days, customers };
}

export function backtest(orders: readonly OrderRow[], options: BacktestOptions = {}): BacktestOutcome {
  return backtestTable(orderTableFromRows(orders), options);
}

/** backtest on the order table (the pipeline's form); `purchasesOnly` leaves returns out. */
export function backtestTable(table: OrderTable, options: BacktestOptions & { purchasesOnly?: boolean } = {}): BacktestOutcome {
  const purchasesOnly = options.purchasesOnly ?? false;
  const { days, customers } = purchaseDays(table, purchasesOnly);
  let first = Infinity;
  let last = -Infinity;
  for (const set of days) {
    if (!set) continue;
    for (const d of set) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
  }
  if (customers === 0) return refused('model-check-no-dated-orders');
  const holdoutEnd = options.holdoutEnd ?? last;
  const configured = options.calibrationEnd !== undefined && options.calibrationEnd !== null;
  const calibrationEnd = configured ? (options.calibrationEnd as number) : first + Math.floor(DEFAULT_SPLIT * (holdoutEnd - first));
  if (!Number.isFinite(calibrationEnd) || !Number.isFinite(holdoutEnd)) return refused('model-check-bad-split');
  if (calibrationEnd < first) return refused('model-check-split-before-first-order', { date: iso(calibrationEnd), first: iso(first) });
  if (holdoutEnd - calibrationEnd < WEEK) return refused('model-check-short-holdout', { date: iso(calibrationEnd), end: iso(holdoutEnd) });
  const period = options.period ?? 'week';
  const unit = daysPerPeriod(period);
  const { summary, customerCodes } = summariseTable(table, { asOf: calibrationEnd, period, value: 'amount', purchasesOnly });
  const n = summary.customerIds.length;
  if (n < 2) return refused('model-check-few-customers', { date: iso(calibrationEnd), count: n });
  if (summary.x.every((x) => x === 0)) return refused('model-check-no-repeat-buyers', { date: iso(calibrationEnd) });
  const model = fitBgNbd(summary);

  const holdoutDays = holdoutEnd - calibrationEnd;
  const weeks = Math.ceil(holdoutDays / WEEK);
  const weekEnds = Array.from({ length: weeks }, (_, k) => Math.min(calibrationEnd + WEEK * (k + 1), holdoutEnd));
  const weeklyActual = new Float64Array(weeks);
  const weeklyPredicted = new Float64Array(weeks);
  const groups: FrequencyGroup[] = Array.from({ length: TOP_GROUP + 1 }, (_, k) => ({ label: k === TOP_GROUP ? `${TOP_GROUP}+` : String(k), customers: 0, actual: 0, predicted: 0 }));
  let totalActual = 0;
  let totalPredicted = 0;
  let absError = 0;
  // Customers with the same (x, t_x, T) have the same predictions: computed once per triple.
  const memo = new Map<string, Float64Array>();
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] as number;
    const tx = summary.tx[i] as number;
    const T = summary.T[i] as number;
    const key = `${x}|${tx}|${T}`;
    let curve = memo.get(key);
    if (!curve) {
      curve = Float64Array.from(weekEnds, (end) => conditionalExpectedPurchases(model, (end - calibrationEnd) / unit, x, tx, T));
      memo.set(key, curve);
    }
    let actual = 0;
    for (const d of days[customerCodes[i] as number] ?? []) {
      if (d <= calibrationEnd || d > holdoutEnd) continue;
      actual++;
      weeklyActual[Math.min(weeks - 1, Math.ceil((d - calibrationEnd) / WEEK) - 1)]! += 1;
    }
    const predicted = curve[weeks - 1] as number;
    for (let k = 0; k < weeks; k++) weeklyPredicted[k]! += curve[k] as number;
    const group = groups[Math.min(x, TOP_GROUP)] as FrequencyGroup;
    group.customers++;
    group.actual += actual;
    group.predicted += predicted;
    totalActual += actual;
    totalPredicted += predicted;
    absError += Math.abs(actual - predicted);
  }
  let cumulative = 0;
  const weekly = weekEnds.map((end, k) => {
    cumulative += weeklyActual[k] as number;
    return { week: k + 1, end, actual: cumulative, predicted: weeklyPredicted[k] as number };
  });
  return {
    ok: true,
    backtest: {
      firstOrder: first,
      calibrationEnd,
      holdoutEnd,
      split: configured ? 'configured' : 'default',
      period,
      model,
      reliability: reliabilityOf(model, summary),
      customers: n,
      total: { actual: totalActual, predicted: totalPredicted },
      byFrequency: groups,
      meanAbsoluteError: absError / n,
      weekly,
    },
  };
}
