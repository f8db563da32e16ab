/**
 * The sufficient statistics of the BG/NBD and Gamma-Gamma models, per customer, from order rows:
 * repeat purchases x, recency t_x, age T and the mean value zbar of the repeat purchases.
 *
 * Orders on the same day are one purchase (their values summed); orders after the as-of date, the
 * end of the calibration period, are left out. Held as columns (typed arrays) because the fit
 * walks them hundreds of times for up to 100,000 customers.
 */
import type { DayNumber, OrderRow } from '../../model';
import { daysPerPeriod, type PeriodUnit } from './periods';

export interface CalibrationSummary {
  customerIds: string[];
  /** Repeat purchases: distinct purchase days after the first. */
  x: Float64Array;
  /** Time from first to last purchase, in periods. */
  tx: Float64Array;
  /** Time from first purchase to the end of the calibration period, in periods. */
  T: Float64Array;
  /** Mean value of the repeat purchases (first purchase excluded); 0 when x = 0. */
  zbar: Float64Array;
}

export type ValueField = 'amount' | 'profit';

export interface SummaryOptions {
  asOf: DayNumber;
  period?: PeriodUnit;
  /** Which order value feeds zbar. 'profit' counts an order without a profit as a purchase worth 0. */
  value?: ValueField;
}

export interface SummaryResult {
  summary: CalibrationSummary;
  /** Orders that were skipped or valued at 0, with why. */
  skipped: { invalidDate: number; invalidValue: number; missingProfit: number };
}

function orderValue(order: OrderRow, field: ValueField): number | null {
  return field === 'amount' ? order.amount : order.profit;
}

/** Build the calibration summary; customers appear in order of their first order row. */
export function summariseOrders(orders: readonly OrderRow[], options: SummaryOptions): SummaryResult {
  const unitDays = daysPerPeriod(options.period ?? 'week');
  const field = options.value ?? 'amount';
  const skipped = { invalidDate: 0, invalidValue: 0, missingProfit: 0 };
  // customerId -> (day -> summed value)
  const byCustomer = new Map<string, Map<number, number>>();

  for (const order of orders) {
    const day = order.orderDate;
    if (!Number.isFinite(day)) {
      skipped.invalidDate++;
      continue;
    }
    if (day > options.asOf) continue;
    let value = orderValue(order, field);
    if (value === null) {
      skipped.missingProfit++;
      value = 0;
    } else if (!Number.isFinite(value)) {
      skipped.invalidValue++;
      continue;
    }
    let days = byCustomer.get(order.customerId);
    if (!days) {
      days = new Map();
      byCustomer.set(order.customerId, days);
    }
    days.set(day, (days.get(day) ?? 0) + value);
  }

  const n = byCustomer.size;
  const summary: CalibrationSummary = {
    customerIds: [],
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
  };
  let i = 0;
  for (const [customerId, days] of byCustomer) {
    let first = Infinity;
    let last = -Infinity;
    let total = 0;
    for (const [day, value] of days) {
      if (day < first) first = day;
      if (day > last) last = day;
      total += value;
    }
    const x = days.size - 1;
    summary.customerIds.push(customerId);
    summary.x[i] = x;
    summary.tx[i] = (last - first) / unitDays;
    summary.T[i] = (options.asOf - first) / unitDays;
    summary.zbar[i] = x > 0 ? (total - (days.get(first) as number)) / x : 0;
    i++;
  }
  return { summary, skipped };
}
