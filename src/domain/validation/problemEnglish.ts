/**
 * Problems in English (docs/i18n.md, "Problems and refusals"): a problem's `reason`, what the CLI
 * prints and writes to JSON, is English.
 */
import { FIELD_LABELS } from '../mapping/fieldLabels';
import type { ProblemCode, ProblemValues } from './problemCodes';

/** The general part (what problems are grouped by) and an optional detail after "; ". */
export interface ProblemWording {
  general: (values: ProblemValues) => string;
  detail?: (values: ProblemValues) => string;
}

const v = (values: ProblemValues, key: string): string => String(values[key] ?? '');

/** A field's English name ("Order date"); the id itself for a field without one. */
export function fieldEnglish(field: string): string {
  return (FIELD_LABELS as Record<string, { en: string } | undefined>)[field]?.en ?? field;
}

export const PROBLEM_ENGLISH: Record<ProblemCode, ProblemWording> = {
  'missing-value': { general: () => 'missing value' },
  'no-column-mapped': { general: (x) => `no column mapped for ${fieldEnglish(v(x, 'field'))}` },
  'not-a-number': { general: () => 'not a number' },
  'not-a-finite-number': { general: () => 'not a finite number' },
  'boolean-not-number': { general: () => 'TRUE/FALSE is not a number' },
  'share-out-of-range': { general: () => 'share out of range', detail: () => 'expected 0-1 or 0-100%' },
  'negative-value': { general: () => 'negative value', detail: () => 'expected 0 or more' },
  'not-whole-number': { general: () => 'not a whole number of 0 or more' },
  'rating-out-of-range': { general: () => 'rating out of range', detail: () => 'expected 1-5' },
  'score-out-of-range': { general: () => 'score out of range', detail: () => 'expected 1-5 or 1-10' },
  'not-a-date': { general: () => 'not a date' },
  'no-such-date': { general: () => 'no such date' },
  'ambiguous-date-order': { general: () => 'ambiguous day/month order' },
  'date-out-of-range': { general: () => 'date out of range', detail: () => 'expected 1900-2100' },
  'fake-leap-day': { general: () => 'no such date', detail: () => 'Excel serial 60 is the non-existent 1900-02-29' },
  'boolean-not-date': { general: () => 'TRUE/FALSE is not a date' },
  'excel-error': { general: (x) => `Excel error ${v(x, 'error')}` },
  'duplicate-customer-id': { general: () => 'duplicate customer id', detail: (x) => `row ${v(x, 'row')} repeats row ${v(x, 'first')}, which is kept` },
  'customer-not-on-sheet': { general: () => 'customer not on the customer sheet', detail: () => 'scored from its orders alone' },
  'customer-has-no-orders': { general: () => 'customer has no orders' },
  'survey-row-without-score': { general: () => 'survey row without any score' },
  blank: { general: () => 'blank' },
};

const NO_VALUES: ProblemValues = {};

/** The problem in English, detail included: a CellProblem's `reason`. */
export function problemEnglish(code: ProblemCode, values: ProblemValues = NO_VALUES): string {
  const wording = PROBLEM_ENGLISH[code];
  const general = wording.general(values);
  return wording.detail ? `${general}; ${wording.detail(values)}` : general;
}
