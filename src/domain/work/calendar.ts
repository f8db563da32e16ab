/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 UTC) for the follow-up rules:
 * calendar months, month-days that recur yearly, weeks, and the two cell forms a date takes in
 * an owned table (Excel serial number or ISO text).
 */
import type { CellValue, DayNumber } from '../model';

const MS_PER_DAY = 86_400_000;
/** Excel serial number of 1970-01-01 (valid for every date after 1900-03-01). */
export const EXCEL_SERIAL_OF_DAY_ZERO = 25_569;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** A date that recurs every year (a birthday, a fixed-date holiday). */
export interface MonthDay {
  month: number; // 1-12
  day: number; // 1-31
}

export function toCalendar(day: DayNumber): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function fromCalendar(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return toCalendar(fromCalendar(year, month + 1, 1) - 1).day;
}

/** Adds calendar months, clamping to the last day of a shorter month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dom } = toCalendar(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return fromCalendar(targetYear, targetMonth, Math.min(dom, daysInMonth(targetYear, targetMonth)));
}

export function startOfMonth(day: DayNumber): DayNumber {
  const { year, month } = toCalendar(day);
  return fromCalendar(year, month, 1);
}

export function endOfMonth(day: DayNumber): DayNumber {
  const { year, month } = toCalendar(day);
  return fromCalendar(year, month, daysInMonth(year, month));
}

/** The date a month-day falls on in a year; Feb 29 falls on Feb 28 in common years. */
export function occurrenceInYear(monthDay: MonthDay, year: number): DayNumber {
  return fromCalendar(year, monthDay.month, Math.min(monthDay.day, daysInMonth(year, monthDay.month)));
}

/** 0 = Sunday ... 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** First day of the week holding `day`, for a week starting on `weekStartsOn` (0 = Sunday). */
export function startOfWeek(day: DayNumber, weekStartsOn: number): DayNumber {
  return day - ((weekday(day) - weekStartsOn + 7) % 7);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDate(day: DayNumber): string {
  const { year, month, day: dom } = toCalendar(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dom, 2)}`;
}

export function monthKey(day: DayNumber): string {
  return isoDate(day).slice(0, 7);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO `YYYY-MM-DD` text to a day number; null when it is not a real date. */
export function parseIsoDate(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, dom] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || dom < 1 || dom > daysInMonth(year, month)) return null;
  return fromCalendar(year, month, dom);
}

export function dayToExcelSerial(day: DayNumber): number {
  return day + EXCEL_SERIAL_OF_DAY_ZERO;
}

/** A date cell of an owned table: an Excel serial number or ISO text; "" and null are no date. */
export function dayFromCell(value: CellValue): DayNumber | null | 'invalid' {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.floor(value) - EXCEL_SERIAL_OF_DAY_ZERO : 'invalid';
  if (typeof value === 'string') return parseIsoDate(value) ?? 'invalid';
  return 'invalid';
}
