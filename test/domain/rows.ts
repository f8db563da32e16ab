/** Builders of typed rows for domain tests. */
import type { CustomerRow, OrderRow } from '../../src/domain/model';
import { derivedCustomer } from '../../src/domain/customersFromOrders';

export function customerRow(customerId: string, fields: Partial<CustomerRow> = {}): CustomerRow {
  return { ...derivedCustomer(customerId, null, 2), ...fields };
}

export function orderRow(customerId: string, orderDate: number, amount: number, fields: Partial<OrderRow> = {}): OrderRow {
  return {
    row: 2,
    orderId: null,
    customerId,
    customerName: null,
    orderDate,
    amount,
    profit: null,
    productTypes: null,
    productLine: null,
    quantity: null,
    product: null,
    currency: null,
    prepaymentShare: null,
    creditDays: null,
    readyDate: null,
    shippedDate: null,
    documentsReceivedDate: null,
    paidDate: null,
    bargainingRounds: null,
    discount: null,
    claimsCount: null,
    claimAmount: null,
    claimsReasonable: null,
    arrears: null,
    settlementStatus: null,
    businessType: null,
    ...fields,
  };
}

export const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
