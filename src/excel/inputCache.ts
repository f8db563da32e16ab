/**
 * The grids of the last read, kept so the next run re-reads only the sheets that changed
 * (docs/ARCHITECTURE.md, "Apply after a preview"). Whether a sheet changed is a cheap check made
 * in the reader's existing round trips: the same used rows, and the same values in a sample of rows
 * (the header rows, SAMPLE_ROWS rows spread over the sheet and the last TAIL_ROWS), with Tiers' own
 * columns blanked as in the grid, so the owned columns a run writes do not count as a change.
 * An edit in a row outside the sample goes unseen: a Run with the cache cleared (`clear`) reads all.
 */
import type { CellValue, Grid } from '../domain/model';

export const SAMPLE_ROWS = 32;
export const TAIL_ROWS = 4;

interface Kept {
  grid: CellValue[][];
  rows: number;
  sample: string;
  /** Which read produced the grid: the same id is the same rows. */
  id: number;
}

/** The rows sampled from a sheet of `rows` used rows that starts its data after `headRows` rows. */
export function sampleRowIndexes(rows: number, headRows: number): number[] {
  const out = new Set<number>();
  const body = rows - headRows;
  if (body > 0) for (let k = 0; k < SAMPLE_ROWS; k++) out.add(headRows + Math.floor((k * body) / SAMPLE_ROWS));
  for (let r = Math.max(headRows, rows - TAIL_ROWS); r < rows; r++) out.add(r);
  return [...out].sort((a, b) => a - b);
}

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

/** The sample as one string: rows trimmed of trailing blanks (a wider read of the same cells is the same). */
export function sampleText(heads: readonly (readonly CellValue[])[], rows: readonly (readonly CellValue[])[]): string {
  const trim = (row: readonly CellValue[]): CellValue[] => {
    let end = row.length;
    while (end > 0 && isBlank(row[end - 1])) end--;
    return row.slice(0, end).map((v) => (isBlank(v) ? '' : v));
  };
  return JSON.stringify([heads.map(trim), rows.map(trim)]);
}

export class InputCache {
  private readonly kept = new Map<string, Kept>();
  private reads = 0;

  /** The kept grid of `sheet` when its used rows and sample are as they were; null otherwise. */
  reuse(sheet: string, rows: number, sample: string): { grid: CellValue[][]; id: number } | null {
    const kept = this.kept.get(sheet);
    return kept && kept.rows === rows && kept.sample === sample ? { grid: kept.grid, id: kept.id } : null;
  }

  /** Whether a sample of `sheet` is worth reading (a sheet kept with this many used rows). */
  holds(sheet: string, rows: number): boolean {
    return this.kept.get(sheet)?.rows === rows;
  }

  /** Keeps a freshly read grid; returns the id of this read. */
  keep(sheet: string, grid: CellValue[][], rows: number, sample: string): number {
    const id = ++this.reads;
    this.kept.set(sheet, { grid, rows, sample, id });
    return id;
  }

  /** Keeps only the named sheets (the ones the last read used). */
  retain(sheets: readonly string[]): void {
    for (const name of [...this.kept.keys()]) if (!sheets.includes(name)) this.kept.delete(name);
  }

  clear(): void {
    this.kept.clear();
  }
}

/** Rows of `grid` at `indexes` (missing rows as empty). */
export function rowsAt(grid: Grid, indexes: readonly number[]): CellValue[][] {
  return indexes.map((r) => [...(grid[r] ?? [])]);
}
