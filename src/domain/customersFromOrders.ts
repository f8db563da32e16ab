/** Customers for a workbook with only an order sheet: one per customer id, in order of first appearance. */
import type { CustomerRow, OrderRow } from './model';

/** A customer known only from its orders: id and name, every other field null. */
export function derivedCustomer(customerId: string, name: string | null, row: number): CustomerRow {
  return {
    row,
    customerId,
    name,
    country: null,
    contactPerson: null,
    source: null,
    businessType: null,
    owner: null,
    industryInfluence: null,
    communicationRating: null,
    replyHours: null,
    newProductInquiries: null,
    newProductOrders: null,
    creditIndex: null,
    expectedShare: null,
    birthday: null,
    createdAt: null,
  };
}

/**
 * `row` is the order-sheet row of the customer's first order; `name` the first non-empty customer
 * name on its orders.
 */
export function customersFromOrders(orders: readonly OrderRow[]): CustomerRow[] {
  const byId = new Map<string, CustomerRow>();
  for (const order of orders) {
    const known = byId.get(order.customerId);
    if (!known) byId.set(order.customerId, derivedCustomer(order.customerId, order.customerName, order.row));
    else if (known.name === null && order.customerName !== null) known.name = order.customerName;
  }
  return [...byId.values()];
}
