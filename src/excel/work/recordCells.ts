/** Shared pieces of the record <-> table row codecs: cells by field name, dates, flags, labels. */
import type { CellValue, DayNumber } from '../../domain/model';
import { dayFromCell, dayToExcelSerial, isWorkWord } from '../../domain/work';
import { cellByHeader, type OwnedColumn } from './ownedTable';

export type ColumnSet = Record<string, OwnedColumn>;

/** A row in the order of `Object.values(columns)`, the order the table spec lists them in. */
export function rowFromFields<C extends ColumnSet>(columns: C, fields: Record<keyof C, CellValue>): CellValue[] {
  return (Object.keys(columns) as (keyof C)[]).map((name) => fields[name] ?? '');
}

/** Reads a row's cells by field name, finding columns by header text. */
export function fieldReader<C extends ColumnSet>(columns: C, headers: readonly string[]): (row: readonly CellValue[]) => (field: keyof C) => CellValue {
  const cell = cellByHeader(headers);
  return (row) => (field) => cell(row, columns[field]?.header ?? '');
}

export const dateCell = (day: DayNumber | null): CellValue => (day === null ? '' : dayToExcelSerial(day));
export const textOf = (value: CellValue): string => String(value ?? '').trim();

/** A date cell read back; `undefined` when the cell holds something that is not a date. */
export function dayOf(value: CellValue): DayNumber | null | undefined {
  const day = dayFromCell(value);
  return day === 'invalid' ? undefined : day;
}

const TRUE_TEXT = new Set(['true', 'yes', 'y', '1', 'x', '✓', '是']);
export function flagOf(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return TRUE_TEXT.has(
    String(value ?? '')
      .trim()
      .toLowerCase(),
  );
}

/**
 * An enum cell read back: the stable id, or its label in English, Simplified or Traditional
 * Chinese (people type any; a workbook's language may change between writes).
 * `labelKey` names the id's label in WORK_MESSAGES, e.g. (id) => `followUp.type.${id}`.
 */
export function enumOf<T extends string>(value: CellValue, ids: readonly T[], labelKey: (id: T) => string): T | undefined {
  const text = textOf(value);
  const lower = text.toLowerCase();
  return ids.find((id) => id.toLowerCase() === lower || isWorkWord(labelKey(id), text));
}
