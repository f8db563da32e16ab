/**
 * What the reading of a workbook that maps says about it, as a code and its figures (docs/i18n.md,
 * "Problems and refusals"; docs/sheet-language.md, "The domain's notes"): a header written twice,
 * a rates sheet's rows, a currency conversion, an empty customer sheet, a survey sheet that does
 * not map. The domain words them in English only for the analysis' `messages` (the CLI's output
 * and JSON, which stay English); src/output/mappingNoteWords.ts words them in every language.
 */
import type { CurrencyConversion } from '../currencyConversion';
import { refusalEnglish, type Refusal } from '../refusals';

export type MappingNote =
  /** Columns with the same header: `columns` are their letters, `used` the one read. */
  | { code: 'duplicate-header'; sheet: string; header: string; columns: string[]; used: string }
  /** A rates sheet's row without a positive rate (`row` 1-based), left out. */
  | { code: 'rates-row-unreadable'; sheet: string; row: number; currency: string }
  /** A rates sheet without a header row naming a currency and a rate column. */
  | { code: 'rates-sheet-no-header'; sheet: string }
  /** Amounts converted to the base: `rates` the rate applied to each converted currency, by code. */
  | { code: 'currency-converted'; currencies: string[]; base: string | null; rates: [string, number][]; rows: number }
  /** A customer sheet without rows: the customers come from the order sheet. */
  | { code: 'customer-sheet-empty'; sheet: string }
  /** A survey sheet that does not map (why, as a refusal): the run goes on without it. */
  | { code: 'survey-not-mapped'; refusal: Refusal };

export type MappingNoteCode = MappingNote['code'];

/** Every code, for tests that walk them all. */
export const MAPPING_NOTE_CODES: readonly MappingNoteCode[] = ['duplicate-header', 'rates-row-unreadable', 'rates-sheet-no-header', 'currency-converted', 'customer-sheet-empty', 'survey-not-mapped'];

/** The run's note on a conversion: which currencies, at which rates (by code), into which base. */
export function conversionNote(c: CurrencyConversion): Extract<MappingNote, { code: 'currency-converted' }> {
  const rates = Object.entries(c.applied).sort(([a], [b]) => (a < b ? -1 : 1));
  return { code: 'currency-converted', currencies: c.currencies, base: c.base, rates, rows: c.rows };
}

/** A note in English: the analysis' `messages`, the CLI's output and JSON. */
export function mappingNoteEnglish(n: MappingNote): string {
  switch (n.code) {
    case 'duplicate-header':
      return `Sheet "${n.sheet}": columns ${n.columns.join(', ')} have the same header "${n.header}"; using column ${n.used}.`;
    case 'rates-row-unreadable':
      return `Sheet "${n.sheet}", row ${n.row}: no positive rate for ${n.currency}; left out.`;
    case 'rates-sheet-no-header':
      return `Sheet "${n.sheet}" has no header row with a currency column and a rate column; its rates were not read.`;
    case 'currency-converted':
      return `Amounts in ${n.currencies.join(', ')} were converted to ${n.base ?? 'the base currency'} (${n.rates.map(([k, v]) => `${k} ${v}`).join(', ')}; ${n.rows} rows).`;
    case 'customer-sheet-empty':
      return `Sheet "${n.sheet}" has no customer rows; customers are taken from the order sheet.`;
    case 'survey-not-mapped':
      return `The survey sheet was not read: ${refusalEnglish(n.refusal)}`;
  }
}
