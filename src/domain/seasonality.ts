/**
 * Seasonal index (source 4 of docs/domain.md, docs/domain.md section 8): monthly sales over the months from the first
 * to the last order month (months without orders count as 0); for each calendar month, the
 * average over the years that include it, divided by the average month, as a percentage.
 * Fewer than 36 months of history still gives an index, with a warning.
 * Monthly targets = annual target x index / sum of the twelve indices.
 */
import { civilFromDay } from './dates';
import type { DayNumber } from './model';
import { settle } from './scoring/stats';
import { studyNoticeEnglish, type StudyNotice } from './studyNotices';

export interface Seasonality {
  /** Twelve percentages, January first; 100 = an average month. Null without any sales. */
  index: number[] | null;
  months: number;
  /** What the index says about the data, as codes (worded per language by src/output/studyNoticeWords.ts). */
  notices: StudyNotice[];
  /** The notices in English (studyNoticeEnglish). */
  warnings: string[];
}

const withNotices = (index: number[] | null, months: number, notices: StudyNotice[]): Seasonality => ({ index, months, notices, warnings: notices.map(studyNoticeEnglish) });

export const MIN_SEASONAL_MONTHS = 36;
/** Widest date span (days) given a day -> month table; wider spans convert each row. */
const MAX_DAY_TABLE = 200_000;

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
  const days = new Float64Array(sales.length);
  const amounts = new Float64Array(sales.length);
  for (let r = 0; r < sales.length; r++) {
    const o = sales[r] as DatedAmount;
    days[r] = o.orderDate;
    amounts[r] = o.amount;
  }
  return seasonalIndexOfColumns(days, amounts);
}

/** seasonalIndex of rows given as columns: order day and amount per row. */
export function seasonalIndexOfColumns(days: Float64Array, amounts: Float64Array): Seasonality {
  if (days.length === 0) return withNotices(null, 0, [{ code: 'seasonal-no-sales' }]);
  // Sums per month in an array spanning first..last month (no map per row). Orders cover a few
  // thousand distinct days at most, so month keys come from a table per day of the date span
  // rather than a calendar conversion per row.
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let r = 0; r < days.length; r++) {
    const d = days[r] as number;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const first = monthKey(firstDay);
  const last = monthKey(lastDay);
  const byMonth = new Float64Array(last - first + 1);
  const span = lastDay - firstDay + 1;
  const monthOfDay = new Int32Array(span <= MAX_DAY_TABLE ? span : 0);
  for (let d = 0; d < monthOfDay.length; d++) monthOfDay[d] = monthKey(firstDay + d) - first;
  for (let r = 0; r < days.length; r++) {
    const day = days[r] as number;
    // A day off the table (a fraction, or a span too wide for one) is converted directly.
    const at = monthOfDay[day - firstDay] ?? monthKey(day) - first;
    byMonth[at] = (byMonth[at] as number) + (amounts[r] as number);
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
  const notices: StudyNotice[] = [];
  if (months < MIN_SEASONAL_MONTHS) notices.push({ code: 'seasonal-short-history', months, needed: MIN_SEASONAL_MONTHS });
  if (months < 12) notices.push({ code: 'seasonal-months-without-history' });
  const averageMonth = settle(total) / months;
  if (averageMonth === 0) return withNotices(null, months, [...notices, { code: 'seasonal-zero-sales' }]);
  const index = Array.from(monthSum, (s, m) => {
    const years = monthYears[m] as number;
    return years === 0 ? 0 : (100 * (s / years)) / averageMonth;
  });
  return withNotices(index, months, notices);
}

export function monthlyTargets(annualTarget: number, index: readonly number[]): number[] {
  const sum = index.reduce((a, b) => a + b, 0);
  return index.map((x) => (sum === 0 ? annualTarget / index.length : (annualTarget * x) / sum));
}
