/**
 * How Excel interprets what is written to Range.values / Range.formulas.
 *
 * - Range.values reference (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 *   "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula." Strings that parse as numbers or TRUE/FALSE become those,
 *   as when typed (General format).
 * - Text number format "@": Excel keeps what is entered as text, so a string written to a cell
 *   formatted "@" is stored verbatim even when it starts with = + - (the format must be in place
 *   before the values are written: in an earlier sync or earlier in the same batch).
 * - A leading apostrophe is Excel's quote prefix: "'=x" stores the text "=x"; reading values gives
 *   "=x". github.com/OfficeDev/office-js/issues/6687 reports that reading `formulas` back drops the
 *   quote as well, so the simulator returns "=x" for both (writing that back would make a formula).
 *
 * Formulas are stored, not calculated (see README): a formula whose body is a single literal
 * (=5, ="a", =TRUE) takes that value, any other formula reads as 0.
 */
import type { Scalar } from './cells';

export interface CellContent {
  value: Scalar | undefined;
  formula: string | undefined;
}

export type CellInput = Scalar | null | undefined;

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const TEXT_FORMAT = '@';

export function literalValue(formula: string): Scalar {
  const body = formula.slice(1).trim();
  if (NUMBER.test(body)) return Number(body);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  return 0;
}

/** True when Excel would keep `s` as plain text: it cannot start a number, formula, quote or boolean. */
function plainText(s: string): boolean {
  const c = s.charCodeAt(0) | 0x20; // lower-case letters; digits and signs stay apart
  return c >= 0x61 && c <= 0x7a && c !== 0x74 && c !== 0x66; // a-z except t, f (TRUE/FALSE)
}

/** What a cell holds after `input` is written to it; `numberFormat` is the cell's format at that moment. */
export function interpretInput(input: Scalar, numberFormat: string | undefined): CellContent {
  if (typeof input !== 'string') return { value: input, formula: undefined };
  if (input === '') return { value: undefined, formula: undefined };
  if (plainText(input)) return { value: input, formula: undefined };
  if (numberFormat === TEXT_FORMAT) return { value: input, formula: undefined };
  const first = input[0];
  if (first === "'") return { value: input.slice(1) === '' ? undefined : input.slice(1), formula: undefined };
  if (NUMBER.test(input)) return { value: Number(input), formula: undefined };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE', formula: undefined };
  if (first === '=' && input.length > 1) return { value: literalValue(input), formula: input };
  if (first === '+' || first === '-') {
    const formula = `=${input}`;
    return { value: literalValue(formula), formula };
  }
  return { value: input, formula: undefined };
}
