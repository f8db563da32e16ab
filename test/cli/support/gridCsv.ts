/** A sheet's grid as the CSV an export would write: its date columns' serials as ISO dates, RFC 4180 quoting. */
import { isoFromDay } from '../../../src/domain/dates';
import type { CellValue } from '../../../src/domain/model';

const SERIAL_OF_EPOCH = 25569;

export function csvOfGrid(grid: readonly (readonly CellValue[])[], dateColumns: ReadonlySet<number>): string {
  const cell = (v: CellValue, c: number): string => {
    if (v === null) return '';
    if (typeof v === 'number' && dateColumns.has(c)) return isoFromDay(Math.floor(v) - SERIAL_OF_EPOCH);
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return grid.map((row, r) => row.map((v, c) => (r === 0 ? String(v) : cell(v, c))).join(',')).join('\n') + '\n';
}
