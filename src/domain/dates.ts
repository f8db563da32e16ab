/**
 * Day numbers (days since 1970-01-01 UTC) to and from Excel serials, ISO text and the date texts
 * sales teams type. Civil-date arithmetic is done with integer formulas (H. Hinnant's
 * days_from_civil), not `Date`, because this runs on every date cell of a million-row sheet.
 */
import type { DayNumber } from './model';

/** Order of day, month and year in year-last dates such as 05/03/2024. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** Excel serial 25569 is 1970-01-01 in the 1900 date system. */
const SERIAL_OF_EPOCH = 25569;
/**
 * Excel's 1904 date system (serial 0 = 1904-01-01) counts the same day 1,462 lower than the 1900
 * system (learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export const DAYS_BETWEEN_DATE_SYSTEMS = 1462;
/** Excel counts a 1900-02-29 that never was (serial 60, kept from Lotus 1-2-3). */
const FAKE_LEAP_DAY_SERIAL = 60;

export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= max;
}

/** The dates we accept in a sheet: 1900-01-01 to 2100-12-31. */
export const FIRST_ACCEPTED_DAY: DayNumber = dayFromCivil(1900, 1, 1);
export const LAST_ACCEPTED_DAY: DayNumber = dayFromCivil(2100, 12, 31);

export function isAcceptedDay(day: DayNumber): boolean {
  return day >= FIRST_ACCEPTED_DAY && day <= LAST_ACCEPTED_DAY;
}

/**
 * Day of an Excel (1900 system) serial; a time fraction is dropped. NaN for serial 60 (the
 * non-existent 1900-02-29), for serials below 1 and for non-finite input.
 */
export function dayFromExcelSerial(serial: number): DayNumber {
  if (!Number.isFinite(serial) || serial < 1) return NaN;
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY_SERIAL) return NaN;
  return whole < FAKE_LEAP_DAY_SERIAL ? whole - SERIAL_OF_EPOCH + 1 : whole - SERIAL_OF_EPOCH;
}

/** Excel (1900 system) serial of a day; days before 1900-03-01 skip the fake leap day. */
export function excelSerialFromDay(day: DayNumber): number {
  const serial = day + SERIAL_OF_EPOCH;
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoFromDay(day: DayNumber): string {
  const { year, month, day: d } = civilFromDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day of a strict ISO date "YYYY-MM-DD"; NaN when the text is not one or the date does not exist. */
export function dayFromIso(text: string): DayNumber {
  const m = ISO_DATE.exec(text);
  if (!m) return NaN;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/** Fast path for the commonest date text, "YYYY-MM-DD": undefined when the text has another shape. */
function dayFromIsoCodes(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (Number.isNaN(year + month + day)) return undefined;
  return dayFromParts(year, month, day);
}

function dayFromParts(year: number, month: number, day: number): DayNumber {
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : NaN;
}

/** Why a date text could not be read; the parser returns one of these instead of a day. */
export type DateTextFailure = 'not a date' | 'no such date' | 'ambiguous day/month order';

const TIME_SUFFIX = String.raw`(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_SUFFIX}$`);
const YEAR_FIRST_CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME_SUFFIX}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME_SUFFIX}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/**
 * Taiwan's Minguo (ROC) calendar, which its ERPs and government forms write: year 1 is 1912. With a
 * 民國 prefix any year of one to three digits; without it only a three-digit year (民國 100 is 2011),
 * which no Gregorian date text has, so "114/03/05" is read as 2025-03-05 and "99/03/05" stays no date.
 */
const MINGUO_OFFSET = 1911;
const MINGUO_PREFIXED = new RegExp(String.raw`^(?:中華|中华)?(?:民國|民国)\s*(\d{1,3})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|([-/.])(\d{1,2})\4(\d{1,2}))${TIME_SUFFIX}$`);
const MINGUO_YEAR_FIRST = new RegExp(String.raw`^(\d{3})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|([-/.])(\d{1,2})\4(\d{1,2}))${TIME_SUFFIX}$`);
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTHNAME_YEAR = /^(\d{1,2})[\s\-/.]*([A-Za-z]{3,9})\.?[\s\-/.,]*(\d{4})$/;
const MONTHNAME_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})$/;

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.indexOf(lower.slice(0, 3));
  if (index < 0) return NaN;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][index] ?? '';
  return lower.length === 3 || full.startsWith(lower) || lower === 'sept' ? index + 1 : NaN;
}

function dayOrFailure(year: number, month: number, day: number): DayNumber | DateTextFailure {
  const result = dayFromParts(year, month, day);
  return Number.isNaN(result) ? 'no such date' : result;
}

/**
 * Reads a trimmed, ASCII-normalised date text. Year-first, Chinese and Minguo forms and month
 * names are unambiguous; a year-last date is read by whichever of its first two numbers can only be a day,
 * else by `order` ('YMD' cannot place them, so such a date is reported as ambiguous).
 */
export function dayFromDateText(text: string, order: DateOrder): DayNumber | DateTextFailure {
  const iso = dayFromIsoCodes(text);
  if (iso !== undefined) return Number.isNaN(iso) ? 'no such date' : iso;
  let m = YEAR_FIRST.exec(text) ?? YEAR_FIRST_CHINESE.exec(text);
  if (m) {
    const monthIndex = m.length === 5 ? 3 : 2;
    return dayOrFailure(Number(m[1]), Number(m[monthIndex]), Number(m[monthIndex + 1]));
  }
  m = YEAR_LAST.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const year = Number(m[4]);
    const dayFirst = resolveDayFirst(first, second, m[2] === '.', order);
    if (dayFirst === null) return 'ambiguous day/month order';
    return dayFirst ? dayOrFailure(year, second, first) : dayOrFailure(year, first, second);
  }
  m = COMPACT.exec(text);
  if (m) return dayOrFailure(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MINGUO_PREFIXED.exec(text) ?? MINGUO_YEAR_FIRST.exec(text);
  if (m) return dayOrFailure(Number(m[1]) + MINGUO_OFFSET, Number(m[2] ?? m[5]), Number(m[3] ?? m[6]));
  m = DAY_MONTHNAME_YEAR.exec(text);
  if (m) return dayOrFailure(Number(m[3]), monthFromName(m[2] ?? ''), Number(m[1]));
  m = MONTHNAME_DAY_YEAR.exec(text);
  if (m) return dayOrFailure(Number(m[3]), monthFromName(m[1] ?? ''), Number(m[2]));
  return 'not a date';
}

/** true: day first; false: month first; null: cannot tell. Dotted dates (05.03.2024) are day-first by convention. */
function resolveDayFirst(first: number, second: number, dotted: boolean, order: DateOrder): boolean | null {
  if (first > 12 && second <= 12) return true;
  if (second > 12 && first <= 12) return false;
  if (order === 'DMY') return true;
  if (order === 'MDY') return false;
  return dotted ? true : null;
}

/** Order dates inferDateOrder looks at (the first ones of the sheet). */
export const DATE_ORDER_SAMPLE = 20000;

/** Year-last date texts reveal their order when one of the first two numbers exceeds 12. */
export function inferDateOrder(values: Iterable<unknown>, limit = DATE_ORDER_SAMPLE): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  let seen = 0;
  for (const value of values) {
    if (seen++ >= limit) break;
    if (typeof value !== 'string') continue;
    const m = YEAR_LAST.exec(value.trim());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (dayFirst > monthFirst) return 'DMY';
  if (monthFirst > dayFirst) return 'MDY';
  return null;
}
