/** Builds the rules' view of customers from the validated Customers and Orders rows. */
import type { CustomerRow, DayNumber, OrderRow } from '../model';
import type { ChurnReason } from './churn';
import type { FollowUpCustomer } from './followupRules';

export interface ChurnMark {
  reason: ChurnReason;
  markedOn: DayNumber;
}

export function lastOrderByCustomer(orders: readonly OrderRow[]): Map<string, DayNumber> {
  const last = new Map<string, DayNumber>();
  for (const o of orders) {
    const seen = last.get(o.customerId);
    if (seen === undefined || o.orderDate > seen) last.set(o.customerId, o.orderDate);
  }
  return last;
}

export function followUpCustomers(
  customers: readonly CustomerRow[],
  orders: readonly OrderRow[],
  tiers: ReadonlyMap<string, string> = new Map(),
  churn: ReadonlyMap<string, ChurnMark> = new Map(),
  /** Ids the predictive model flags as likely churning (owned column "Tiers likely churning"). */
  likelyChurning: ReadonlySet<string> = new Set(),
): FollowUpCustomer[] {
  const lastOrder = lastOrderByCustomer(orders);
  return customers.map((c) => ({
    customerId: c.customerId,
    owner: c.owner ?? '',
    tier: tiers.get(c.customerId) ?? null,
    lastOrderOn: lastOrder.get(c.customerId) ?? null,
    birthday: c.birthday,
    churn: churn.get(c.customerId) ?? null,
    likelyChurning: likelyChurning.has(c.customerId),
  }));
}
