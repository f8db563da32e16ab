/**
 * What is wrong with a cell or a row, as a code and its figures (docs/i18n.md, "Problems and
 * refusals"): the domain never words a problem for a user. The English wording is in
 * problemEnglish.ts (model.ts imports these types, so this module imports nothing); Chinese is
 * worded in src/output/problemWords.ts.
 */

export const PROBLEM_CODES = [
  'missing-value',
  'no-column-mapped',
  'not-a-number',
  'not-a-finite-number',
  'boolean-not-number',
  'share-out-of-range',
  'negative-value',
  'not-whole-number',
  'rating-out-of-range',
  'score-out-of-range',
  'not-a-date',
  'no-such-date',
  'ambiguous-date-order',
  'date-out-of-range',
  'fake-leap-day',
  'boolean-not-date',
  'excel-error',
  'duplicate-customer-id',
  'customer-not-on-sheet',
  'customer-has-no-orders',
  'survey-row-without-score',
  'blank',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A problem's figures: `field` a field id, `row`/`first` sheet rows, `error` an Excel error value. */
export type ProblemValues = Readonly<Record<string, string | number>>;
