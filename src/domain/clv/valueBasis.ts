/**
 * The one value basis of a workbook's lifetime values (docs/clv.md, "Value basis"): profit
 * (margin) when any order states a profit or a cost, else sales. Historical and predicted CLV
 * both use it, and every label that shows a CLV names it.
 */
import type { OrderRow, OrderTable } from '../model';

export type ValueBasis = 'profit' | 'sales';

/**
 * 'profit' when at least one order has a profit (stated, or amount - cost), else 'sales'. Takes
 * the order rows or the order table (where a row without a profit holds NaN).
 */
export function valueBasisOf(orders: readonly Pick<OrderRow, 'profit'>[] | Pick<OrderTable, 'profit'>): ValueBasis {
  if ('profit' in orders) {
    for (const profit of orders.profit) if (Number.isFinite(profit)) return 'profit';
    return 'sales';
  }
  for (const order of orders) if (order.profit !== null && Number.isFinite(order.profit)) return 'profit';
  return 'sales';
}
