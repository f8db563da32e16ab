/**
 * One scored customer as an object: what the pane, the worker and small workbooks read. The CLI
 * reads the same figures as columns (customerColumns.ts); apart from score.ts so both can name it
 * without an import cycle.
 */
import type { PaymentStats } from '../finance/payment';
import type { CompositionEntry } from '../segments/composition';
import type { AbcClass } from '../segments/abc';
import type { TierChange } from '../segments/movement';
import type { TierName } from '../segments/tiers';
import type { RatingStatus } from './coverage';
import type { WhyItem } from './explain';

export interface CustomerRfm {
  recencyDays: number;
  r: number;
  f: number;
  m: number;
  segment: string;
}

export interface CustomerResult {
  customerId: string;
  name: string | null;
  businessType: string | null;
  orders: number;
  /** Net sales: orders less returns. */
  sales: number;
  /** Null when none of its orders states a profit or cost. */
  profit: number | null;
  /** Amount returned (credit notes), positive; 0 without returns. */
  returned: number;
  /** Returned / sales before returns; null without sales. */
  returnRate: number | null;
  /** 0-100, null unless `status` is 'rated'. */
  score: number | null;
  /**
   * 'not-rated': no orders; 'not-enough-data': its indicators carry less than config.minCoverage of
   * the weight; 'negative-net': its returns exceed its purchases (net sales below 0).
   */
  status: RatingStatus;
  /** Share (0-1) of the weight its indicators carry, of the indicators the data has. */
  coverage: number;
  /** Labels of the weighted indicators it lacks (that some customer has), heaviest first. */
  missingInputs: string[];
  tier: TierName | null;
  abc: AbcClass;
  abcWithinType: AbcClass;
  /** Null for customers without orders. */
  rfm: CustomerRfm | null;
  /** Historical CLV on the result's `valueBasis`; NaN on the profit basis when none of its orders states a profit. */
  clv: number;
  payment: PaymentStats;
  shippingDays: number | null;
  /** Points per indicator id; they add up to the score. */
  contributions: Record<string, number>;
  why: WhyItem[];
  /** Null when no previous snapshot was given. */
  tierChange: TierChange | null;
  /** Share of company sales against the expected share. */
  composition: CompositionEntry;
}
