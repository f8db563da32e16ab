/**
 * Why a run or a model check was refused, as a code and its figures (docs/i18n.md, "Problems and
 * refusals"). The domain keeps the English (the CLI prints it; the `message` fields are made
 * here); Chinese is worded in src/output/problemWords.ts, and the pane words the code in its language.
 */
import { fieldLabel } from './mapping/fieldLabels';
import type { CustomerField, OrderField, SurveyField } from './model';
import type { ProblemValues } from './validation/problemCodes';

export const REFUSAL_CODES = [
  'no-order-sheet',
  'mapping-invalid',
  'missing-column',
  'order-sheet-unreadable',
  'no-order-rows',
  'no-readable-rows',
  'currencies-without-rates',
  'analysis-date-not-a-date',
  'analysis-date-after-today',
  'analysis-date-before-first-order',
  'model-check-no-dated-orders',
  'model-check-bad-split',
  'model-check-split-before-first-order',
  'model-check-short-holdout',
  'model-check-few-customers',
  'model-check-no-repeat-buyers',
  'sheet-protected',
  'structure-protected',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * A refusal's code and figures. Values: `sheet` a sheet name, `field` a field id, `seen` the
 * headers seen and `sheets` the workbook's sheets (lists joined by LIST_SEPARATOR, empty for none), `rows`/`count` counts, `date`/`first`/`end`
 * ISO dates, `today` an ISO date, `currencies`/`missing` lists joined by ", ".
 */
export interface Refusal {
  code: RefusalCode;
  values: ProblemValues;
}

/** Separates the headers in `seen`. */
export const LIST_SEPARATOR = '\u001f';

const v = (values: ProblemValues, key: string): string => String(values[key] ?? '');

export function listOf(values: ProblemValues, key: string): string[] {
  const text = v(values, key);
  return text === '' ? [] : text.split(LIST_SEPARATOR);
}

const ENGLISH: Record<RefusalCode, (x: ProblemValues) => string> = {
  'no-order-sheet': (x) => {
    const sheets = listOf(x, 'sheets');
    return `No sheet has the order columns Customer ID, Order date and Amount (客户编号, 订单日期, 金额). Sheets: ${sheets.map((s) => `"${s}"`).join(', ') || 'none'}.`;
  },
  'mapping-invalid': (x) => `The saved column mapping for sheet "${v(x, 'sheet')}" is not valid; map the columns again.`,
  'missing-column': (x) => {
    const seen = listOf(x, 'seen');
    return `Sheet "${v(x, 'sheet')}" has no column for ${fieldLabel(v(x, 'field') as CustomerField | OrderField | SurveyField)}. Headers seen: ${seen.length ? seen.map((h) => `"${h}"`).join(', ') : 'none'}.`;
  },
  'order-sheet-unreadable': () => 'The order sheet cannot be read.',
  'no-order-rows': (x) => `Sheet "${v(x, 'sheet')}" has no order rows below its header row.`,
  'no-readable-rows': (x) => `None of the ${v(x, 'rows')} rows of sheet "${v(x, 'sheet')}" could be read; see the problems list.`,
  'currencies-without-rates': (x) =>
    `Sheet "${v(x, 'sheet')}" holds amounts in ${v(x, 'count')} currencies (${v(x, 'currencies')}) and there is no exchange rate for ${v(x, 'missing')}. ` +
    'Tiers never adds up different currencies: add a sheet named "Rates" with the columns Currency and Rate (units of your base currency per unit), ' +
    'or set "currency" (base and rates) in the configuration, and run again. Nothing was scored or written.',
  'analysis-date-not-a-date': (x) => `The analysis date "${v(x, 'date')}" is not a date written YYYY-MM-DD.`,
  'analysis-date-after-today': (x) => `The analysis date ${v(x, 'date')} is after today (${v(x, 'today')}); choose a date up to today, or leave it blank.`,
  'analysis-date-before-first-order': (x) => `The analysis date ${v(x, 'date')} is before the first order (${v(x, 'first')}); choose a later date, or leave it blank.`,
  'model-check-no-dated-orders': () => 'The model check needs orders with a date; there are none.',
  'model-check-bad-split': () => 'The model check needs a valid split date (YYYY-MM-DD).',
  'model-check-split-before-first-order': (x) => `The model check's split date ${v(x, 'date')} is before the first order (${v(x, 'first')}).`,
  'model-check-short-holdout': (x) => `The model check needs at least a week of orders after its split date ${v(x, 'date')}; the orders end ${v(x, 'end')}.`,
  'model-check-few-customers': (x) => `The model check needs customers who bought on or before its split date ${v(x, 'date')}; there are ${v(x, 'count')}.`,
  'model-check-no-repeat-buyers': (x) => `No customer bought twice by the split date ${v(x, 'date')}, so the purchase model cannot be fitted; choose a later split date.`,
  'sheet-protected': (x) => `The sheet "${v(x, 'sheet')}" is protected: unprotect it (Review > Unprotect Sheet) so Tiers can write its columns beside your data, then run again. Nothing was written.`,
  'structure-protected': (x) =>
    `The workbook structure is protected, so Tiers cannot add its sheets (${listOf(x, 'sheets')
      .map((s) => `"${s}"`)
      .join(', ')}): unprotect it (Review > Protect Workbook) and try again. Nothing was written.`,
};

/** The refusal in English: the `message` the domain hands on, and what the CLI prints. */
export function refusalEnglish(refusal: Refusal): string {
  return ENGLISH[refusal.code](refusal.values);
}

/** A refusal with its English message. */
export function refusal(code: RefusalCode, values: ProblemValues = {}): Refusal & { message: string } {
  const r = { code, values };
  return { ...r, message: refusalEnglish(r) };
}

/** Thrown where a refusal stops an action midway (a work table that cannot be added): the pane words its code. */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalEnglish(refusal));
    this.name = 'RefusedError';
  }
}
