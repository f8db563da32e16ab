/**
 * The owned, editable "Tiers Plans" table (docs/plans.md): its columns, reading it back, and the
 * re-run rule. Each row carries a check of the values Tiers wrote; a row whose values no longer
 * match its check was edited by a manager, and re-runs keep it as it is (only actuals refresh).
 */
import type { CellValue, Grid, OrderRow, OrderTable } from '../model';
import { asOrderTable, codeText } from '../validation/orderTable';
import { monthKey } from '../seasonality';
import { settle } from '../scoring/stats';
import { monthFromCell, monthText } from './months';
import { roundTarget, type PlanTarget } from './plan';

export const PLAN_SHEET = 'Tiers Plans';

export const PLAN_COLUMNS = [
  'customerId',
  'customerName',
  'month',
  'productLine',
  'targetAmount',
  'targetQuantity',
  'cumulativeTarget',
  'scheduleNote',
  'supportNote',
  'actualAmount',
  'actualQuantity',
  'gapAmount',
  'gapPct',
  'check',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export type PlanLanguage = 'en' | 'zh-CN' | 'zh-TW';

export const PLAN_HEADERS: Record<PlanLanguage, Record<PlanColumn, string>> = {
  en: {
    customerId: 'Customer ID',
    customerName: 'Customer',
    month: 'Month',
    productLine: 'Product line',
    targetAmount: 'Target amount',
    targetQuantity: 'Target quantity',
    cumulativeTarget: 'Cumulative target',
    scheduleNote: 'Schedule',
    supportNote: 'Support',
    actualAmount: 'Actual amount',
    actualQuantity: 'Actual quantity',
    gapAmount: 'Gap',
    gapPct: 'Gap %',
    check: 'Tiers check (do not edit)',
  },
  'zh-CN': {
    customerId: '客户编号',
    customerName: '客户',
    month: '月份',
    productLine: '产品线',
    targetAmount: '目标金额',
    targetQuantity: '目标数量',
    cumulativeTarget: '累计目标',
    scheduleNote: '进度安排',
    supportNote: '支持措施',
    actualAmount: '实际金额',
    actualQuantity: '实际数量',
    gapAmount: '差额',
    gapPct: '差额 %',
    check: 'Tiers 校验 (请勿修改)',
  },
  'zh-TW': {
    customerId: '客戶編號',
    customerName: '客戶',
    month: '月份',
    productLine: '產品線',
    targetAmount: '目標金額',
    targetQuantity: '目標數量',
    cumulativeTarget: '累計目標',
    scheduleNote: '進度安排',
    supportNote: '支援措施',
    actualAmount: '實際金額',
    actualQuantity: '實際數量',
    gapAmount: '差額',
    gapPct: '差額 %',
    check: 'Tiers 校驗 (請勿修改)',
  },
};

export interface PlanLine extends PlanTarget {
  customerName: string | null;
  /** The customer's and line's targets from the first month of its plan rows to this one. */
  cumulativeTarget: number;
  /** The customer's sales of the line that month; null for a month not begun (from the plan start on). */
  actualAmount: number | null;
  /** null for a month not begun, or when no order of the month states a quantity. */
  actualQuantity: number | null;
  /** actual - target; null for a month not begun. */
  gapAmount: number | null;
  /** gap / target; null for a month not begun or a target of 0. */
  gapPct: number | null;
  edited: boolean;
  check: string;
}

/** A plan row read back from the sheet, with the check it carries (null when blank). */
export interface ExistingPlanRow extends PlanTarget {
  row: number;
  check: string | null;
}

const key = (t: Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>): string => `${t.customerId}\u0000${t.month}\u0000${t.productLine ?? ''}`;

/** FNV-1a of the row's written values: "t" and 8 hex digits (the letter keeps Excel from reading it as a number). */
export function planCheck(t: PlanTarget): string {
  const text = [t.customerId, monthText(t.month), t.productLine ?? '', t.targetAmount, t.targetQuantity ?? '', t.scheduleNote, t.supportNote].join('\u0001');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `t${h.toString(16).padStart(8, '0')}`;
}

export function isEdited(row: ExistingPlanRow): boolean {
  return row.check === null || row.check !== planCheck(row);
}

/** A target after the merge; an edited one carries the check it was read with, so it stays edited. */
export type MergedTarget = PlanTarget & { edited: boolean; check?: string | null };

export interface PlanMerge {
  targets: MergedTarget[];
  /** Rows kept because a manager edited them (or added them). */
  keptEdited: number;
  /** Unedited rows of months before the new plan start: the plan that was in force, kept. */
  keptPast: number;
  /** Unedited rows no longer generated (the customer left the selection): removed. */
  dropped: number;
}

/**
 * The re-run rule: an edited row is kept as the manager left it; an unedited row of a month before
 * `startMonth` is kept (it was the plan for that month); every other unedited row is replaced by
 * the freshly generated one, or dropped when nothing is generated for it; new rows are added.
 */
export function mergePlans(generated: readonly PlanTarget[], existing: readonly ExistingPlanRow[], startMonth: number): PlanMerge {
  const out = new Map<string, MergedTarget>();
  let keptEdited = 0;
  let keptPast = 0;
  let dropped = 0;
  const fresh = new Map<string, PlanTarget>();
  for (const t of generated) {
    const k = key(t);
    if (!fresh.has(k)) fresh.set(k, t);
  }
  for (const row of existing) {
    const { row: _row, check, ...target } = row;
    if (isEdited(row)) {
      out.set(key(row), { ...target, edited: true, check });
      keptEdited++;
    } else if (row.month < startMonth) {
      out.set(key(row), { ...target, edited: false });
      keptPast++;
    } else if (!fresh.has(key(row))) dropped++;
  }
  // Written out, not `{ ...t, edited: false }`: see planLines (spread copies are slow to make and to read).
  for (const [k, t] of fresh) {
    if (out.has(k)) continue;
    out.set(k, {
      customerId: t.customerId,
      month: t.month,
      productLine: t.productLine,
      targetAmount: t.targetAmount,
      targetQuantity: t.targetQuantity,
      scheduleNote: t.scheduleNote,
      supportNote: t.supportNote,
      edited: false,
    });
  }
  const targets = [...out.values()].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) || lineOrder(a.productLine, b.productLine) || a.month - b.month);
  return { targets, keptEdited, keptPast, dropped };
}

function lineOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The customers and the first and last month of a set of plan rows. */
function planRange(rows: readonly Pick<PlanTarget, 'customerId' | 'month'>[]): { customers: Set<string>; first: number; last: number } {
  const customers = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    customers.add(r.customerId);
    if (r.month < first) first = r.month;
    if (r.month > last) last = r.month;
  }
  return { customers, first, last };
}

/**
 * Actuals per row from the orders of that customer, month and line; cumulative targets; gaps.
 * `startMonth`: the first month of the current plan; a row of a month from it on has not begun
 * and gets no actual, gap or gap % (null), as planProgress decides for the customer-months.
 */
export function planLines(
  targets: readonly (PlanTarget & { edited?: boolean; check?: string | null })[],
  orders: OrderTable | readonly OrderRow[],
  names: ReadonlyMap<string, string | null>,
  startMonth: number,
): PlanLine[] {
  const table = asOrderTable(orders);
  const wanted = new Set(targets.map((t) => key(t)));
  const range = planRange(targets);
  const planned = table.customerIds.map((id) => range.customers.has(id));
  const actual = new Map<string, [number, number, number]>();
  for (let r = 0; r < table.length; r++) {
    // Most orders are of customers without a plan, or before the plan's months: no key built for them.
    const code = table.customer[r] as number;
    if (!planned[code]) continue;
    const month = monthKey(table.orderDate[r] as number);
    if (month < range.first || month > range.last || month >= startMonth) continue;
    const k = key({ customerId: table.customerIds[code] as string, month, productLine: codeText(table.productLineIds, table.productLine[r] as number) });
    if (!wanted.has(k)) continue;
    let a = actual.get(k);
    if (!a) actual.set(k, (a = [0, 0, 0]));
    a[0] += table.amount[r] as number;
    const quantity = table.quantity[r] as number;
    if (!Number.isNaN(quantity)) {
      a[1] += quantity;
      a[2]++;
    }
  }
  const running = new Map<string, number>();
  return targets.map((t) => {
    const series = `${t.customerId}\u0000${t.productLine ?? ''}`;
    const cumulative = roundTarget((running.get(series) ?? 0) + t.targetAmount);
    running.set(series, cumulative);
    const begun = t.month < startMonth;
    const a = actual.get(key(t)) ?? [0, 0, 0];
    const actualAmount = begun ? settle(a[0]) : null;
    const gapAmount = actualAmount === null ? null : settle(actualAmount - t.targetAmount);
    const plain: PlanTarget = {
      customerId: t.customerId,
      month: t.month,
      productLine: t.productLine,
      targetAmount: t.targetAmount,
      targetQuantity: t.targetQuantity,
      scheduleNote: t.scheduleNote,
      supportNote: t.supportNote,
    };
    // Written out, not `...plain`: spreading into a 15-property literal took V8 some 30 us an
    // object (11.6 s for 391,536 plan rows, measured), a plain literal 0.3 us. Same key order.
    return {
      customerId: plain.customerId,
      month: plain.month,
      productLine: plain.productLine,
      targetAmount: plain.targetAmount,
      targetQuantity: plain.targetQuantity,
      scheduleNote: plain.scheduleNote,
      supportNote: plain.supportNote,
      customerName: names.get(t.customerId) ?? null,
      cumulativeTarget: cumulative,
      actualAmount,
      actualQuantity: a[2] > 0 ? settle(a[1]) : null,
      gapAmount,
      gapPct: gapAmount === null || t.targetAmount === 0 ? null : gapAmount / t.targetAmount,
      edited: t.edited ?? false,
      check: t.edited ? (t.check ?? '') : planCheck(plain),
    };
  });
}

export interface PlanProgress {
  customerId: string;
  month: number;
  target: number;
  /** All the customer's sales that month, on any line; null for a month not begun (from the plan start on). */
  actual: number | null;
  /** actual - target; null for a month not begun. */
  gapAmount: number | null;
  /** The gap as a share of the target; null for a month not begun or a target of 0. */
  gapPct: number | null;
}

/** A month from the plan start on has not begun: it has no actuals yet (docs/plans.md). */
export const monthBegun = (p: Pick<PlanProgress, 'actual'>): p is PlanProgress & { actual: number; gapAmount: number } => p.actual !== null;

/**
 * Actual against plan per customer and month (docs/plans.md). `startMonth`: the first month of the
 * current plan (src/domain/plans/months.ts `firstPlanMonth`); months from it on have not begun and
 * get no actual, gap or gap % (null), rather than an actual of 0 and the whole target as gap.
 */
export function planProgress(lines: readonly PlanLine[], orders: OrderTable | readonly OrderRow[], startMonth: number): PlanProgress[] {
  const table = asOrderTable(orders);
  const target = new Map<string, PlanProgress>();
  for (const l of lines) {
    const k = `${l.customerId}\u0000${l.month}`;
    const p = target.get(k);
    if (p) p.target += l.targetAmount;
    else target.set(k, { customerId: l.customerId, month: l.month, target: l.targetAmount, actual: 0, gapAmount: 0, gapPct: null });
  }
  const range = planRange(lines);
  const planned = table.customerIds.map((id) => range.customers.has(id));
  for (let r = 0; r < table.length; r++) {
    const code = table.customer[r] as number;
    if (!planned[code]) continue;
    const month = monthKey(table.orderDate[r] as number);
    if (month < range.first || month > range.last) continue;
    const p = target.get(`${table.customerIds[code] as string}\u0000${month}`);
    if (p) p.actual = (p.actual ?? 0) + (table.amount[r] as number);
  }
  return [...target.values()]
    .map((p): PlanProgress => {
      const t = roundTarget(p.target);
      if (p.month >= startMonth) return { customerId: p.customerId, month: p.month, target: t, actual: null, gapAmount: null, gapPct: null };
      const actual = settle(p.actual ?? 0);
      const gap = settle(actual - t);
      return { customerId: p.customerId, month: p.month, target: t, actual, gapAmount: gap, gapPct: t === 0 ? null : gap / t };
    })
    .sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) || a.month - b.month);
}

/** The table's cells, header row first, in `language`. Month as "YYYY-MM" text. */
export function planGrid(lines: readonly PlanLine[], language: PlanLanguage): CellValue[][] {
  const headers = PLAN_HEADERS[language];
  return [
    PLAN_COLUMNS.map((c) => headers[c]),
    ...lines.map((l) => [
      l.customerId,
      l.customerName ?? '',
      monthText(l.month),
      l.productLine ?? '',
      l.targetAmount,
      l.targetQuantity ?? '',
      l.cumulativeTarget,
      l.scheduleNote,
      l.supportNote,
      l.actualAmount ?? '',
      l.actualQuantity ?? '',
      l.gapAmount ?? '',
      l.gapPct ?? '',
      l.check,
    ]),
  ];
}

export type PlanGridRead = { ok: true; rows: ExistingPlanRow[] } | { ok: false; message: string };

const col = (c: PlanColumn): number => PLAN_COLUMNS.indexOf(c);

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function numberCell(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, '').trim());
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads the table back. Its header row must be one of ours (any language); a cell that cannot be
 * read refuses the whole table with a message naming sheet, row and column, so nothing is changed.
 * `firstSheetRow` is the sheet row of grid row 0; `date1904`: a month typed as a date is a serial
 * of the 1904 date system (the workbook uses it).
 */
export function readPlanGrid(grid: Grid, sheet: string = PLAN_SHEET, firstSheetRow = 1, date1904 = false): PlanGridRead {
  if (grid.length === 0 || grid.every((r) => r.every((c) => text(c) === ''))) return { ok: true, rows: [] };
  const header = (grid[0] ?? []).map(text);
  const language = (Object.keys(PLAN_HEADERS) as PlanLanguage[]).find((lang) => PLAN_COLUMNS.every((c, i) => header[i] === PLAN_HEADERS[lang][c]));
  if (!language) {
    return { ok: false, message: `Sheet "${sheet}" does not have the plan table's columns in row ${firstSheetRow} (were columns moved?). Put them back or rename the sheet; Tiers changed nothing.` };
  }
  const headers = PLAN_HEADERS[language];
  const rows: ExistingPlanRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => text(c) === '')) continue;
    const sheetRow = firstSheetRow + r;
    const fail = (c: PlanColumn, why: string): PlanGridRead => ({
      ok: false,
      message: `Sheet "${sheet}", row ${sheetRow}, column "${headers[c]}": ${why}. Fix the cell and run again; Tiers changed nothing.`,
    });
    const customerId = text(cells[col('customerId')]);
    if (customerId === '') return fail('customerId', 'no customer ID');
    const month = monthFromCell(cells[col('month')], date1904);
    if (month === null) return fail('month', 'not a month (write it as YYYY-MM)');
    const amount = numberCell(cells[col('targetAmount')]);
    if (amount === undefined || amount === null) return fail('targetAmount', 'not a number');
    const quantity = numberCell(cells[col('targetQuantity')]);
    if (quantity === undefined) return fail('targetQuantity', 'not a number');
    const line = text(cells[col('productLine')]);
    const check = text(cells[col('check')]);
    rows.push({
      row: sheetRow,
      customerId,
      month,
      productLine: line === '' ? null : line,
      targetAmount: amount,
      targetQuantity: quantity,
      scheduleNote: text(cells[col('scheduleNote')]),
      supportNote: text(cells[col('supportNote')]),
      check: check === '' ? null : check,
    });
  }
  return { ok: true, rows };
}
