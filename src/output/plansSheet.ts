/**
 * How a run writes the owned, editable "Tiers Plans" table (docs/plans.md, "The table"), for the
 * add-in and the CLI alike. The merge (src/domain/plans/table.ts) decides the rows; this decides
 * the cells: a row a manager edited keeps every cell the manager can edit (only the figures Tiers
 * derives — cumulative target, actuals, gaps — are refreshed), an untouched row is rewritten in
 * place, a new row goes below the last one, and an unedited row no longer planned is emptied.
 * Rows never move, so a manager's row stays where the manager left it.
 * A row of a month not begun has no actual or gap (null, src/domain/plans/table.ts): its cells are emptied.
 */
import type { CellValue } from '../domain/model';
import { monthText } from '../domain/plans/months';
import { isEdited, PLAN_COLUMNS, PLAN_HEADERS, planRowKeys, type ExistingPlanRow, type PlanLine } from '../domain/plans/table';
import { round, TEXT_FORMAT, type ColumnKind } from './format';
import type { SheetLanguage } from './language';

export { PLAN_SHEET } from '../domain/plans/table';

export const PLAN_WIDTH = PLAN_COLUMNS.length;
const DERIVED = ['cumulativeTarget', 'actualAmount', 'actualQuantity', 'gapAmount', 'gapPct'] as const;
/** 0-based columns Tiers refreshes on an edited row. */
export const DERIVED_PLAN_COLUMNS: readonly number[] = DERIVED.map((c) => PLAN_COLUMNS.indexOf(c));

const KIND: Record<(typeof PLAN_COLUMNS)[number], ColumnKind> = {
  customerId: 'text',
  customerName: 'text',
  month: 'text',
  productLine: 'text',
  targetAmount: 'number',
  targetQuantity: 'number',
  cumulativeTarget: 'number',
  scheduleNote: 'text',
  supportNote: 'text',
  actualAmount: 'number',
  actualQuantity: 'number',
  gapAmount: 'number',
  gapPct: 'number',
  check: 'text',
};
const FORMAT: Record<(typeof PLAN_COLUMNS)[number], string> = {
  customerId: TEXT_FORMAT,
  customerName: TEXT_FORMAT,
  month: TEXT_FORMAT,
  productLine: TEXT_FORMAT,
  targetAmount: '#,##0.00',
  targetQuantity: '#,##0.##',
  cumulativeTarget: '#,##0.00',
  scheduleNote: TEXT_FORMAT,
  supportNote: TEXT_FORMAT,
  actualAmount: '#,##0.00',
  actualQuantity: '#,##0.##',
  gapAmount: '#,##0.00',
  gapPct: '0.0%',
  check: TEXT_FORMAT,
};
export const PLAN_KINDS: readonly ColumnKind[] = PLAN_COLUMNS.map((c) => KIND[c]);
export const PLAN_FORMATS: readonly string[] = PLAN_COLUMNS.map((c) => FORMAT[c]);

export function planCells(l: PlanLine): CellValue[] {
  return [
    l.customerId,
    l.customerName ?? '',
    monthText(l.month),
    l.productLine ?? '',
    l.targetAmount,
    l.targetQuantity,
    l.cumulativeTarget,
    l.scheduleNote,
    l.supportNote,
    l.actualAmount,
    l.actualQuantity,
    l.gapAmount,
    round(l.gapPct, 4),
    l.check,
  ];
}

/** One row's write: whole (`cells` from column 0), the derived columns only, or emptied. */
export type PlanRowWrite = { row: number; kind: 'full'; cells: CellValue[] } | { row: number; kind: 'derived'; cells: Map<number, CellValue> } | { row: number; kind: 'clear' };

export interface PlanSheetWrite {
  /** Header cells for sheet row 1. */
  header: string[];
  /** 1-based sheet rows, ascending. */
  rows: PlanRowWrite[];
  /** Sheet rows the table reaches after the write (header included). */
  lastRow: number;
}

/**
 * `existing`: the rows read back (readPlanGrid, with their sheet rows); `lines`: the merged plan;
 * `usedRows`: the sheet's used rows (header included), so new rows go below everything there.
 * Rows are matched on customer, month and line by number keys (planRowKeys), and the writes are
 * kept by sheet row, so they come out in row order without a sort.
 */
export function planSheetWrite(lines: readonly PlanLine[], existing: readonly ExistingPlanRow[], usedRows: number, language: SheetLanguage): PlanSheetWrite {
  const keyOf = planRowKeys([lines, existing]);
  const at = new Map<number | string, ExistingPlanRow>();
  // Sheet row -> its write (a sparse array: rows are small whole numbers).
  const writes: PlanRowWrite[] = [];
  for (const row of existing) {
    const k = keyOf(row);
    const earlier = at.get(k);
    // The merge keeps the last row of a customer, month and line; an earlier copy a manager
    // edited is left as it is, an unedited one (a stale row of ours) is emptied.
    if (earlier && !isEdited(earlier)) writes[earlier.row] = { row: earlier.row, kind: 'clear' };
    at.set(k, row);
  }
  // Loops, not Math.max(...): a spread of a few hundred thousand rows overflows the stack.
  let next = Math.max(usedRows, 1);
  for (const r of existing) if (r.row > next) next = r.row;
  next++;
  const placed = new Uint8Array(next);
  for (const line of lines) {
    const cells = planCells(line);
    const found = at.get(keyOf(line));
    if (found && placed[found.row] === 0) {
      placed[found.row] = 1;
      writes[found.row] = line.edited ? { row: found.row, kind: 'derived', cells: new Map(DERIVED_PLAN_COLUMNS.map((c) => [c, cells[c] ?? null])) } : { row: found.row, kind: 'full', cells };
    } else {
      writes[next] = { row: next, kind: 'full', cells };
      next++;
    }
  }
  for (const row of at.values()) if (placed[row.row] === 0) writes[row.row] = { row: row.row, kind: 'clear' };
  const rows: PlanRowWrite[] = [];
  let lastRow = 1;
  // forEach skips the holes of the sparse array, in ascending row order.
  writes.forEach((w) => {
    rows.push(w);
    if (w.kind !== 'clear' && w.row > lastRow) lastRow = w.row;
  });
  return { header: PLAN_COLUMNS.map((c) => PLAN_HEADERS[language][c]), rows, lastRow };
}

/**
 * The rows of a plan table written where there is none yet: the header, then every line in order
 * from sheet row 2, as planSheetWrite(lines, [], 0, language) places them, with each line's
 * cells made as it is written instead of all at once (a million order lines plan hundreds of
 * thousands of rows).
 */
export function newPlanSheetRows(lines: readonly PlanLine[], language: SheetLanguage): { header: string[]; count: number; rows: Iterable<CellValue[]> } {
  const header = PLAN_COLUMNS.map((c) => PLAN_HEADERS[language][c]);
  function* rows(): Generator<CellValue[]> {
    yield header;
    for (const line of lines) yield planCells(line);
  }
  return { header, count: lines.length + 1, rows: rows() };
}
