/**
 * Historical customer lifetime value: the profit the customer has brought over its whole order
 * history; when none of its orders states a profit (or cost), the sum of its sales instead.
 * No discounting and no forecast (predictive CLV lives elsewhere in src/domain/clv/).
 */
import type { CustomerAggregates } from '../aggregate';

export interface HistoricalClv {
  value: Float64Array;
  /** 1 when `value` is profit, 0 when it fell back to sales. */
  fromProfit: Uint8Array;
}

export function historicalClv(agg: CustomerAggregates): HistoricalClv {
  const value = new Float64Array(agg.n);
  const fromProfit = new Uint8Array(agg.n);
  for (let i = 0; i < agg.n; i++) {
    const p = agg.profit[i] as number;
    if (Number.isNaN(p)) value[i] = agg.sales[i] as number;
    else {
      value[i] = p;
      fromProfit[i] = 1;
    }
  }
  return { value, fromProfit };
}
