/**
 * What the seasonal index, the satisfaction survey and the sales plans say about the data, as a
 * code and its figures (docs/sheet-language.md, "The domain's notes"): the domain words them in
 * English only for the run's `warnings` and the CLI's JSON; src/output/studyNoticeWords.ts words
 * them in every workbook and pane language.
 */

export type StudyNotice =
  /** The seasonal index: no sales at all. */
  | { code: 'seasonal-no-sales' }
  /** Fewer months of sales than a reliable index needs. */
  | { code: 'seasonal-short-history'; months: number; needed: number }
  /** Less than a year of sales: some calendar months have no history (index 0). */
  | { code: 'seasonal-months-without-history' }
  /** Sales add up to zero. */
  | { code: 'seasonal-zero-sales' }
  /** Survey rows dated after the analysis date, left out. */
  | { code: 'survey-after-analysis-date'; count: number }
  /** Survey rows without a date, left out of a window. */
  | { code: 'survey-undated'; count: number }
  /** Survey rows older than the window, left out. */
  | { code: 'survey-before-window'; count: number; windowDays: number }
  /** Sales plans: nobody is chosen for one. */
  | { code: 'plans-none-chosen' }
  /** Chosen customers without sales in the twelve months before the plan. */
  | { code: 'plans-without-base'; count: number }
  /** A chosen customer with less than a year of history, its sales scaled up to a year. */
  | { code: 'plans-short-history'; customerId: string; months: number; factor: number }
  /** No seasonal index: a plan's months are equal. */
  | { code: 'plans-no-seasonal-index' }
  /** Products: no product or product-line column mapped, so nothing is ranked. */
  | { code: 'products-not-ranked' }
  /** Products: one row per order, each order counted in full under the product its row names. */
  | { code: 'products-one-row-per-order' }
  /** Products: order rows naming no product, left out of the ranking. */
  | { code: 'products-rows-without-product'; count: number };

export type StudyNoticeCode = StudyNotice['code'];

/** Every code, for tests that walk them all. */
export const STUDY_NOTICE_CODES: readonly StudyNoticeCode[] = [
  'seasonal-no-sales',
  'seasonal-short-history',
  'seasonal-months-without-history',
  'seasonal-zero-sales',
  'survey-after-analysis-date',
  'survey-undated',
  'survey-before-window',
  'plans-none-chosen',
  'plans-without-base',
  'plans-short-history',
  'plans-no-seasonal-index',
  'products-not-ranked',
  'products-one-row-per-order',
  'products-rows-without-product',
];

/** A notice in English: the run's `warnings` and the CLI's JSON. */
export function studyNoticeEnglish(n: StudyNotice): string {
  switch (n.code) {
    case 'seasonal-no-sales':
      return 'No sales to compute a seasonal index from.';
    case 'seasonal-short-history':
      return `Seasonal index from ${n.months} months of sales; at least ${n.needed} (three years) are needed for a reliable one.`;
    case 'seasonal-months-without-history':
      return 'Some calendar months have no sales history; their index is 0.';
    case 'seasonal-zero-sales':
      return 'Total sales are zero.';
    case 'survey-after-analysis-date':
      return `${n.count} survey row(s) are dated after the analysis date and were left out.`;
    case 'survey-undated':
      return `${n.count} survey row(s) have no date and cannot be placed in the window; left out.`;
    case 'survey-before-window':
      return `${n.count} survey row(s) are older than the ${n.windowDays}-day window; left out.`;
    case 'plans-none-chosen':
      return 'No customer is chosen for a sales plan: no business type reads as a distributor and no tier or customer is picked.';
    case 'plans-without-base':
      return `${n.count} chosen customer(s) had no sales in the twelve months before the plan: no plan for them.`;
    case 'plans-short-history':
      return `${n.customerId}: only ${n.months} month(s) of history before the plan; its sales were scaled up to a year (x ${n.factor.toFixed(2)}) by those months' share of the seasonal index.`;
    case 'plans-no-seasonal-index':
      return 'No seasonal index: the months of a plan are equal.';
    case 'products-not-ranked':
      return 'Products cannot be ranked: the order sheet has no product or product-line column mapped. Map one (or use an order-line sheet) and run again.';
    case 'products-one-row-per-order':
      return 'One row per order: each order counts in full under the product its row names; an order of several products is not split.';
    case 'products-rows-without-product':
      return `${n.count} order row(s) name no product; their sales are left out of the ranking.`;
  }
}
