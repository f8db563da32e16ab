/**
 * The customer sheet's other numeric columns, for custom profiles ("build an indicator from any
 * numeric column"): every column the mapping did not claim, keyed by its header text, with each
 * customer's number (null where the cell is blank or not a number). A column with no number at
 * all is left out.
 */
import type { ExtraColumns } from '../indicators/types';
import type { Grid, SheetMapping } from '../model';
import { parseNumberCell } from './numbers';
import { normaliseId } from './textCells';

export function extraCustomerColumns(grid: Grid, mapping: SheetMapping<'customers'>, decimalComma: boolean): ExtraColumns {
  const idColumn = mapping.columns.customerId;
  const header = grid[mapping.headerRow];
  if (idColumn === undefined || !header) return {};
  const claimed = new Set<number>(Object.values(mapping.columns).filter((c): c is number => typeof c === 'number'));
  const out: Record<string, Map<string, number | null>> = {};
  header.forEach((cell, column) => {
    const name = typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
    if (claimed.has(column) || name === '' || name in out) return;
    const values = new Map<string, number | null>();
    let numbers = 0;
    for (let r = mapping.headerRow + 1; r < grid.length; r++) {
      const id = normaliseId(grid[r]?.[idColumn]);
      if (typeof id !== 'string' || values.has(id)) continue;
      const value = parseNumberCell(grid[r]?.[column], decimalComma);
      if (typeof value === 'number') numbers++;
      values.set(id, typeof value === 'number' ? value : null);
    }
    if (numbers > 0) out[name] = values;
  });
  return out;
}
