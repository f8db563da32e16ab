/** What kind of value each field holds, and the one parser per kind. */
import type { DateOrder } from '../dates';
import type { CellValue, CustomerField, OrderField } from '../model';
import { parseDateCell } from './dateCells';
import { parseNumberCell, parseShareCell } from './numbers';
import { rejection, type Rejection } from './rejection';
import { normaliseId, parseTextCell } from './textCells';

export type FieldType = 'id' | 'text' | 'number' | 'nonNegative' | 'count' | 'rating' | 'score' | 'share' | 'date';

export const ORDER_FIELD_TYPES: Record<OrderField, FieldType> = {
  orderId: 'id',
  customerId: 'id',
  customerName: 'text',
  orderDate: 'date',
  amount: 'number',
  profit: 'number',
  cost: 'number',
  productTypes: 'count',
  productLine: 'text',
  product: 'text',
  quantity: 'number',
  currency: 'text',
  prepaymentShare: 'share',
  creditDays: 'nonNegative',
  readyDate: 'date',
  shippedDate: 'date',
  documentsReceivedDate: 'date',
  paidDate: 'date',
  bargainingRounds: 'count',
  discount: 'share',
  claimsCount: 'count',
  claimAmount: 'nonNegative',
  claimsReasonable: 'count',
  arrears: 'number',
  settlementStatus: 'text',
  businessType: 'text',
};

export const CUSTOMER_FIELD_TYPES: Record<CustomerField, FieldType> = {
  customerId: 'id',
  name: 'text',
  country: 'text',
  contactPerson: 'text',
  address: 'text',
  contactDetails: 'text',
  mainProducts: 'text',
  source: 'text',
  communicationStatus: 'text',
  businessType: 'text',
  owner: 'text',
  industryInfluence: 'rating',
  communicationRating: 'rating',
  replyHours: 'nonNegative',
  newProductInquiries: 'count',
  newProductOrders: 'count',
  creditIndex: 'number',
  expectedShare: 'share',
  birthday: 'date',
  createdAt: 'date',
};

export interface CellReadSettings {
  dateOrder: DateOrder;
  /** Serials in the 1904 date system (ReadOptions.date1904). */
  date1904?: boolean;
  decimalComma: boolean;
}

const NEGATIVE = rejection('negative-value');
const NOT_WHOLE = rejection('not-whole-number');
const RATING_RANGE = rejection('rating-out-of-range');
const SCORE_RANGE = rejection('score-out-of-range');

export function parseField(type: FieldType, value: CellValue | undefined, settings: CellReadSettings): string | number | Rejection {
  switch (type) {
    case 'id':
      return normaliseId(value);
    case 'text':
      return parseTextCell(value);
    case 'date':
      return parseDateCell(value, settings.dateOrder, settings.date1904 ?? false);
    case 'share':
      return parseShareCell(value, settings.decimalComma);
    case 'number':
      return parseNumberCell(value, settings.decimalComma);
    case 'nonNegative': {
      const n = parseNumberCell(value, settings.decimalComma);
      return typeof n === 'number' && n < 0 ? NEGATIVE : n;
    }
    case 'count': {
      const n = parseNumberCell(value, settings.decimalComma);
      return typeof n === 'number' && (n < 0 || !Number.isInteger(n)) ? NOT_WHOLE : n;
    }
    case 'rating': {
      const n = parseNumberCell(value, settings.decimalComma);
      return typeof n === 'number' && (n < 1 || n > 5) ? RATING_RANGE : n;
    }
    case 'score': {
      const n = parseNumberCell(value, settings.decimalComma);
      return typeof n === 'number' && (n < 1 || n > 10) ? SCORE_RANGE : n;
    }
  }
}
