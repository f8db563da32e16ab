/** A1 addresses for what Tiers writes. Every column and row index here is 0-based. */
import { columnLetter } from '../domain/mapping/columnLetter';

export { columnLetter };

/** "C5" for row 4, column 2. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** Items in runs of adjacent positions (0-based), in position order: each run goes out as one rectangle. */
export function contiguousRuns<T>(items: readonly T[], position: (item: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => position(a) - position(b));
  const runs: T[][] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    const tail = last?.[last.length - 1];
    if (last && tail !== undefined && position(tail) + 1 === position(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** 'Sheet name'!$A$2:$A$9: one column from `firstRow` to `lastRow`, for chart series formulas. */
export function absoluteRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const col = columnLetter(column);
  return `'${sheet.replace(/'/g, "''")}'!$${col}$${firstRow + 1}:$${col}$${lastRow + 1}`;
}
