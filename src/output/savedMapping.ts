/**
 * A saved column mapping is a promise about the sheet that the user may since have broken
 * (columns deleted, moved or emptied). One that points at a column holding no data below its
 * header row is dropped, so the domain detects the columns again, and the user is told why;
 * refusing every row for a mapping the user may never have seen helps no one.
 */
import { FIELD_LABELS } from '../domain/mapping/fieldLabels';
import type { CellValue, Grid, SheetKind, SheetMapping } from '../domain/model';
import type { SavedMapping } from './savedSettings';

export interface FittedMapping {
  mapping: SavedMapping;
  warnings: string[];
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

function fieldText(field: string): string {
  return (FIELD_LABELS as Record<string, { en: string } | undefined>)[field]?.en ?? field;
}

/** Keeps each saved sheet mapping that fits the grid it will be applied to; drops the others with a warning. */
export function fitSavedMapping(saved: SavedMapping, grids: { orders: { sheet: string; grid: Grid } | null; customers: { sheet: string; grid: Grid } | null }): FittedMapping {
  const mapping: SavedMapping = {};
  const warnings: string[] = [];
  const check = <K extends SheetKind>(given: SheetMapping<K> | undefined, target: { sheet: string; grid: Grid } | null): SheetMapping<K> | undefined => {
    if (!given || !target) return given;
    const field = firstEmptyField(given, target.grid);
    if (field === null) return given;
    warnings.push(`The saved column mapping no longer fits sheet "${target.sheet}" (column "${fieldText(field)}" is empty); columns were detected again.`);
    return undefined;
  };
  const orders = check(saved.orders, grids.orders);
  const customers = check(saved.customers, grids.customers);
  if (orders) mapping.orders = orders;
  if (customers) mapping.customers = customers;
  return { mapping, warnings };
}
