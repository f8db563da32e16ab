/** Raw measure sources: aggregates, customer-sheet fields and extra sheet columns, as arrays. */
import type { CustomerAggregates } from '../aggregate';
import type { IndicatorContext } from './types';

export type NumericCustomerField = 'industryInfluence' | 'communicationRating' | 'replyHours' | 'newProductInquiries' | 'newProductOrders' | 'creditIndex' | 'expectedShare';

export const NUMERIC_CUSTOMER_FIELDS: readonly NumericCustomerField[] = [
  'industryInfluence',
  'communicationRating',
  'replyHours',
  'newProductInquiries',
  'newProductOrders',
  'creditIndex',
  'expectedShare',
];

export type AggregateMeasure = Exclude<keyof CustomerAggregates, 'n'>;

export function customerField(ctx: IndicatorContext, field: NumericCustomerField): Float64Array {
  // A loop, not forEach with a closure: it runs over every customer for five indicators.
  const rows = ctx.index.rows;
  const out = new Float64Array(ctx.index.ids.length).fill(NaN);
  for (let i = 0; i < out.length; i++) {
    const row = rows[i];
    if (row === null || row === undefined) continue;
    const v = row[field] ?? null;
    if (v !== null && Number.isFinite(v)) out[i] = v;
  }
  return out;
}

/** "Distribution reach", "distribution_reach" and "distributionReach" name the same column. */
const looseName = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function extraColumn(ctx: IndicatorContext, name: string): Float64Array | null {
  const loose = looseName(name);
  const col = ctx.extra[name] ?? Object.entries(ctx.extra).find(([header]) => looseName(header) === loose)?.[1];
  if (!col) return null;
  return Float64Array.from(ctx.index.ids, (id) => {
    const v = col.get(id) ?? null;
    return v === null || !Number.isFinite(v) ? NaN : v;
  });
}

function isAggregateMeasure(agg: CustomerAggregates, name: string): name is AggregateMeasure {
  return name !== 'n' && Object.prototype.hasOwnProperty.call(agg, name);
}

/**
 * A numeric column by name, for custom profiles: an extra sheet column first, then a customer
 * field, then an order aggregate ('sales', 'profit', 'orders' ...). Null when none has the name.
 */
export function resolveColumn(ctx: IndicatorContext, name: string): Float64Array | null {
  const extra = extraColumn(ctx, name);
  if (extra) return extra;
  if ((NUMERIC_CUSTOMER_FIELDS as readonly string[]).includes(name)) return customerField(ctx, name as NumericCustomerField);
  if (isAggregateMeasure(ctx.agg, name)) return ctx.agg[name];
  return null;
}

/** Element-wise a / b; NaN when either is NaN or b is 0. */
export function ratio(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const d = b[i] as number;
    out[i] = d === 0 ? NaN : (a[i] as number) / d;
  }
  return out;
}
