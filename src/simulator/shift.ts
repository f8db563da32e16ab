/**
 * How a rectangle (table, chart source, named item, conditional format) moves when cells are
 * inserted or deleted, as Excel does it: references below/right of the edit move, references that
 * the edit cuts through grow or shrink, references wholly deleted become #REF!.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';

export interface ShiftOp {
  /** 'columns': cells move horizontally (insert shift Right / delete shift Left). */
  axis: 'rows' | 'columns';
  kind: 'insert' | 'delete';
  at: number;
  count: number;
  /** Extent of the edit across the other axis (rows for a column shift). */
  from: number;
  to: number;
}

export type ShiftResult = { rect: Rect } | { deleted: true } | { conflict: true };

export function shiftRect(rect: Rect, op: ShiftOp): ShiftResult {
  const cols = op.axis === 'columns';
  const [a0, a1] = cols ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
  const [b0, b1] = cols ? [rect.r0, rect.r1] : [rect.c0, rect.c1];
  const max = (cols ? MAX_COLUMNS : MAX_ROWS) - 1;
  const build = (n0: number, n1: number): ShiftResult => ({
    rect: cols ? { ...rect, c0: n0, c1: Math.min(n1, max) } : { ...rect, r0: n0, r1: Math.min(n1, max) },
  });
  if (op.to < b0 || op.from > b1) return { rect };
  const end = op.at + op.count - 1;
  // Cells at or left of/above the rectangle's far edge move: the rectangle would be split.
  const touches = op.at <= a1;
  if (!(op.from <= b0 && op.to >= b1)) return touches ? { conflict: true } : { rect };
  if (op.kind === 'insert') {
    if (op.at <= a0) return a0 + op.count > max ? { deleted: true } : build(a0 + op.count, a1 + op.count);
    if (op.at <= a1) return build(a0, a1 + op.count);
    return { rect };
  }
  if (end < a0) return build(a0 - op.count, a1 - op.count);
  if (op.at > a1) return { rect };
  const overlap = Math.min(end, a1) - Math.max(op.at, a0) + 1;
  const remaining = a1 - a0 + 1 - overlap;
  if (remaining <= 0) return { deleted: true };
  const n0 = Math.min(a0, op.at);
  return build(n0, n0 + remaining - 1);
}
