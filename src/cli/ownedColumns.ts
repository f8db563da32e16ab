/**
 * Finding what a previous `tiers score` left in a grid: the owned headers (from the output plan)
 * mark the owned columns, so a re-run replaces them (and hides them from header detection)
 * instead of adding a second set.
 */
import type { CellValue } from '../domain/model';
import { ownedHeaderKey } from '../output/ownedColumns';

export interface OwnedBlock {
  /** 0-based row of the header row holding the owned headers. */
  headerRow: number;
  /** 0-based column of each owned header found (any language), by column key. */
  columns: Map<string, number>;
}

const SCAN_ROWS = 10;

/** The owned headers a previous run left in the first rows of a grid, or null. */
export function findOwnedBlock(grid: readonly (readonly CellValue[])[]): OwnedBlock | null {
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.length); r++) {
    const columns = new Map<string, number>();
    (grid[r] ?? []).forEach((v, c) => {
      const key = ownedHeaderKey(v);
      if (key !== undefined && !columns.has(key)) columns.set(key, c);
    });
    if (columns.size > 0) return { headerRow: r, columns };
  }
  return null;
}

/** Blanks the owned columns in place so header detection and validation never see them. */
export function blankOwnedColumns(grid: CellValue[][], block: OwnedBlock): void {
  const cols = [...block.columns.values()];
  for (const row of grid) for (const c of cols) if (c < row.length) row[c] = null;
}

/** Width of a grid: the longest row with a non-empty cell at its end. */
export function gridWidth(grid: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (const row of grid) {
    for (let c = row.length - 1; c >= width; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && v !== '') {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}
