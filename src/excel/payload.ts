/**
 * Keeping every round trip under Excel's limits: 5 MB per request and per response on the web,
 * 5,000,000 cells per read (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * We size blocks from measured JSON bytes and aim below the cap, leaving room for the envelope.
 */
import type { CellValue } from '../domain/model';

export const PAYLOAD_CAP_BYTES = 5_000_000;
/** Target bytes per round trip: 88% of the cap, so estimation error never reaches it. */
export const SYNC_BUDGET_BYTES = 4_400_000;
export const READ_CELL_CAP = 5_000_000;
/** Guess for the first block, before any row has been measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 24;
/** Per queued action (method name, ids, argument wrapper): generous, like Office.js's JSON. */
export const ACTION_BYTES = 200;

// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

function textBytes(s: string): number {
  let n = s.length + 2;
  const escapes = s.match(ESCAPED);
  if (escapes) n += escapes.length * 5;
  if (NON_ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code >= 0x800) n += 2;
      else if (code >= 0x80) n += 1;
    }
  }
  return n;
}

export function cellBytes(v: CellValue | undefined): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return textBytes(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  return v ? 4 : 5;
}

export function rowBytes(row: readonly CellValue[]): number {
  let n = 1 + Math.max(1, row.length);
  for (const v of row) n += cellBytes(v);
  return n;
}

/** Bytes of JSON.stringify(rows) (an upper bound when strings need escapes), without building the string. */
export function blockBytes(rows: readonly (readonly CellValue[])[]): number {
  let n = 1 + Math.max(1, rows.length);
  for (const row of rows) n += rowBytes(row);
  return n;
}

/** Rows per read block for `columns` columns, given bytes per row measured so far (or a guess). */
export function rowsPerBlock(columns: number, bytesPerRow: number | null, budget = SYNC_BUDGET_BYTES): number {
  const perRow = bytesPerRow ?? columns * FIRST_GUESS_BYTES_PER_CELL;
  const byBytes = Math.floor(budget / Math.max(1, perRow));
  const byCells = Math.floor(READ_CELL_CAP / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Splits rows into consecutive chunks of at most `budget` JSON bytes each (at least one row). */
export function chunkRows<T extends readonly CellValue[]>(rows: readonly T[], budget = SYNC_BUDGET_BYTES - 100_000): { start: number; rows: T[]; bytes: number }[] {
  const out: { start: number; rows: T[]; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const size = rowBytes(rows[r] as T) + (r > start ? 1 : 0);
    if (r > start && bytes + size > budget) {
      out.push({ start, rows: rows.slice(start, r), bytes });
      start = r;
      bytes = 2 + size - 1;
      continue;
    }
    bytes += size;
  }
  if (rows.length > start) out.push({ start, rows: rows.slice(start), bytes });
  return out;
}
