/** Customers for a workbook with only an order sheet: one per customer id, in order of first appearance. */
import type { CustomerRow, OrderRow, OrderTable } from './model';
import { asOrderTable } from './validation/orderTable';

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
 * name on its orders. Read from the order table (rows are turned into one).
 */
export function customersFromOrders(orders: OrderTable | readonly OrderRow[]): CustomerRow[] {
  const table = asOrderTable(orders);
  return table.customerIds.map((id, c) => derivedCustomer(id, table.customerNames[c] ?? null, table.customerFirstRow[c] as number));
}
