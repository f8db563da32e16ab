/** What an indicator is: one or more raw measures per customer, each with a better direction. */
import type { CustomerAggregates, CustomerIndex } from '../aggregate';
import type { DayNumber } from '../model';
import type { Direction } from '../scoring/stats';

/** Extra numeric customer-sheet columns: column header -> customer id -> value. */
export type ExtraColumns = Readonly<Record<string, ReadonlyMap<string, number | null>>>;

export interface IndicatorContext {
  index: CustomerIndex;
  agg: CustomerAggregates;
  asOf: DayNumber;
  extra: ExtraColumns;
}

export interface IndicatorPart {
  /** Name of the raw measure, e.g. 'profitMargin'. */
  measure: string;
  direction: Direction;
  /** One raw value per customer index; NaN when the customer lacks the input. */
  raw(ctx: IndicatorContext): Float64Array;
}

export interface IndicatorDefinition {
  id: string;
  label: string;
  parts: readonly IndicatorPart[];
  /**
   * How part sub-scores combine: 'mean' of the parts the customer has, or 'first' part the
   * customer has (for "X, or Y when there is no X" measures).
   */
  combine: 'mean' | 'first';
}

export interface Profile {
  id: string;
  label: string;
  indicators: readonly IndicatorDefinition[];
  /** Default weights by indicator id (any positive scale; the score divides by their sum). */
  weights: Readonly<Record<string, number>>;
}
