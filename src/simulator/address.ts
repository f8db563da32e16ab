/** A1-style addresses: parsing and formatting. Grid bounds are Excel's (1,048,576 x 16,384). */
import { ErrorCodes, fail } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export const rectRows = (r: Rect): number => r.r1 - r.r0 + 1;
export const rectCols = (r: Rect): number => r.c1 - r.c0 + 1;
export const rectCells = (r: Rect): number => rectRows(r) * rectCols(r);

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { r?: number; c?: number } | undefined {
  let m = CELL.exec(part);
  if (m) return { c: columnIndex(m[1]!), r: Number(m[2]) - 1 };
  m = COL.exec(part);
  if (m) return { c: columnIndex(m[1]!) };
  m = ROW.exec(part);
  if (m) return { r: Number(m[1]) - 1 };
  return undefined;
}

/** Quote a sheet name when Excel would (anything but letters, digits, underscore, dot). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C10", "Sheet1!A1:B2", "'My Sheet'!A:A", "3:5". Throws InvalidArgument. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, ref } = splitSheet(address.trim().replace(/^=/, ''));
  const [a, b = a] = ref.split(':');
  const p = a === undefined ? undefined : parsePart(a);
  const q = b === undefined ? undefined : parsePart(b);
  // A bare "A" or "3" is not a reference in Excel: whole columns and rows need the colon form.
  const ranged = ref.includes(':');
  const wholeCols = ranged && p && q && p.r === undefined && q.r === undefined && p.c !== undefined && q.c !== undefined;
  const wholeRows = ranged && p && q && p.c === undefined && q.c === undefined && p.r !== undefined && q.r !== undefined;
  const cells = p && q && p.r !== undefined && p.c !== undefined && q.r !== undefined && q.c !== undefined;
  if (!p || !q || !(wholeCols || wholeRows || cells)) return fail(ErrorCodes.invalidArgument, `Invalid address: ${address}`);
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLUMNS - 1;
  const rect = { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  if (rect.r0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) fail(ErrorCodes.invalidArgument, `Address outside the grid: ${address}`);
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Formats like Excel's Range.address: whole columns "A:B", whole rows "1:3", one cell "A1". */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const col = (c: number) => d + columnLetters(c);
  const row = (r: number) => d + String(r + 1);
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) return `${col(rect.c0)}:${col(rect.c1)}`;
  if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1) return `${row(rect.r0)}:${row(rect.r1)}`;
  const first = col(rect.c0) + row(rect.r0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? first : `${first}:${col(rect.c1)}${row(rect.r1)}`;
}

export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(rect, absolute)}`;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 > r.r1 || r.c0 > r.c1 ? undefined : r;
}

export const contains = (outer: Rect, inner: Rect): boolean => inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
