/** Builders of typed rows for domain tests. */
import type { CustomerRow, OrderRow } from '../../src/domain/model';

export function customerRow(customerId: string, fields: Partial<CustomerRow> = {}): CustomerRow {
  return {
    row: 2,
    customerId,
    name: null,
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
    ...fields,
  };
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
