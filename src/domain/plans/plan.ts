/**
 * Distributor sales plans (seeds 000 and 004, docs/plans.md): for each chosen customer, twelve
 * monthly targets per product line in amount and quantity = last year's sales of that customer
 * and line x (1 + growth) x the month's share of the seasonal index.
 */
import type { OrderRow, OrderTable } from '../model';
import { asOrderTable, codeText } from '../validation/orderTable';
import { monthKey, monthlyTargets } from '../seasonality';
import { settle } from '../scoring/stats';

export interface PlanSettings {
  /** First plan month (a month key); the base year is the twelve months before it. */
  startMonth: number;
  /** Growth over last year, e.g. 0.1 = +10%. */
  growth: number;
  /** Growth per product line, overriding `growth`. */
  lineGrowth: Readonly<Record<string, number>>;
}

/** The editable part of a plan row; the rest is derived. */
export interface PlanTarget {
  customerId: string;
  /** Month key. */
  month: number;
  /** Null for sales without a product line. */
  productLine: string | null;
  targetAmount: number;
  /** Null when last year's rows state no quantity. */
  targetQuantity: number | null;
  scheduleNote: string;
  supportNote: string;
}

export interface PlanCustomer {
  customerId: string;
  name: string | null;
}

export interface PlanResult {
  targets: PlanTarget[];
  /** Customers with no sales in the base year: no plan. */
  withoutBase: string[];
  /**
   * Customers whose first order falls inside the base year: their months of history, and the
   * factor their sales were scaled up by to a year (docs/plans.md, "Short history").
   */
  shortHistory: { customerId: string; months: number; factor: number }[];
}

/** Amounts to the cent, quantities to two decimals: what the sheet shows is what is compared on re-runs. */
export const roundTarget = (x: number): number => Math.round(x * 100) / 100;

const FLAT_INDEX: readonly number[] = Array.from({ length: 12 }, () => 100);

export function lineGrowth(settings: PlanSettings, line: string | null): number {
  return line !== null && Object.prototype.hasOwnProperty.call(settings.lineGrowth, line) ? (settings.lineGrowth[line] as number) : settings.growth;
}

/**
 * The plan targets of `customers`. `seasonalIndex` is the twelve calendar-month percentages
 * (January first; null = flat); the plan month m gets index[calendar month of m] / sum of the index.
 */
export function planTargets(customers: readonly PlanCustomer[], orders: OrderTable | readonly OrderRow[], seasonalIndex: readonly number[] | null, settings: PlanSettings): PlanResult {
  const table = asOrderTable(orders);
  const wanted = new Set(customers.map((c) => c.customerId));
  // A number per chosen customer with orders, and the order table's customer codes mapped to it (-1: not chosen).
  const slotOf = new Map<string, number>();
  const slotOfCode = new Int32Array(table.customerIds.length);
  for (let code = 0; code < slotOfCode.length; code++) {
    const id = table.customerIds[code] as string;
    let slot = -1;
    if (wanted.has(id)) {
      slot = slotOf.get(id) ?? slotOf.size;
      slotOf.set(id, slot);
    }
    slotOfCode[code] = slot;
  }
  const baseFrom = settings.startMonth - 12;
  const firstMonth = new Float64Array(slotOf.size);
  const seen = new Uint8Array(slotOf.size);
  // Base-year sums per chosen customer and line (line code + 1, 0 = none): amount, quantity, rows with quantity.
  const lineSpan = table.productLineIds.length + 1;
  const sumOf = new Map<number, number>();
  const sums: { line: number; amount: number; quantity: number; quantityRows: number }[] = [];
  const linesOf: number[][] = Array.from({ length: slotOf.size }, () => []);
  for (let r = 0; r < table.length; r++) {
    const slot = slotOfCode[table.customer[r] as number] as number;
    if (slot < 0) continue;
    const key = monthKey(table.orderDate[r] as number);
    if (seen[slot] === 0 || key < (firstMonth[slot] as number)) {
      firstMonth[slot] = key;
      seen[slot] = 1;
    }
    if (key < baseFrom || key >= settings.startMonth) continue;
    const line = (table.productLine[r] as number) + 1;
    const pair = slot * lineSpan + line;
    let i = sumOf.get(pair);
    if (i === undefined) {
      sumOf.set(pair, (i = sums.length));
      sums.push({ line, amount: 0, quantity: 0, quantityRows: 0 });
      (linesOf[slot] as number[]).push(i);
    }
    const t = sums[i] as (typeof sums)[number];
    t.amount += table.amount[r] as number;
    const quantity = table.quantity[r] as number;
    if (!Number.isNaN(quantity)) {
      t.quantity += quantity;
      t.quantityRows++;
    }
  }
  const lineText = (line: number): string | null => codeText(table.productLineIds, line - 1);
  const index = seasonalIndex ?? FLAT_INDEX;
  const targets: PlanTarget[] = [];
  const withoutBase: string[] = [];
  const shortHistory: PlanResult['shortHistory'] = [];
  const indexSum = index.reduce((a, b) => a + b, 0);
  const ids = [...wanted].sort();
  for (const customerId of ids) {
    const slot = slotOf.get(customerId);
    const kept = slot === undefined ? [] : (linesOf[slot] as number[]).map((i) => sums[i] as (typeof sums)[number]).filter((t) => settle(t.amount) > 0);
    if (kept.length === 0) {
      withoutBase.push(customerId);
      continue;
    }
    const lines = kept.map((t) => ({ line: lineText(t.line), sum: t }));
    lines.sort(({ line: a }, { line: b }) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
    // Fewer than twelve months of history: the months there were, scaled up to a year by their
    // share of the seasonal index (with a flat index: x 12 / months).
    const first = firstMonth[slot as number] as number;
    let scale = 1;
    if (first > baseFrom) {
      let covered = 0;
      for (let m = first; m < settings.startMonth; m++) covered += index[((m % 12) + 12) % 12] as number;
      scale = covered > 0 && indexSum > 0 ? indexSum / covered : 1;
      shortHistory.push({ customerId, months: settings.startMonth - first, factor: scale });
    }
    for (const { line, sum } of lines) {
      const g = (1 + lineGrowth(settings, line)) * scale;
      const amounts = monthlyTargets(settle(sum.amount) * g, index);
      const quantities = sum.quantityRows > 0 ? monthlyTargets(settle(sum.quantity) * g, index) : null;
      for (let k = 0; k < 12; k++) {
        const month = settings.startMonth + k;
        const calendar = ((month % 12) + 12) % 12;
        targets.push({
          customerId,
          month,
          productLine: line,
          targetAmount: roundTarget(amounts[calendar] as number),
          targetQuantity: quantities ? roundTarget(quantities[calendar] as number) : null,
          scheduleNote: '',
          supportNote: '',
        });
      }
    }
  }
  return { targets, withoutBase, shortHistory };
}

/**
 * Distributor-like business types (docs/plans.md), in English and Chinese. 销售商 / 用品商 / 贸易商
 * (seller, goods merchant, trading house) are how Chinese exports name dealers ("International
 * parts dealer" is 国际零配件销售商); 零售商 (retailer) and 销售店 (a store) are not matched.
 */
const DISTRIBUTOR_TYPE = /distribut|dealer|wholesal|agent|reseller|经销|代理|批发|分销|销售商|贸易商|用品商|經銷|批發|分銷|銷售商|貿易商/i;

export function isDistributorType(businessType: string | null): boolean {
  return businessType !== null && DISTRIBUTOR_TYPE.test(businessType);
}

export interface PlanSelection {
  /** Customers whose business type reads as a distributor's. */
  distributors: boolean;
  /** Customers in these tiers. */
  tiers: readonly string[];
  /** These customer ids. */
  ids: readonly string[];
}

export function selectPlanCustomers<C extends { customerId: string; businessType: string | null; tier: string | null }>(customers: readonly C[], selection: PlanSelection): C[] {
  const chosen = planChoice(selection);
  return customers.filter((c) => chosen(c.customerId, c.businessType, c.tier));
}

/** Whether a customer (its id, business type and tier) is chosen for a plan: selectPlanCustomers' test, for customers kept as columns. */
export function planChoice(selection: PlanSelection): (customerId: string, businessType: string | null, tier: string | null) => boolean {
  const tiers = new Set(selection.tiers);
  const ids = new Set(selection.ids);
  return (customerId, businessType, tier) => (selection.distributors && isDistributorType(businessType)) || (tier !== null && tiers.has(tier)) || ids.has(customerId);
}
