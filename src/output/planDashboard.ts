/**
 * Actual against plan on the dashboard sheet (docs/plans.md, "On the dashboard and in the pane"):
 * a summary, not the per customer-month list (that is the "Tiers Plans" sheet and the pane's
 * customer card). Two blocks from column AE, right of the prospect funnel, each under a title
 * line: the totals per plan month over all planned customers, then the customers furthest
 * behind plan over the months that already have actuals. Written by the add-in and the CLI alike.
 */
import type { CellValue } from '../domain/model';
import { monthText } from '../domain/plans/months';
import { monthBegun, type PlanProgress } from '../domain/plans/table';
import { round, TEXT_FORMAT, type ColumnKind } from './format';
import type { SheetLanguage } from './language';

/** Column AE: right of the funnel (AA-AC), so neither ever overlaps the other. */
export const PLAN_DASHBOARD_COLUMN = 30;

/** How many customers the "furthest behind plan" block lists. */
export const PLAN_BEHIND_LIST = 20;

interface Words {
  monthsTitle: string;
  monthHeaders: string[];
  behindTitle: (n: number) => string;
  behindHeaders: string[];
  noActuals: string;
  noneBehind: string;
}

const WORDS: Record<SheetLanguage, Words> = {
  en: {
    monthsTitle: 'Plan by month: all planned customers',
    monthHeaders: ['Month', 'Target', 'Actual', 'Gap', 'Gap %', 'Customers behind'],
    behindTitle: (n) => `Furthest behind plan: the ${n} largest shortfalls over the months with actuals`,
    behindHeaders: ['Customer', 'Target so far', 'Actual so far', 'Gap', 'Gap %', 'Months behind'],
    noActuals: 'No plan month has actuals yet',
    noneBehind: 'No customer is behind plan',
  },
  'zh-CN': {
    monthsTitle: '计划按月汇总: 全部计划客户',
    monthHeaders: ['月份', '目标', '实际', '差额', '差额 %', '落后客户数'],
    behindTitle: (n) => `落后计划最多的客户: 已有实际的月份累计差额最大的 ${n} 个`,
    behindHeaders: ['客户', '累计目标', '累计实际', '差额', '差额 %', '落后月数'],
    noActuals: '尚无已有实际的计划月份',
    noneBehind: '没有落后计划的客户',
  },
  'zh-TW': {
    monthsTitle: '計畫按月彙總: 全部計畫客戶',
    monthHeaders: ['月份', '目標', '實際', '差額', '差額 %', '落後客戶數'],
    behindTitle: (n) => `落後計畫最多的客戶: 已有實際的月份累計差額最大的 ${n} 個`,
    behindHeaders: ['客戶', '累計目標', '累計實際', '差額', '差額 %', '落後月數'],
    noActuals: '尚無已有實際的計畫月份',
    noneBehind: '沒有落後計畫的客戶',
  },
};

export const PLAN_DASHBOARD_WIDTH = 6;
export const PLAN_DASHBOARD_KINDS: readonly ColumnKind[] = ['text', 'number', 'number', 'number', 'number', 'number'];
export const PLAN_DASHBOARD_FORMATS: readonly string[] = [TEXT_FORMAT, '#,##0.00', '#,##0.00', '#,##0.00', '0.0%', '#,##0'];

export interface PlanDashboard {
  rows: CellValue[][];
  /** Rows holding words only (titles, headers, "none" lines): written as text. */
  labelRows: number[];
}

const money = (x: number): number => round(x, 2) ?? 0;
const share = (gap: number, target: number): number | null => (target === 0 ? null : round(gap / target, 4));

/**
 * A month not begun (no actuals yet: from the plan start on, src/domain/plans/table.ts
 * `planProgress`) shows its target only. The customer as "name (id)" when it has a name.
 */
export function planDashboardRows(progress: readonly PlanProgress[], names: ReadonlyMap<string, string | null>, language: SheetLanguage): PlanDashboard {
  const words = WORDS[language];
  const months = new Map<number, { target: number; actual: number; behind: number; begun: boolean }>();
  const customers = new Map<string, { target: number; actual: number; behind: number }>();
  for (const p of progress) {
    const month = months.get(p.month) ?? { target: 0, actual: 0, behind: 0, begun: false };
    months.set(p.month, month);
    month.target += p.target;
    if (!monthBegun(p)) continue;
    month.begun = true;
    const behind = p.gapAmount < 0 ? 1 : 0;
    month.actual += p.actual;
    month.behind += behind;
    const customer = customers.get(p.customerId) ?? { target: 0, actual: 0, behind: 0 };
    customers.set(p.customerId, customer);
    customer.target += p.target;
    customer.actual += p.actual;
    customer.behind += behind;
  }

  const rows: CellValue[][] = [];
  const labelRows: number[] = [];
  const label = (cells: CellValue[]) => {
    labelRows.push(rows.length);
    rows.push(cells);
  };
  label([words.monthsTitle]);
  label([...words.monthHeaders]);
  for (const [key, m] of [...months].sort((a, b) => a[0] - b[0])) {
    const target = money(m.target);
    if (!m.begun) {
      rows.push([monthText(key), target, null, null, null, null]);
      continue;
    }
    const gap = money(m.actual - m.target);
    rows.push([monthText(key), target, money(m.actual), gap, share(gap, target), m.behind]);
  }

  rows.push([]);
  label([words.behindTitle(PLAN_BEHIND_LIST)]);
  label([...words.behindHeaders]);
  const behind = [...customers]
    .map(([id, c]) => ({ id, target: money(c.target), actual: money(c.actual), gap: money(c.actual - c.target), months: c.behind }))
    .filter((c) => c.gap < 0)
    .sort((a, b) => a.gap - b.gap || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, PLAN_BEHIND_LIST);
  if (customers.size === 0) label([words.noActuals]);
  else if (behind.length === 0) label([words.noneBehind]);
  for (const c of behind) {
    const name = names.get(c.id);
    rows.push([name ? `${name} (${c.id})` : c.id, c.target, c.actual, c.gap, share(c.gap, c.target), c.months]);
  }
  const width = (r: CellValue[]) => [...r, ...Array<CellValue>(PLAN_DASHBOARD_WIDTH - r.length).fill(null)];
  return { rows: rows.map(width), labelRows };
}
