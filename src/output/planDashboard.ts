/**
 * Actual against plan on the dashboard sheet (docs/plans.md, "Actual against plan"): one row per
 * planned customer and month with target, actual, and the gap in amount and percent. A table of
 * its own right of the prospect funnel, written by the add-in and the CLI alike.
 */
import type { CellValue } from '../domain/model';
import { monthText } from '../domain/plans/months';
import type { PlanProgress } from '../domain/plans/table';
import { round, TEXT_FORMAT, type ColumnKind } from './format';
import type { SheetLanguage } from './language';

/** Column AE: right of the funnel (AA-AC), so neither ever overlaps the other. */
export const PLAN_DASHBOARD_COLUMN = 30;

const HEADERS: Record<SheetLanguage, string[]> = {
  en: ['Plan: customer', 'Month', 'Target', 'Actual', 'Gap', 'Gap %'],
  'zh-CN': ['计划: 客户', '月份', '目标', '实际', '差额', '差额 %'],
  'zh-TW': ['計畫: 客戶', '月份', '目標', '實際', '差額', '差額 %'],
};

export const PLAN_DASHBOARD_WIDTH = 6;
export const PLAN_DASHBOARD_KINDS: readonly ColumnKind[] = ['text', 'text', 'number', 'number', 'number', 'number'];
export const PLAN_DASHBOARD_FORMATS: readonly string[] = [TEXT_FORMAT, TEXT_FORMAT, '#,##0.00', '#,##0.00', '#,##0.00', '0.0%'];

/** Header row first; the customer as "name (id)" when it has a name. */
export function planDashboardRows(progress: readonly PlanProgress[], names: ReadonlyMap<string, string | null>, language: SheetLanguage): CellValue[][] {
  return [
    [...HEADERS[language]],
    ...progress.map((p) => {
      const name = names.get(p.customerId);
      return [name ? `${name} (${p.customerId})` : p.customerId, monthText(p.month), p.target, p.actual, p.gapAmount, round(p.gapPct, 4)];
    }),
  ];
}
