/** What a grid cell shows: the value formatted by its number format, or the formula when no value is known. */
import { formatText } from '../simulator/numberText';
import type { Sheet } from '../simulator/model';

export function cellText(sheet: Sheet, row: number, column: number): string {
  const cells = sheet.cells;
  const value = cells.values.get(row, column);
  if (value === undefined) return cells.formulas.get(row, column) ?? '';
  return formatText(value, cells.numberFormats.get(row, column));
}

/** The formula bar's text: the formula when there is one, else the raw value. */
export function cellInputText(sheet: Sheet, row: number, column: number): string {
  const cells = sheet.cells;
  const formula = cells.formulas.get(row, column);
  if (formula) return formula;
  const value = cells.values.get(row, column);
  return value === undefined ? '' : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

export function isNumericCell(sheet: Sheet, row: number, column: number): boolean {
  return typeof sheet.cells.values.get(row, column) === 'number';
}
