/**
 * zod schemas of the rows validation produces: for checking rows that cross a boundary (worker
 * messages, saved snapshots) and for tests. The readers themselves parse cells by hand for speed.
 */
import { z } from 'zod';

const day = z.number().int();
const share = z.number().min(0).max(1);
const count = z.number().int().min(0);

export const orderRowSchema = z.strictObject({
  row: z.number().int().min(1),
  orderId: z.string().nullable(),
  customerId: z.string().min(1),
  customerName: z.string().nullable(),
  orderDate: day,
  amount: z.number(),
  profit: z.number().nullable(),
  productTypes: count.nullable(),
  productLine: z.string().nullable(),
  product: z.string().nullable(),
  quantity: z.number().nullable(),
  currency: z.string().nullable(),
  prepaymentShare: share.nullable(),
  creditDays: z.number().min(0).nullable(),
  readyDate: day.nullable(),
  shippedDate: day.nullable(),
  documentsReceivedDate: day.nullable(),
  paidDate: day.nullable(),
  bargainingRounds: count.nullable(),
  discount: share.nullable(),
  claimsCount: count.nullable(),
  claimAmount: z.number().min(0).nullable(),
  claimsReasonable: count.nullable(),
  arrears: z.number().nullable(),
  settlementStatus: z.string().nullable(),
  businessType: z.string().nullable(),
});

export const customerRowSchema = z.strictObject({
  row: z.number().int().min(1),
  customerId: z.string().min(1),
  name: z.string().nullable(),
  country: z.string().nullable(),
  contactPerson: z.string().nullable(),
  source: z.string().nullable(),
  businessType: z.string().nullable(),
  owner: z.string().nullable(),
  industryInfluence: z.number().min(1).max(5).nullable(),
  communicationRating: z.number().min(1).max(5).nullable(),
  replyHours: z.number().min(0).nullable(),
  newProductInquiries: count.nullable(),
  newProductOrders: count.nullable(),
  creditIndex: z.number().nullable(),
  expectedShare: share.nullable(),
  birthday: day.nullable(),
  createdAt: day.nullable(),
});
