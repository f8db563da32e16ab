/**
 * Sort and filter in the workbench grid, as Excel offers them: on an Excel table's header row (its
 * filter buttons) and on the sheet's AutoFilter range (Data > Filter; Worksheet.autoFilter), and
 * nowhere else. Every action goes through the simulator's workbook (Workbook.sortRows,
 * applyTableFilter, applySheetFilter), the state `table.autoFilter` and `worksheet.autoFilter`
 * answer from, so the grid, the API and the add-in see one sorted, filtered sheet.
 */
import type { Rect } from '../simulator/address';
import type { Sheet, Workbook } from '../simulator/model';
import type { FilterCriteria } from '../simulator/rowVisibility';
import { cellText } from './cellText';

export type FilterRegion = { kind: 'table'; tableId: string; name: string; rect: Rect } | { kind: 'range'; rect: Rect };

/** The regions of a sheet whose header cells carry a sort-and-filter button: its tables' and its AutoFilter's. */
export function filterRegions(workbook: Workbook, sheet: Sheet): FilterRegion[] {
  const tables = workbook.tables
    .filter((t) => t.sheetId === sheet.id && t.showFilterButton && t.showHeaders)
    .map((t): FilterRegion => ({ kind: 'table', tableId: t.id, name: t.name, rect: { ...t.rect } }));
  return sheet.autoFilter ? [...tables, { kind: 'range', rect: { ...sheet.autoFilter.rect } }] : tables;
}

/**
 * Where Data > Filter (Ctrl+Shift+L) puts an AutoFilter on a sheet that has none: the used range,
 * when its first row is a header row (text only) and it overlaps no table. Excel takes the current
 * region of the active cell; for a sheet holding one block of data that is the same range.
 */
export function filterableRange(workbook: Workbook, sheet: Sheet): Rect | null {
  const used = workbook.usedRect(sheet.id, true);
  if (!used || used.r1 <= used.r0) return null;
  if (workbook.tables.some((t) => t.sheetId === sheet.id && t.rect.r0 <= used.r1 && used.r0 <= t.rect.r1 && t.rect.c0 <= used.c1 && used.c0 <= t.rect.c1)) return null;
  const head = sheet.cells.values.readBlock({ ...used, r1: used.r0 })[0] ?? [];
  const filled = head.filter((v) => v !== undefined && v !== '');
  if (filled.length < 2 || filled.some((v) => typeof v !== 'string')) return null;
  return used;
}

/** Data > Filter: turns the sheet's AutoFilter off when it has one, else on over `filterableRange`. Whether one is on afterwards. */
export function toggleSheetFilter(workbook: Workbook, sheet: Sheet): boolean {
  if (sheet.autoFilter) {
    workbook.removeSheetFilter(sheet.id);
    return false;
  }
  const rect = filterableRange(workbook, sheet);
  if (rect) workbook.applySheetFilter(sheet.id, rect);
  return rect !== null;
}

/** The region whose header row holds the cell (row, column), if any. */
export function headerRegion(regions: readonly FilterRegion[], row: number, column: number): FilterRegion | undefined {
  return regions.find((g) => g.rect.r0 === row && g.rect.c0 <= column && column <= g.rect.c1);
}

/** The criteria now on a column of a region (undefined = not filtered). */
export function columnCriteria(workbook: Workbook, sheet: Sheet, region: FilterRegion, column: number): FilterCriteria | undefined {
  const index = column - region.rect.c0;
  if (region.kind === 'table') return workbook.table(region.tableId).filters.find((f) => f.columnIndex === index)?.criteria;
  const filter = sheet.autoFilter;
  return filter && filter.rect.r0 === region.rect.r0 && filter.rect.c0 === region.rect.c0 ? filter.filters.find((f) => f.columnIndex === index)?.criteria : undefined;
}

export interface ValueChoice {
  /** The text the cell shows ('' for an empty cell, listed as "(Blanks)"). */
  text: string;
  checked: boolean;
}

/** The distinct shown texts of a column's body cells, in Excel's list order (sorted, blanks last), ticked as the filter has them. */
export function valueChoices(workbook: Workbook, sheet: Sheet, region: FilterRegion, column: number): ValueChoice[] {
  const texts = new Set<string>();
  for (let r = region.rect.r0 + 1; r <= region.rect.r1; r++) texts.add(cellText(sheet, r, column));
  const criteria = columnCriteria(workbook, sheet, region, column);
  const wanted = criteria?.filterOn === 'Values' ? new Set((criteria.values ?? []).map((v) => v.toLowerCase())) : null;
  const sorted = [...texts].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
  return sorted.map((text) => ({ text, checked: wanted ? wanted.has(text.toLowerCase()) : true }));
}

/** Sort A to Z (ascending) or Z to A by a column: whole rows of the region move. */
export function sortBy(workbook: Workbook, sheet: Sheet, region: FilterRegion, column: number, ascending: boolean): void {
  workbook.sortRows(sheet.id, region.rect, column, ascending);
}

/** Keeps the rows whose cell in `column` shows one of `texts`; null clears the column's filter. */
export function filterBy(workbook: Workbook, sheet: Sheet, region: FilterRegion, column: number, texts: readonly string[] | null): void {
  const index = column - region.rect.c0;
  if (region.kind === 'table') {
    if (texts === null) workbook.clearTableFilter(region.tableId, index);
    else workbook.applyTableFilter(region.tableId, index, { filterOn: 'Values', values: [...texts] });
  } else if (texts === null) workbook.clearSheetFilter(sheet.id, index);
  else workbook.applySheetFilter(sheet.id, region.rect, index, { filterOn: 'Values', values: [...texts] });
}

/** The rows the grid shows: all but the hidden ones (Excel hides filtered rows). */
export function visibleRows(sheet: Sheet, rows: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) if (!sheet.hiddenRows.has(r)) out.push(r);
  return out;
}
