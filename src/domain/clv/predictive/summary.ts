/**
 * The sufficient statistics of the BG/NBD and Gamma-Gamma models, per customer, from order rows:
 * repeat purchases x, recency t_x, age T and the mean value zbar of the repeat purchases.
 *
 * Orders on the same day are one purchase (their values summed); orders after the as-of date, the
 * end of the calibration period, are left out. Held as columns (typed arrays) because the fit
 * walks them hundreds of times for up to 100,000 customers.
 */
import type { DayNumber, OrderRow, OrderTable } from '../../model';
import { isReturn } from '../../returns';
import { orderTableFromRows } from '../../validation/orderTable';
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
  /** Leave out returns and credit notes (returns.ts): the models see purchases only. */
  purchasesOnly?: boolean;
}

export interface SummaryResult {
  summary: CalibrationSummary;
  /** Orders that were skipped or valued at 0, with why. */
  skipped: { invalidDate: number; invalidValue: number; missingProfit: number };
}

/** Build the calibration summary; customers appear in order of their first order row. */
export function summariseOrders(orders: readonly OrderRow[], options: SummaryOptions): SummaryResult {
  return summariseTable(orderTableFromRows(orders), options);
}

/**
 * summariseOrders on the order table (the pipeline's form): the same figures, in the same order,
 * without an object per order row. `customerCodes[i]` is the table's code of summary customer i.
 */
export function summariseTable(table: OrderTable, options: SummaryOptions): SummaryResult & { customerCodes: number[] } {
  const unitDays = daysPerPeriod(options.period ?? 'week');
  const field = options.value ?? 'amount';
  const values = field === 'amount' ? table.amount : table.profit;
  const skipped = { invalidDate: 0, invalidValue: 0, missingProfit: 0 };
  // customer code -> (day -> summed value), and the codes in order of their first kept row.
  const byCustomer: (Map<number, number> | undefined)[] = new Array(table.customerIds.length);
  const codes: number[] = [];
  const { orderDate, customer, amount, quantity } = table;

  for (let r = 0; r < table.length; r++) {
    if (options.purchasesOnly && isReturn(amount[r] as number, quantity[r] as number)) continue;
    const day = orderDate[r] as number;
    if (!Number.isFinite(day)) {
      skipped.invalidDate++;
      continue;
    }
    if (day > options.asOf) continue;
    let value = values[r] as number;
    // A profit of NaN is a row without one (the table's null).
    if (field === 'profit' && Number.isNaN(value)) {
      skipped.missingProfit++;
      value = 0;
    } else if (!Number.isFinite(value)) {
      skipped.invalidValue++;
      continue;
    }
    const c = customer[r] as number;
    let days = byCustomer[c];
    if (!days) {
      days = new Map();
      byCustomer[c] = days;
      codes.push(c);
    }
    days.set(day, (days.get(day) ?? 0) + value);
  }

  const n = codes.length;
  const summary: CalibrationSummary = {
    customerIds: [],
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const code = codes[i] as number;
    const days = byCustomer[code] as Map<number, number>;
    let first = Infinity;
    let last = -Infinity;
    let total = 0;
    for (const [day, value] of days) {
      if (day < first) first = day;
      if (day > last) last = day;
      total += value;
    }
    const x = days.size - 1;
    summary.customerIds.push(table.customerIds[code] as string);
    summary.x[i] = x;
    summary.tx[i] = (last - first) / unitDays;
    summary.T[i] = (options.asOf - first) / unitDays;
    summary.zbar[i] = x > 0 ? (total - (days.get(first) as number)) / x : 0;
  }
  return { summary, skipped, customerCodes: codes };
}
