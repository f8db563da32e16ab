/**
 * Discounted customer lifetime value over a horizon of whole months, the method of `lifetimes`
 * (CamDavidsonPilon/lifetimes, lifetimes/utils.py `_customer_lifetime_value`, called by
 * `GammaGammaFitter.customer_lifetime_value`): for each month m = 1..M, the expected purchases in
 * that month (cumulative expectation at m months minus at m - 1) times the expected value per
 * purchase, divided by (1 + monthly discount rate)^m.
 */
import { conditionalExpectedPurchases, type BgNbdParams } from './bgnbd';

export interface LifetimeValueOptions {
  months: number;
  monthlyDiscountRate: number;
  /** Model time units per month. `lifetimes` uses 4.345 weeks or 30 days; we default to 365.25 / 12 days. */
  periodsPerMonth: number;
}

export function discountedLifetimeValue(
  params: BgNbdParams,
  customer: { x: number; tx: number; T: number },
  valuePerPurchase: number,
  { months, monthlyDiscountRate, periodsPerMonth }: LifetimeValueOptions,
): number {
  let clv = 0;
  let previous = 0;
  let discount = 1;
  for (let month = 1; month <= months; month++) {
    const cumulative = conditionalExpectedPurchases(params, month * periodsPerMonth, customer.x, customer.tx, customer.T);
    discount *= 1 + monthlyDiscountRate;
    clv += (valuePerPurchase * (cumulative - previous)) / discount;
    previous = cumulative;
  }
  return clv;
}
