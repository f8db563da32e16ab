/**
 * Historical customer lifetime value on the workbook's value basis (docs/clv.md, "Value basis"):
 * the profit the customer has brought over its order history when the workbook states profit or
 * cost, else its sales. No discounting and no forecast (predictive CLV lives in ./predictive/).
 * On the profit basis a customer none of whose orders states a profit has no historical CLV (NaN):
 * its sales are never shown as if they were profit. A customer without orders brought nothing: 0.
 */
import type { CustomerAggregates } from '../aggregate';
import type { ValueBasis } from './valueBasis';

export function historicalClv(agg: Pick<CustomerAggregates, 'rows' | 'profit' | 'sales'>, basis: ValueBasis): Float64Array {
  if (basis === 'sales') return Float64Array.from(agg.sales);
  return Float64Array.from(agg.profit, (p, i) => (agg.rows[i] === 0 ? 0 : p));
}
