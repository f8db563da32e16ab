/**
 * The default profile: the twelve indicators of source 0 of docs/domain.md (docs/domain.md section 2).
 * Default weights are justified in docs/scoring.md.
 */
import { customerField, ratio } from './columns';
import { surveyColumn } from '../satisfaction/profile';
import type { IndicatorContext, IndicatorDefinition, IndicatorPart, Profile } from './types';

const DAYS_PER_YEAR = 365.25;

const part = (measure: string, direction: IndicatorPart['direction'], raw: IndicatorPart['raw']): IndicatorPart => ({ measure, direction, raw });

const single = (id: string, label: string, p: IndicatorPart): IndicatorDefinition => ({ id, label, parts: [p], combine: 'mean' });

function cooperationYears(ctx: IndicatorContext): Float64Array {
  return ctx.agg.firstDay.map((d) => (Number.isNaN(d) ? NaN : Math.max(0, ctx.asOf - d) / DAYS_PER_YEAR));
}

function profitShare(ctx: IndicatorContext): Float64Array {
  let total = 0;
  for (const p of ctx.agg.profit) if (p === p) total += p;
  return ctx.agg.profit.map((p) => (total === 0 ? NaN : p / Math.abs(total)));
}

export const TWELVE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'profitMargin',
    label: 'Order profit margin',
    parts: [part('profit / sales', 'higher', (c) => ratio(c.agg.profit, c.agg.sales)), part('share of total profit', 'higher', profitShare)],
    combine: 'mean',
  },
  {
    id: 'orderSizeFrequency',
    label: 'Order size and repeat frequency',
    parts: [part('mean order amount', 'higher', (c) => c.agg.meanOrderAmount), part('orders per year', 'higher', (c) => c.agg.ordersPerYear)],
    combine: 'mean',
  },
  single(
    'orderComposition',
    'Order composition',
    part('product types per order', 'lower', (c) => c.agg.productTypesPerOrder),
  ),
  {
    id: 'paymentTerms',
    label: 'Payment terms',
    parts: [part('prepayment share', 'higher', (c) => c.agg.prepaymentShare), part('credit days', 'lower', (c) => c.agg.creditDays)],
    combine: 'mean',
  },
  single(
    'industryInfluence',
    'Industry influence',
    part('manager rating 1-5', 'higher', (c) => customerField(c, 'industryInfluence')),
  ),
  single('cooperationLength', 'Cooperation length', part('years since first order', 'higher', cooperationYears)),
  single(
    'newProductDevelopment',
    'New-product development',
    part('inquiries converted to orders', 'higher', (c) => ratio(customerField(c, 'newProductOrders'), customerField(c, 'newProductInquiries'))),
  ),
  single(
    'shippingEfficiency',
    'Shipping efficiency',
    part('days ready -> shipped', 'lower', (c) => c.agg.shippingDays),
  ),
  single(
    'paymentEfficiency',
    'Payment efficiency',
    part('days documents -> paid', 'lower', (c) => c.agg.paymentDays),
  ),
  {
    id: 'priceSensitivity',
    label: 'Price sensitivity',
    parts: [part('bargaining rounds per order', 'lower', (c) => c.agg.bargainingRounds), part('discount asked', 'lower', (c) => c.agg.discount)],
    combine: 'first',
  },
  {
    id: 'communicationEfficiency',
    label: 'Communication efficiency',
    parts: [
      part('mean reply hours', 'lower', (c) => customerField(c, 'replyHours')),
      part('communication rating 1-5', 'higher', (c) => customerField(c, 'communicationRating')),
      // docs/satisfaction.md: the survey's communication score when the sheet has neither.
      part('survey communication score', 'higher', (c) => surveyColumn(c, 'purchaseCommunication')),
    ],
    combine: 'first',
  },
  {
    id: 'claimReasonableness',
    label: 'Claim reasonableness',
    parts: [part('claims per order', 'lower', (c) => c.agg.claimsPerOrder), part('share settled reasonably', 'higher', (c) => c.agg.reasonableShare)],
    combine: 'mean',
  },
];

export const TWELVE_WEIGHTS: Readonly<Record<string, number>> = {
  profitMargin: 15,
  orderSizeFrequency: 15,
  orderComposition: 5,
  paymentTerms: 10,
  industryInfluence: 8,
  cooperationLength: 8,
  newProductDevelopment: 5,
  shippingEfficiency: 4,
  paymentEfficiency: 10,
  priceSensitivity: 8,
  communicationEfficiency: 4,
  claimReasonableness: 8,
};

export const DEFAULT_PROFILE: Profile = {
  id: 'default',
  label: 'Twelve-indicator customer value',
  indicators: TWELVE_INDICATORS,
  weights: TWELVE_WEIGHTS,
};
