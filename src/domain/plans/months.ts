/** Plan months as keys (year * 12 + 0-based month, as seasonality's monthKey) and as "YYYY-MM" text. */
import { DAYS_BETWEEN_DATE_SYSTEMS, dayFromExcelSerial } from '../dates';
import type { DayNumber } from '../model';
import { monthKey } from '../seasonality';

/** Texts of the months from year 1900 on, made once each: a plan writes the same few months hundreds of thousands of times. */
const MONTH_TEXT_FROM = 1900 * 12;
const MONTH_TEXTS: (string | undefined)[] = new Array<string | undefined>(300 * 12);

export function monthText(key: number): string {
  const i = key - MONTH_TEXT_FROM;
  if (Number.isInteger(i) && i >= 0 && i < MONTH_TEXTS.length) return (MONTH_TEXTS[i] ??= monthTextOf(key));
  return monthTextOf(key);
}

function monthTextOf(key: number): string {
  const year = Math.floor(key / 12);
  const month = key - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The first plan month for an analysis date: that month when it is its 1st, else the next one. */
export function firstPlanMonth(asOf: DayNumber): number {
  const key = monthKey(asOf);
  return monthKey(asOf - 1) === key ? key + 1 : key;
}

/**
 * "2027-03" (or "2027/3", "2027年3月") or an Excel date serial -> month key; null when neither.
 * `date1904`: the serial counts days in the workbook's 1904 date system (docs/adapter.md, "Dates").
 */
export function monthFromCell(value: unknown, date1904 = false): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return monthKey(dayFromExcelSerial(Math.floor(value) + (date1904 ? DAYS_BETWEEN_DATE_SYSTEMS : 0)));
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:月)?(?:[-/.]\d{1,2})?\s*$/.exec(value);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : null;
}
