/**
 * Which day the figures are "as of" (docs/scoring.md, "Analysis date"). A date the manager sets is
 * used when it lies between the first order and today; blank means today, unless the last order is
 * more than a month before today (a workbook of past years): then the day after the last order,
 * so a finished history is not scored as if every customer had stopped buying since.
 */
import { civilFromDay, dayFromCivil, dayFromIso, isoFromDay } from './dates';
import type { DayNumber } from './model';
import { refusal, type Refusal } from './refusals';
import type { ProblemValues } from './validation/problemCodes';

export type AnalysisDateReason = 'configured' | 'today' | 'after-last-order';

export interface AnalysisDate {
  day: DayNumber;
  reason: AnalysisDateReason;
  /** The last order day in the data (NaN without orders), for saying why. */
  lastOrder: DayNumber;
  /** Plain words: which date and why. */
  message: string;
}

/** `refusal`: the same as a code for the pane to word (src/domain/refusals.ts); `message` in English. */
export type AnalysisDateRefusal = { code: 'not-a-date' | 'after-today' | 'before-first-order'; message: string; refusal: Refusal };

function refused(code: AnalysisDateRefusal['code'], values: ProblemValues): { refused: AnalysisDateRefusal } {
  const why = refusal(`analysis-date-${code}`, values);
  return { refused: { code, message: why.message, refusal: { code: why.code, values: why.values } } };
}

/** Thrown by scoreCustomers for a date the manager set that cannot be used; the message says why. */
export class AnalysisDateError extends Error {
  constructor(readonly refusal: AnalysisDateRefusal) {
    super(refusal.message);
    this.name = 'AnalysisDateError';
  }
}

/** The same day one calendar month earlier (the 31st falls back to the month's last day). */
export function oneMonthBefore(day: DayNumber): DayNumber {
  const { year, month, day: d } = civilFromDay(day);
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  const last = civilFromDay(dayFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
  return dayFromCivil(y, m, Math.min(d, last));
}

/**
 * `configured`: the configuration's ISO date or null (blank). `firstOrder`/`lastOrder`: the
 * earliest and latest order day in the data (NaN when there are no orders).
 */
export function resolveAnalysisDate(configured: string | null, today: DayNumber, firstOrder: DayNumber, lastOrder: DayNumber): AnalysisDate | { refused: AnalysisDateRefusal } {
  if (configured !== null) {
    const day = dayFromIso(configured);
    if (Number.isNaN(day)) return refused('not-a-date', { date: configured });
    if (day > today) return refused('after-today', { date: configured, today: isoFromDay(today) });
    if (day < firstOrder) return refused('before-first-order', { date: configured, first: isoFromDay(firstOrder) });
    return { day, reason: 'configured', lastOrder, message: `Analysis date ${configured}, as set.` };
  }
  if (lastOrder + 1 < oneMonthBefore(today)) {
    const day = lastOrder + 1;
    return {
      day,
      reason: 'after-last-order',
      lastOrder,
      message: `Analysis date ${isoFromDay(day)}, the day after the last order: the last order (${isoFromDay(lastOrder)}) is more than a month before today (${isoFromDay(today)}). Set a date to score as of another day.`,
    };
  }
  return { day: today, reason: 'today', lastOrder, message: `Analysis date ${isoFromDay(today)}, today.` };
}
