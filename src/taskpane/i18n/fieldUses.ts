/**
 * What mapping an optional field would add, for the mapping summary: the indicators of the
 * default profile that read it (src/domain/indicators/twelve.ts) or what else in the pane uses it.
 * A field with no entry is listed without a use.
 */
import type { SheetKind } from '../../domain/model';
import type { MessageKey } from './messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

const INDICATOR_OF: Record<SheetKind, Record<string, string>> = {
  orders: {
    profit: 'profitMargin',
    cost: 'profitMargin',
    productTypes: 'orderComposition',
    // On an order-line sheet, distinct products per order (docs/scoring.md, "Order-line sheets").
    product: 'orderComposition',
    prepaymentShare: 'paymentTerms',
    creditDays: 'paymentTerms',
    readyDate: 'shippingEfficiency',
    shippedDate: 'shippingEfficiency',
    documentsReceivedDate: 'paymentEfficiency',
    paidDate: 'paymentEfficiency',
    bargainingRounds: 'priceSensitivity',
    discount: 'priceSensitivity',
    claimsCount: 'claimReasonableness',
    claimsReasonable: 'claimReasonableness',
  },
  customers: {
    industryInfluence: 'industryInfluence',
    newProductInquiries: 'newProductDevelopment',
    newProductOrders: 'newProductDevelopment',
    replyHours: 'communicationEfficiency',
    communicationRating: 'communicationEfficiency',
  },
};

const OTHER_USE: Record<SheetKind, Record<string, MessageKey>> = {
  orders: { orderId: 'use_orderId', customerName: 'use_names', arrears: 'use_arrears', currency: 'use_currency' },
  customers: { name: 'use_names', owner: 'use_owner', birthday: 'use_birthday' },
};

/** "the “Payment speed” indicator", "birthday care tasks", or null when nothing is known. */
export function fieldUse(t: T, kind: SheetKind, field: string): string | null {
  const indicator = INDICATOR_OF[kind][field];
  if (indicator) {
    const key = `ind_${indicator}` as MessageKey;
    return t('fieldAddsIndicator', { indicator: t(key) });
  }
  const other = OTHER_USE[kind][field];
  return other ? t(other) : null;
}
