/** Date cells: Excel serials (what Excel hands over for a formatted date), yyyymmdd numbers and date texts. */
import { DAYS_BETWEEN_DATE_SYSTEMS, dayFromDateText, dayFromCivil, dayFromExcelSerial, isAcceptedDay, isValidCivil, type DateOrder, type DateTextFailure } from '../dates';
import type { CellValue, DayNumber } from '../model';
import { asciiText, BLANK, excelErrorRejection, isBlankCell, rejection, type Rejection } from './rejection';

const OUT_OF_RANGE = rejection('date-out-of-range');
const FAKE_LEAP_DAY = rejection('fake-leap-day');
const BOOLEAN_NOT_DATE = rejection('boolean-not-date');
const NOT_A_DATE = rejection('not-a-date');
const NO_SUCH_DATE = rejection('no-such-date');
const AMBIGUOUS_ORDER = rejection('ambiguous-date-order');
const TEXT_FAILURE: Record<DateTextFailure, Rejection> = { 'not a date': NOT_A_DATE, 'no such date': NO_SUCH_DATE, 'ambiguous day/month order': AMBIGUOUS_ORDER };

/** 20240305 typed as a number: too large to be a serial before 2100, so read as yyyymmdd. */
function dayFromCompactNumber(value: number): DayNumber {
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : NaN;
}

/** `date1904`: numbers are serials of Excel's 1904 date system (ReadOptions.date1904). */
export function parseDateCell(value: CellValue | undefined, order: DateOrder, date1904 = false): DayNumber | Rejection {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return NOT_A_DATE;
    const compact = Number.isInteger(value) && value >= 10000101 && value <= 99991231;
    const serial = date1904 && !compact ? value + DAYS_BETWEEN_DATE_SYSTEMS : value;
    if (!compact && Math.floor(serial) === 60) return FAKE_LEAP_DAY;
    const day = compact ? dayFromCompactNumber(value) : dayFromExcelSerial(serial);
    if (Number.isNaN(day)) return compact ? NOT_A_DATE : OUT_OF_RANGE;
    return isAcceptedDay(day) ? day : OUT_OF_RANGE;
  }
  if (isBlankCell(value)) return BLANK;
  if (typeof value === 'boolean') return BOOLEAN_NOT_DATE;
  const text = value as string;
  const error = excelErrorRejection(text);
  if (error) return error;
  const day = dayFromDateText(asciiText(text), order);
  if (typeof day === 'string') return TEXT_FAILURE[day];
  return isAcceptedDay(day) ? day : OUT_OF_RANGE;
}
