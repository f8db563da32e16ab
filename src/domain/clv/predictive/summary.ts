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
  const { summary, skipped, customerCodes } = summariseCodes(table, table.customerIds.length, options);
  return { summary: { customerIds: customerCodes.map((code) => table.customerIds[code] as string), ...summary }, skipped, customerCodes };
}

/** The order table's columns the summary reads. */
export type SummaryTable = Pick<OrderTable, 'length' | 'orderDate' | 'customer' | 'amount' | 'profit' | 'quantity'>;

/**
 * summariseTable without the ids: the customers of summary row i is the table's customer code
 * `customerCodes[i]` (`customerCount`: how many codes the table has).
 */
export function summariseCodes(
  table: SummaryTable,
  customerCount: number,
  options: SummaryOptions,
): { summary: Omit<CalibrationSummary, 'customerIds'>; skipped: SummaryResult['skipped']; customerCodes: number[] } {
  const unitDays = daysPerPeriod(options.period ?? 'week');
  const field = options.value ?? 'amount';
  const values = field === 'amount' ? table.amount : table.profit;
  const skipped = { invalidDate: 0, invalidValue: 0, missingProfit: 0 };
  const { orderDate, customer, amount, quantity } = table;
  // The value a row adds to its customer's purchases, or NaN when the row does not count; why
  // not (or that a profit is missing) is counted in `skips` when given (the first pass).
  const keptValue = (r: number, skips: SummaryResult['skipped'] | null): number => {
    if (options.purchasesOnly && isReturn(amount[r] as number, quantity[r] as number)) return NaN;
    const day = orderDate[r] as number;
    if (!Number.isFinite(day)) {
      if (skips) skips.invalidDate++;
      return NaN;
    }
    if (day > options.asOf) return NaN;
    const value = values[r] as number;
    // A profit of NaN is a row without one (the table's null): a purchase worth 0.
    if (field === 'profit' && Number.isNaN(value)) {
      if (skips) skips.missingProfit++;
      return 0;
    }
    if (!Number.isFinite(value)) {
      if (skips) skips.invalidValue++;
      return NaN;
    }
    return value;
  };
  // First pass: the kept rows per customer, the customer codes in order of their first kept row,
  // and the span of days.
  const count = new Int32Array(customerCount);
  const codes: number[] = [];
  let minDay = Infinity;
  let maxDay = -Infinity;
  let wholeDays = true;
  let keptRows = 0;
  for (let r = 0; r < table.length; r++) {
    if (Number.isNaN(keptValue(r, skipped))) continue;
    const day = orderDate[r] as number;
    const c = customer[r] as number;
    const before = count[c] as number;
    count[c] = before + 1;
    if (before === 0) codes.push(c);
    keptRows++;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
    if (wholeDays && !Number.isInteger(day)) wholeDays = false;
  }

  // Second pass: the kept rows' days and values grouped by customer (summary order), each
  // customer's in row order: a stable counting sort. Each customer's rows are then read side by
  // side, not chased through the table (at ten million rows that chase waited on memory).
  const n = codes.length;
  const start = new Int32Array(customerCount);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i] as number;
    start[code] = at;
    at += count[code] as number;
  }
  const span = n === 0 ? 0 : maxDay - minDay + 1;
  const byDay = wholeDays && span <= 1 << 22 ? { stamp: new Int32Array(span), slot: new Int32Array(span) } : null;
  // Day and value side by side: one cache line written per row.
  const dayValue = new Float64Array(2 * keptRows);
  const cursor = start.slice();
  for (let r = 0; r < table.length; r++) {
    const value = keptValue(r, null);
    if (Number.isNaN(value)) continue;
    const c = customer[r] as number;
    const k = cursor[c] as number;
    cursor[c] = k + 1;
    dayValue[2 * k] = orderDate[r] as number;
    dayValue[2 * k + 1] = value;
  }

  // Per customer, its purchase days (distinct order days, in order of first appearance) and the
  // value summed per day. A day's slot is found through a table indexed by day (whole days within
  // a span of about 11,000 years), else through a Map.
  const slotOf = byDay ? null : new Map<number, number>();
  let days = new Float64Array(64);
  let sums = new Float64Array(64);

  const summary: Omit<CalibrationSummary, 'customerIds'> = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const code = codes[i] as number;
    let slots = 0;
    slotOf?.clear();
    const end = (start[code] as number) + (count[code] as number);
    for (let k = start[code] as number; k < end; k++) {
      const day = dayValue[2 * k] as number;
      const value = dayValue[2 * k + 1] as number;
      let s: number;
      if (byDay) {
        const at = day - minDay;
        s = byDay.stamp[at] === i + 1 ? (byDay.slot[at] as number) : -1;
        if (s === -1) {
          byDay.stamp[at] = i + 1;
          byDay.slot[at] = slots;
        }
      } else {
        s = (slotOf as Map<number, number>).get(day) ?? -1;
        if (s === -1) (slotOf as Map<number, number>).set(day, slots);
      }
      if (s === -1) {
        if (slots === days.length) {
          const grownDays = new Float64Array(slots * 2);
          grownDays.set(days);
          days = grownDays;
          const grownSums = new Float64Array(slots * 2);
          grownSums.set(sums);
          sums = grownSums;
        }
        days[slots] = day;
        // As a Map summing (get ?? 0) + value would: the first value added to 0.
        sums[slots] = 0 + value;
        slots++;
      } else sums[s] = (sums[s] as number) + value;
    }
    let first = Infinity;
    let firstSlot = 0;
    let last = -Infinity;
    let total = 0;
    for (let s = 0; s < slots; s++) {
      const day = days[s] as number;
      if (day < first) {
        first = day;
        firstSlot = s;
      }
      if (day > last) last = day;
      total += sums[s] as number;
    }
    const x = slots - 1;
    summary.x[i] = x;
    summary.tx[i] = (last - first) / unitDays;
    summary.T[i] = (options.asOf - first) / unitDays;
    summary.zbar[i] = x > 0 ? (total - (sums[firstSlot] as number)) / x : 0;
  }
  return { summary, skipped, customerCodes: codes };
}
