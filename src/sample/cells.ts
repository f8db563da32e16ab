/** How the sample writes dates and money into cells. */
import { excelSerialFromDay, isoFromDay } from '../domain/dates';
import type { CellValue, DayNumber } from '../domain/model';

/** Dates as Excel hands them over (serial numbers) or as ISO text ("2024-03-05"). */
export type SampleDateMode = 'serial' | 'iso';

export type DateWriter = (day: DayNumber) => CellValue;

export function dateWriter(mode: SampleDateMode): DateWriter {
  return mode === 'iso' ? isoFromDay : excelSerialFromDay;
}

/** A date cell that is empty ("", as Excel gives an empty cell) when the day is not yet reached. */
export function dateUpTo(write: DateWriter, day: DayNumber, lastKnownDay: DayNumber): CellValue {
  return day <= lastKnownDay ? write(day) : '';
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
