/**
 * Seasonal index (seed 004, DOMAIN.md section 8): monthly sales over the months from the first
 * to the last order month (months without orders count as 0); for each calendar month, the
 * average over the years that include it, divided by the average month, as a percentage.
 * Fewer than 36 months of history still gives an index, with a warning.
 * Monthly targets = annual target x index / sum of the twelve indices.
 */
import { civilFromDay } from './dates';
import type { DayNumber } from './model';
import { settle } from './scoring/stats';

export interface Seasonality {
  /** Twelve percentages, January first; 100 = an average month. Null without any sales. */
  index: number[] | null;
  months: number;
  warnings: string[];
}

export const MIN_SEASONAL_MONTHS = 36;

/** year * 12 + 0-based month of a day number. */
export function monthKey(day: DayNumber): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
}

/** Sales rows: order rows qualify as they are. */
export interface DatedAmount {
  orderDate: DayNumber;
  amount: number;
}

export function seasonalIndex(sales: readonly DatedAmount[]): Seasonality {
  if (sales.length === 0) return { index: null, months: 0, warnings: ['No sales to compute a seasonal index from.'] };
  // Month keys first, then sums in an array spanning first..last month (no map per row).
  const keys = new Float64Array(sales.length);
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < sales.length; r++) {
    const k = monthKey((sales[r] as DatedAmount).orderDate);
    keys[r] = k;
    if (k < first) first = k;
    if (k > last) last = k;
  }
  const byMonth = new Float64Array(last - first + 1);
  for (let r = 0; r < sales.length; r++) {
    const at = (keys[r] as number) - first;
    byMonth[at] = (byMonth[at] as number) + (sales[r] as DatedAmount).amount;
  }
  const monthSum = new Float64Array(12);
  const monthYears = new Float64Array(12);
  let total = 0;
  for (let k = first; k <= last; k++) {
    const v = settle(byMonth[k - first] as number);
    const m = ((k % 12) + 12) % 12;
    monthSum[m] = (monthSum[m] as number) + v;
    monthYears[m] = (monthYears[m] as number) + 1;
    total += v;
  }
  const months = last - first + 1;
  const warnings: string[] = [];
  if (months < MIN_SEASONAL_MONTHS) {
    warnings.push(`Seasonal index from ${months} months of sales; at least ${MIN_SEASONAL_MONTHS} (three years) are needed for a reliable one.`);
  }
  if (months < 12) warnings.push('Some calendar months have no sales history; their index is 0.');
  const averageMonth = settle(total) / months;
  if (averageMonth === 0) return { index: null, months, warnings: [...warnings, 'Total sales are zero.'] };
  const index = Array.from(monthSum, (s, m) => {
    const years = monthYears[m] as number;
    return years === 0 ? 0 : (100 * (s / years)) / averageMonth;
  });
  return { index, months, warnings };
}

export function monthlyTargets(annualTarget: number, index: readonly number[]): number[] {
  const sum = index.reduce((a, b) => a + b, 0);
  return index.map((x) => (sum === 0 ? annualTarget / index.length : (annualTarget * x) / sum));
}
