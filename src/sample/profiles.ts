/**
 * The hidden behaviour of each sample customer (how often and how much it buys, its margin, how
 * it pays, bargains and claims), held as parallel typed arrays so a 100,000-customer book costs a
 * few megabytes and no per-customer objects. Both sheets are drawn from these profiles.
 */
import { BUSINESS_TYPE_ORDER_SCALE, BUSINESS_TYPE_WEIGHTS, COUNTRIES, OWNERS, PRODUCT_LINES } from './vocabulary';
import { cumulative, type Random } from './random';
import type { DayNumber } from '../domain/model';

export interface SampleWindow {
  /** First day of the order history. */
  start: DayNumber;
  /** Last day of the order history. */
  end: DayNumber;
}

export interface CustomerProfiles {
  count: number;
  ids: string[];
  country: Uint8Array;
  businessType: Uint8Array;
  productLine: Uint8Array;
  owner: Uint8Array;
  createdDay: Int32Array;
  /** First and last day the customer can order; lastDay < firstDay means it never orders. */
  firstDay: Int32Array;
  lastDay: Int32Array;
  churned: Uint8Array;
  /** Relative order frequency per active day (long-tailed). */
  frequency: Float64Array;
  /** Typical order amount. */
  orderSize: Float64Array;
  /** Gross margin before the cost to serve each order; negative for loss-making customers. */
  margin: Float64Array;
  prepayment: Float64Array;
  creditDays: Int32Array;
  /** Mean days from goods ready to shipped. */
  shipDelay: Float64Array;
  /** Mean days paid after the due date (negative: early). */
  payDelay: Float64Array;
  /** Chance an order is never paid. */
  defaultRate: Float64Array;
  bargaining: Float64Array;
  claimRate: Float64Array;
  claimFairness: Float64Array;
  /** Mean extra product types per order. */
  complexity: Float64Array;
}

const PREPAYMENT_CHOICES = [0, 0.1, 0.2, 0.3, 0.3, 0.5, 1];
const CREDIT_DAY_CHOICES = [0, 15, 30, 30, 45, 60, 90];
/** Share of loss-making customers among small and large accounts: big buyers squeeze margins hardest. */
const LOSS_MAKING_SHARE = { small: 0.07, large: 0.22 };
const CHURN_SHARE = 0.18;
const PROSPECT_SHARE = 0.03;
const MEAN_ORDER_AMOUNT = 6000;

export function customerId(index: number, count: number): string {
  return `C${String(index + 1).padStart(Math.max(5, String(count).length), '0')}`;
}

export function generateProfiles(count: number, window: SampleWindow, random: Random): CustomerProfiles {
  const p: CustomerProfiles = {
    count,
    ids: new Array<string>(count),
    country: new Uint8Array(count),
    businessType: new Uint8Array(count),
    productLine: new Uint8Array(count),
    owner: new Uint8Array(count),
    createdDay: new Int32Array(count),
    firstDay: new Int32Array(count),
    lastDay: new Int32Array(count),
    churned: new Uint8Array(count),
    frequency: new Float64Array(count),
    orderSize: new Float64Array(count),
    margin: new Float64Array(count),
    prepayment: new Float64Array(count),
    creditDays: new Int32Array(count),
    shipDelay: new Float64Array(count),
    payDelay: new Float64Array(count),
    defaultRate: new Float64Array(count),
    bargaining: new Float64Array(count),
    claimRate: new Float64Array(count),
    claimFairness: new Float64Array(count),
    complexity: new Float64Array(count),
  };
  const countryWeights = cumulative(COUNTRIES.map((c) => c.weight));
  const typeWeights = cumulative(BUSINESS_TYPE_WEIGHTS);
  const span = window.end - window.start;

  for (let i = 0; i < count; i++) {
    p.ids[i] = customerId(i, count);
    p.country[i] = random.weighted(countryWeights);
    const type = random.weighted(typeWeights);
    p.businessType[i] = type;
    p.productLine[i] = random.int(0, PRODUCT_LINES.length - 1);
    p.owner[i] = random.int(0, OWNERS.length - 1);

    // Two thirds were customers before the window opens; the rest are won during it.
    const created = random.chance(0.65) ? window.start - random.int(30, 6 * 365) : window.start + random.int(0, Math.max(0, span - 30));
    p.createdDay[i] = created;
    const first = Math.max(window.start, created + random.int(7, 60));
    let last = window.end;
    const churnFrom = Math.max(first + 90, window.start + 180);
    const churnTo = window.end - 120;
    if (churnFrom < churnTo && random.chance(CHURN_SHARE)) {
      last = random.int(churnFrom, churnTo);
      p.churned[i] = 1;
    }
    p.firstDay[i] = first;
    p.lastDay[i] = random.chance(PROSPECT_SHARE) ? first - 1 : Math.min(last, window.end);

    p.frequency[i] = random.lognormal(0, 1.1);
    p.orderSize[i] = MEAN_ORDER_AMOUNT * (BUSINESS_TYPE_ORDER_SCALE[type] ?? 1) * random.lognormal(-0.2, 0.6);

    const large = (BUSINESS_TYPE_ORDER_SCALE[type] ?? 1) > 1.5;
    const lossMaking = random.chance(large ? LOSS_MAKING_SHARE.large : LOSS_MAKING_SHARE.small);
    p.margin[i] = lossMaking ? -random.between(0.05, 0.35) : clamp(0.18 + 0.06 * random.normal(), 0.04, 0.45);
    // Loss-makers haggle and claim more: that is much of why they lose money.
    p.bargaining[i] = lossMaking ? random.between(2, 5) : random.between(0.2, 2.5);
    p.claimRate[i] = lossMaking ? random.between(0.08, 0.25) : random.chance(0.8) ? random.between(0, 0.05) : random.between(0.05, 0.15);
    p.claimFairness[i] = random.between(0.4, 1);

    const prepayment = random.pick(PREPAYMENT_CHOICES);
    p.prepayment[i] = prepayment;
    p.creditDays[i] = prepayment === 1 ? 0 : random.pick(CREDIT_DAY_CHOICES);
    const poorPayer = random.chance(0.08);
    p.payDelay[i] = poorPayer ? random.between(20, 75) : random.normal() * 6 + 2;
    p.defaultRate[i] = poorPayer ? random.between(0.02, 0.1) : 0.002;
    p.shipDelay[i] = random.lognormal(1.2, 0.6);
    p.complexity[i] = random.between(0.2, 3);
  }
  return p;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
