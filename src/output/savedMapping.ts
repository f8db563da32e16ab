/**
 * A saved column mapping is a promise about the sheet that the user may since have broken
 * (columns deleted, moved or emptied). One that points at a column holding no data below its
 * header row is dropped, so the domain detects the columns again, and the user is told why;
 * refusing every row for a mapping the user may never have seen helps no one.
 */
import type { CellValue, Grid, SheetKind, SheetMapping } from '../domain/model';
import { inputNoteEnglish, type InputNote } from './inputNoteWords';
import type { SavedMapping } from './savedSettings';

export interface FittedMapping {
  mapping: SavedMapping;
  /** `notes` in English (the CLI's warnings). */
  warnings: string[];
  notes: InputNote[];
}

const isBlank = (v: CellValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function columnIsEmpty(grid: Grid, headerRow: number, column: number): boolean {
  for (let r = headerRow + 1; r < grid.length; r++) if (!isBlank(grid[r]?.[column])) return false;
  return true;
}

/** The first mapped field whose column is empty, or null when the mapping fits the grid. */
function firstEmptyField<K extends SheetKind>(mapping: SheetMapping<K>, grid: Grid): string | null {
  if (mapping.headerRow >= grid.length) return Object.keys(mapping.columns)[0] ?? null;
  for (const [field, column] of Object.entries<number | undefined>(mapping.columns)) {
    if (column !== undefined && columnIsEmpty(grid, mapping.headerRow, column)) return field;
  }
  return null;
}

/** Keeps each saved sheet mapping that fits the grid it will be applied to; drops the others with a warning. */
export function fitSavedMapping(saved: SavedMapping, grids: { orders: { sheet: string; grid: Grid } | null; customers: { sheet: string; grid: Grid } | null }): FittedMapping {
  const mapping: SavedMapping = {};
  const notes: InputNote[] = [];
  const check = <K extends SheetKind>(given: SheetMapping<K> | undefined, target: { sheet: string; grid: Grid } | null): SheetMapping<K> | undefined => {
    if (!given || !target) return given;
    const field = firstEmptyField(given, target.grid);
    if (field === null) return given;
    notes.push({ code: 'saved-mapping-dropped', sheet: target.sheet, field });
    return undefined;
  };
  const orders = check(saved.orders, grids.orders);
  const customers = check(saved.customers, grids.customers);
  if (orders) mapping.orders = orders;
  if (customers) mapping.customers = customers;
  return { mapping, warnings: notes.map(inputNoteEnglish), notes };
}
