import {
  addMonths,
  dayFromCell,
  dayToExcelSerial,
  endOfMonth,
  fromCalendar,
  isoDate,
  monthKey,
  occurrenceInYear,
  parseIsoDate,
  startOfMonth,
  startOfWeek,
  toCalendar,
  weekday,
} from '../../../src/domain/work/calendar';

const day = (iso: string): number => {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(iso);
  return d;
};

describe('calendar on day numbers', () => {
  it('anchors day 0 at 1970-01-01 and knows known dates', () => {
    expect(fromCalendar(1970, 1, 1)).toBe(0);
    expect(fromCalendar(2000, 3, 1)).toBe(11017);
    expect(toCalendar(11017)).toEqual({ year: 2000, month: 3, day: 1 });
    expect(isoDate(-1)).toBe('1969-12-31');
  });

  it('clamps month arithmetic to the end of shorter months, leap years included', () => {
    expect(isoDate(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(isoDate(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoDate(addMonths(day('2025-11-30'), 3))).toBe('2026-02-28');
    expect(isoDate(addMonths(day('2026-03-15'), -3))).toBe('2025-12-15');
    expect(isoDate(addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
  });

  it('finds month boundaries', () => {
    expect(isoDate(startOfMonth(day('2024-02-17')))).toBe('2024-02-01');
    expect(isoDate(endOfMonth(day('2024-02-17')))).toBe('2024-02-29');
    expect(isoDate(endOfMonth(day('2023-02-17')))).toBe('2023-02-28');
    expect(monthKey(day('2026-12-31'))).toBe('2026-12');
  });

  it('places Feb 29 on Feb 28 in common years', () => {
    expect(isoDate(occurrenceInYear({ month: 2, day: 29 }, 2025))).toBe('2025-02-28');
    expect(isoDate(occurrenceInYear({ month: 2, day: 29 }, 2028))).toBe('2028-02-29');
  });

  it('knows weekdays and week starts', () => {
    expect(weekday(0)).toBe(4); // Thursday
    expect(weekday(day('2026-11-22'))).toBe(0); // a Sunday
    expect(isoDate(startOfWeek(day('2026-11-22'), 1))).toBe('2026-11-16');
    expect(isoDate(startOfWeek(day('2026-11-22'), 0))).toBe('2026-11-22');
  });

  it('rejects impossible ISO dates and reads table cells', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('26-02-01')).toBeNull();
    expect(dayFromCell('')).toBeNull();
    expect(dayFromCell(dayToExcelSerial(day('2026-05-04')))).toBe(day('2026-05-04'));
    expect(dayFromCell(45000)).toBe(45000 - 25569);
    expect(dayFromCell('2026-05-04')).toBe(day('2026-05-04'));
    expect(dayFromCell('tomorrow')).toBe('invalid');
    expect(dayFromCell(true)).toBe('invalid');
  });
});
