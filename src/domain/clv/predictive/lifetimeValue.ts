/**
 * Discounted customer lifetime value over a horizon of whole months, the method of `lifetimes`
 * (CamDavidsonPilon/lifetimes, lifetimes/utils.py `_customer_lifetime_value`, called by
 * `GammaGammaFitter.customer_lifetime_value`): for each month m = 1..M, the expected purchases in
 * that month (cumulative expectation at m months minus at m - 1) times the expected value per
 * purchase, divided by (1 + monthly discount rate)^m.
 */
import { aliveDivisor, expectedPurchasesIfAlive, type BgNbdParams } from './bgnbd';

export interface LifetimeValueOptions {
  months: number;
  monthlyDiscountRate: number;
  /** Model time units per month. `lifetimes` uses 4.345 weeks or 30 days; we default to 365.25 / 12 days. */
  periodsPerMonth: number;
}

/**
 * The expected purchases of a customer still alive by the end of each month 1..M
 * (expectedPurchasesIfAlive), into out[offset + m - 1] for month m: what customers with the same x
 * and T share.
 */
export function monthlyPurchasesIfAlive(
  params: BgNbdParams,
  x: number,
  T: number,
  { months, periodsPerMonth }: Pick<LifetimeValueOptions, 'months' | 'periodsPerMonth'>,
  out: Float64Array = new Float64Array(months),
  offset = 0,
): Float64Array {
  for (let month = 1; month <= months; month++) {
    const t = month * periodsPerMonth;
    out[offset + month - 1] = t > 0 ? expectedPurchasesIfAlive(params, t, x, T) : 0;
  }
  return out;
}

/**
 * discountedLifetimeValue from monthlyPurchasesIfAlive (from `offset`) and the customer's
 * aliveDivisor: the cumulative expectation at month m is ifAlive[offset + m - 1] / divisor
 * (conditionalExpectedPurchases).
 */
export function lifetimeValueOf(
  ifAlive: ArrayLike<number>,
  offset: number,
  divisor: number,
  valuePerPurchase: number,
  { months, monthlyDiscountRate }: Pick<LifetimeValueOptions, 'months' | 'monthlyDiscountRate'>,
): number {
  let clv = 0;
  let previous = 0;
  let discount = 1;
  for (let month = 1; month <= months; month++) {
    const ifAliveByNow = ifAlive[offset + month - 1] as number;
    const cumulative = ifAliveByNow === 0 ? 0 : ifAliveByNow / divisor;
    discount *= 1 + monthlyDiscountRate;
    clv += (valuePerPurchase * (cumulative - previous)) / discount;
    previous = cumulative;
  }
  return clv;
}

export function discountedLifetimeValue(params: BgNbdParams, customer: { x: number; tx: number; T: number }, valuePerPurchase: number, options: LifetimeValueOptions): number {
  const { x, tx, T } = customer;
  return lifetimeValueOf(monthlyPurchasesIfAlive(params, x, T, options), 0, aliveDivisor(params, x, tx, T), valuePerPurchase, options);
}
