/**
 * The owned, editable "Tiers Plans" table (docs/plans.md): its columns, reading it back, and the
 * re-run rule. Each row carries a check of the values Tiers wrote; a row whose values no longer
 * match its check was edited by a manager, and re-runs keep it as it is (only actuals refresh).
 */
import type { CellValue, Grid, OrderRow, OrderTable } from '../model';
import { asOrderTable } from '../validation/orderTable';
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, from the state `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** The state after one more code unit. */
const fnvUnit = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME) >>> 0;

/** The state after the field separator \u0001. */
const fnvSeparator = (h: number): number => fnvUnit(h, 1);

const DIGITS = new Uint8Array(24);

/**
 * FNV-1a over String(x) without making the text, for an amount to the cent under 10^13 (what
 * roundTarget makes): its shortest round-trip text is its integer digits, then "." and the cents
 * without a trailing 0 when there are cents (doubles there lie closer than a cent, so no shorter
 * decimal names the same number). Any other number is hashed from String(x).
 */
function fnvNumber(h: number, x: number): number {
  const cents = Math.round(x * 100);
  if (!(cents / 100 === x && Math.abs(x) < 1e13)) return fnv(h, String(x));
  if (cents < 0) h = fnvUnit(h, 0x2d);
  const all = Math.abs(cents);
  const fraction = all % 100;
  let whole = (all - fraction) / 100;
  let k = 0;
  do {
    const d = whole % 10;
    DIGITS[k++] = d;
    whole = (whole - d) / 10;
  } while (whole > 0);
  while (k > 0) h = fnvUnit(h, 0x30 + (DIGITS[--k] as number));
  if (fraction !== 0) {
    const units = fraction % 10;
    h = fnvUnit(fnvUnit(h, 0x2e), 0x30 + (fraction - units) / 10);
    if (units !== 0) h = fnvUnit(h, 0x30 + units);
  }
  return h;
}

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** "t" and the hash as 8 lower-case hex digits, made as one string. */
function checkText(h: number): string {
  return String.fromCharCode(
    0x74,
    HEX[h >>> 28] as number,
    HEX[(h >>> 24) & 15] as number,
    HEX[(h >>> 20) & 15] as number,
    HEX[(h >>> 16) & 15] as number,
    HEX[(h >>> 12) & 15] as number,
    HEX[(h >>> 8) & 15] as number,
    HEX[(h >>> 4) & 15] as number,
    HEX[h & 15] as number,
  );
}

/** The hash of a row from the state after its customer id and separator (the part a customer's rows share). */
function checkAfterCustomer(h: number, t: PlanTarget): string {
  h = fnvSeparator(fnv(h, monthText(t.month)));
  h = fnvSeparator(fnv(h, t.productLine ?? ''));
  h = fnvSeparator(fnvNumber(h, t.targetAmount));
  h = fnvSeparator(t.targetQuantity === null || t.targetQuantity === undefined ? h : fnvNumber(h, t.targetQuantity));
  h = fnvSeparator(fnv(h, t.scheduleNote));
  return checkText(fnv(h, t.supportNote));
}

const customerCheckState = (customerId: string): number => fnvSeparator(fnv(FNV_OFFSET, customerId));

/**
 * FNV-1a of the row's written values: "t" and 8 hex digits (the letter keeps Excel from reading it as a number).
 * The values are customer id, month ("YYYY-MM"), product line ('' for none), target amount and
 * quantity (as numbers print in JavaScript; '' for none), schedule and support, joined by
 * U+0001; the hash runs over their UTF-16 code units field by field, without making the joined
 * text. The check is stored in managers' workbooks: it must never change for the same values.
 */
export function planCheck(t: PlanTarget): string {
  return checkAfterCustomer(customerCheckState(t.customerId), t);
}

export function isEdited(row: ExistingPlanRow): boolean {
  return row.check === null || row.check !== planCheck(row);
}

/**
 * A target after the merge; an edited one carries the check it was read with, so it stays edited.
 * `edited` absent is false: a freshly generated target is merged as it is, without a copy.
 */
export type MergedTarget = PlanTarget & { edited?: boolean; check?: string | null };

export interface PlanMerge {
  targets: MergedTarget[];
  /** Rows kept because a manager edited them (or added them). */
  keptEdited: number;
  /** Unedited rows of months before the new plan start: the plan that was in force, kept. */
  keptPast: number;
  /** Unedited rows no longer generated (the customer left the selection): removed. */
  dropped: number;
}

/** The merge's order: customer, product line (none last), month. */
function planOrder(a: Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>, b: Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>): number {
  return (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) || lineOrder(a.productLine, b.productLine) || a.month - b.month;
}

/**
 * Whether the rows are in the merge's order with no two of them on one key (planTargets makes
 * them so), no line '' (which the key does not tell from none) and whole months.
 */
function inPlanOrder(rows: readonly PlanTarget[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i] as PlanTarget;
    if (t.productLine === '' || !Number.isInteger(t.month)) return false;
    if (i > 0 && !(planOrder(rows[i - 1] as PlanTarget, t) < 0)) return false;
  }
  return true;
}

/**
 * Keys of plan rows (customer, month, line; a line of '' is none, as in the sheet) for the rows of
 * `rowSets`: numbers made of a code per customer, a code per line and the month, so no text is
 * built per row; text keys when a month is not a whole number or the numbers would not be exact.
 * Two rows have the same key exactly when they have the same customer, month and line.
 */
export function planRowKeys(
  rowSets: readonly (readonly Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>[])[],
): (t: Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>) => number | string {
  const customers = new Map<string, number>();
  const lines = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  let whole = true;
  for (const rows of rowSets) {
    let previous: string | null = null;
    for (const t of rows) {
      if (t.customerId !== previous && !customers.has(t.customerId)) customers.set(t.customerId, customers.size);
      previous = t.customerId;
      const line = t.productLine ?? '';
      if (!lines.has(line)) lines.set(line, lines.size);
      if (!Number.isInteger(t.month)) whole = false;
      else {
        if (t.month < first) first = t.month;
        if (t.month > last) last = t.month;
      }
    }
  }
  const months = last - first + 1;
  if (!whole || customers.size * lines.size * months > Number.MAX_SAFE_INTEGER) return key;
  const lineCount = lines.size;
  return (t) => ((customers.get(t.customerId) as number) * lineCount + (lines.get(t.productLine ?? '') as number)) * months + t.month - first;
}

/**
 * The re-run rule: an edited row is kept as the manager left it; an unedited row of a month before
 * `startMonth` is kept (it was the plan for that month); every other unedited row is replaced by
 * the freshly generated one, or dropped when nothing is generated for it; new rows are added.
 */
export function mergePlans(generated: readonly PlanTarget[], existing: readonly ExistingPlanRow[], startMonth: number): PlanMerge {
  // No sheet yet and the rows already in order (as planTargets makes them): they are the merge.
  if (existing.length === 0 && inPlanOrder(generated)) return { targets: generated.slice(), keptEdited: 0, keptPast: 0, dropped: 0 };
  const keyOf = planRowKeys([generated, existing]);
  const out = new Map<number | string, MergedTarget>();
  let keptEdited = 0;
  let keptPast = 0;
  let dropped = 0;
  const fresh = new Map<number | string, PlanTarget>();
  for (const t of generated) {
    const k = keyOf(t);
    if (!fresh.has(k)) fresh.set(k, t);
  }
  for (const row of existing) {
    if (isEdited(row)) {
      out.set(keyOf(row), { ...existingTarget(row), edited: true, check: row.check });
      keptEdited++;
    } else if (row.month < startMonth) {
      out.set(keyOf(row), { ...existingTarget(row), edited: false });
      keptPast++;
    } else if (!fresh.has(keyOf(row))) dropped++;
  }
  for (const [k, t] of fresh) if (!out.has(k)) out.set(k, t);
  const targets = [...out.values()].sort(planOrder);
  return { targets, keptEdited, keptPast, dropped };
}

/** A row read back without its sheet row and check, in PlanTarget's key order. */
function existingTarget(row: ExistingPlanRow): PlanTarget {
  const { row: _row, check: _check, ...target } = row;
  return target;
}

function lineOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The plan rows' series (customer and line; a line of '' is none) as numbers 0.. in the order they
 * first appear, with the codes of their customers and lines; the first and last month; and
 * whether every month is a whole number. Rows of one series usually follow each other, so the
 * codes are looked up only when the series changes.
 */
function planSeries(rows: readonly Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>[]): {
  series: Int32Array;
  count: number;
  customers: Map<string, number>;
  lines: Map<string, number>;
  /** (customer code x (rows + 1) + line code) -> series. */
  byPair: Map<number, number>;
  first: number;
  last: number;
  whole: boolean;
} {
  const series = new Int32Array(rows.length);
  const customers = new Map<string, number>();
  const lines = new Map<string, number>();
  const byPair = new Map<number, number>();
  const span = rows.length + 1;
  let first = Infinity;
  let last = -Infinity;
  let whole = true;
  let customer: string | null = null;
  let line: string | null = null;
  let current = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Pick<PlanTarget, 'customerId' | 'month' | 'productLine'>;
    const lineKey = r.productLine ?? '';
    if (r.customerId !== customer || lineKey !== line) {
      customer = r.customerId;
      line = lineKey;
      let c = customers.get(customer);
      if (c === undefined) customers.set(customer, (c = customers.size));
      let l = lines.get(line);
      if (l === undefined) lines.set(line, (l = lines.size));
      const pair = c * span + l;
      let s = byPair.get(pair);
      if (s === undefined) byPair.set(pair, (s = byPair.size));
      current = s;
    }
    series[i] = current;
    if (r.month < first) first = r.month;
    if (r.month > last) last = r.month;
    if (!Number.isInteger(r.month)) whole = false;
  }
  return { series, count: byPair.size, customers, lines, byPair, first, last, whole };
}

/** Per code of the order table's customers: the plan's customer code, -1 for a customer without plan rows. */
function planCustomerOf(table: OrderTable, customers: ReadonlyMap<string, number>): Int32Array {
  const of = new Int32Array(table.customerIds.length);
  for (let c = 0; c < of.length; c++) of[c] = customers.get(table.customerIds[c] as string) ?? -1;
  return of;
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
  const plan = planSeries(targets);
  const { first, last } = plan;
  const months = last - first + 1;
  // The actuals of a series and month, keyed by series x months + month (text when a month is not whole).
  const actualKey = plan.whole ? (s: number, month: number): number | string => s * months + month - first : (s: number, month: number): number | string => `${s}\u0000${month}`;
  const customerOf = planCustomerOf(table, plan.customers);
  const lineOf = new Int32Array(table.productLineIds.length + 1);
  for (let c = -1; c < table.productLineIds.length; c++) lineOf[c + 1] = plan.lines.get(c < 0 ? '' : (table.productLineIds[c] as string)) ?? -1;
  const span = targets.length + 1;
  const slot = new Map<number | string, number>();
  const amount: number[] = [];
  const quantity: number[] = [];
  const quantityRows: number[] = [];
  for (let r = 0; r < table.length; r++) {
    // Most orders are of customers without a plan, or before the plan's months: skipped on codes alone.
    const c = customerOf[table.customer[r] as number] as number;
    if (c < 0) continue;
    const month = monthKey(table.orderDate[r] as number);
    if (month < first || month > last || month >= startMonth) continue;
    const l = lineOf[(table.productLine[r] as number) + 1] as number;
    if (l < 0) continue;
    const s = plan.byPair.get(c * span + l);
    if (s === undefined) continue;
    const k = actualKey(s, month);
    let i = slot.get(k);
    if (i === undefined) {
      slot.set(k, (i = amount.length));
      amount.push(0);
      quantity.push(0);
      quantityRows.push(0);
    }
    amount[i] = (amount[i] as number) + (table.amount[r] as number);
    const q = table.quantity[r] as number;
    if (!Number.isNaN(q)) {
      quantity[i] = (quantity[i] as number) + q;
      quantityRows[i] = (quantityRows[i] as number) + 1;
    }
  }
  const running = new Float64Array(plan.count);
  const out: PlanLine[] = new Array<PlanLine>(targets.length);
  let customer: string | null = null;
  let name: string | null = null;
  let checkState = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as PlanTarget & { edited?: boolean; check?: string | null };
    if (t.customerId !== customer) {
      customer = t.customerId;
      name = names.get(customer) ?? null;
      checkState = customerCheckState(customer);
    }
    const s = plan.series[i] as number;
    const cumulative = roundTarget((running[s] as number) + t.targetAmount);
    running[s] = cumulative;
    const begun = t.month < startMonth;
    const a = begun ? slot.get(actualKey(s, t.month)) : undefined;
    const actualAmount = begun ? settle(a === undefined ? 0 : (amount[a] as number)) : null;
    const gapAmount = actualAmount === null ? null : settle(actualAmount - t.targetAmount);
    const edited = t.edited ?? false;
    // Written out, not spread: spreading into a 15-property literal took V8 some 30 us an
    // object (11.6 s for 391,536 plan rows, measured), a plain literal 0.3 us. Same key order.
    out[i] = {
      customerId: t.customerId,
      month: t.month,
      productLine: t.productLine,
      targetAmount: t.targetAmount,
      targetQuantity: t.targetQuantity,
      scheduleNote: t.scheduleNote,
      supportNote: t.supportNote,
      customerName: name,
      cumulativeTarget: cumulative,
      actualAmount,
      actualQuantity: a !== undefined && (quantityRows[a] as number) > 0 ? settle(quantity[a] as number) : null,
      gapAmount,
      gapPct: gapAmount === null || t.targetAmount === 0 ? null : gapAmount / t.targetAmount,
      edited,
      check: t.edited ? (t.check ?? '') : checkAfterCustomer(checkState, t),
    };
  }
  return out;
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
  const customers = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  let whole = true;
  for (const l of lines) {
    if (l.month < first) first = l.month;
    if (l.month > last) last = l.month;
    if (!Number.isInteger(l.month)) whole = false;
  }
  const months = last - first + 1;
  // A customer-month keyed by customer code x months + month (text when a month is not whole).
  const monthKeyOf = whole ? (c: number, month: number): number | string => c * months + month - first : (c: number, month: number): number | string => `${c}\u0000${month}`;
  const slot = new Map<number | string, number>();
  const ids: string[] = [];
  const monthOf: number[] = [];
  const target: number[] = [];
  const actual: number[] = [];
  let customer: string | null = null;
  let c = -1;
  for (const l of lines) {
    if (l.customerId !== customer) {
      customer = l.customerId;
      const known = customers.get(customer);
      if (known === undefined) customers.set(customer, (c = customers.size));
      else c = known;
    }
    const k = monthKeyOf(c, l.month);
    const i = slot.get(k);
    if (i === undefined) {
      slot.set(k, ids.length);
      ids.push(l.customerId);
      monthOf.push(l.month);
      target.push(l.targetAmount);
      actual.push(0);
    } else target[i] = (target[i] as number) + l.targetAmount;
  }
  const customerOf = planCustomerOf(table, customers);
  for (let r = 0; r < table.length; r++) {
    const code = customerOf[table.customer[r] as number] as number;
    if (code < 0) continue;
    const month = monthKey(table.orderDate[r] as number);
    if (month < first || month > last) continue;
    const i = slot.get(monthKeyOf(code, month));
    if (i !== undefined) actual[i] = (actual[i] as number) + (table.amount[r] as number);
  }
  const out: PlanProgress[] = new Array<PlanProgress>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const t = roundTarget(target[i] as number);
    const month = monthOf[i] as number;
    if (month >= startMonth) out[i] = { customerId: ids[i] as string, month, target: t, actual: null, gapAmount: null, gapPct: null };
    else {
      const a = settle(actual[i] as number);
      const gap = settle(a - t);
      out[i] = { customerId: ids[i] as string, month, target: t, actual: a, gapAmount: gap, gapPct: t === 0 ? null : gap / t };
    }
  }
  return out.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0) || a.month - b.month);
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
