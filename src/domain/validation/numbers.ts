/**
 * Numbers typed as numbers or as text: thousands separators, a decimal comma when configured,
 * currency symbols and codes, percentages, accounting parentheses, unicode minus, full-width digits.
 */
import type { CellValue } from '../model';
import { asciiText, BLANK, excelErrorRejection, isBlankCell, rejection, type Rejection } from './rejection';

export const NOT_A_NUMBER = rejection('not-a-number');
const NOT_FINITE = rejection('not-a-finite-number');
const BOOLEAN_NOT_NUMBER = rejection('boolean-not-number');

const CURRENCY = /^(?:US\$|HK\$|RMB|CNY|USD|EUR|GBP|JPY|HKD|[$€¥£])\s*|\s*(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|元|[$€¥£])$/i;

interface NumberSyntax {
  grouped: RegExp;
  group: RegExp;
  decimal: string;
}

// Grouping must be regular (1,234,567), so "1,2,3" is rejected rather than read as 123.
const POINT_SYNTAX: NumberSyntax = {
  grouped: /^\d{1,3}(?:([,' ])\d{3})(?:\1\d{3})*(?:\.\d*)?$/,
  group: /[,' ]/g,
  decimal: '.',
};
const COMMA_SYNTAX: NumberSyntax = {
  grouped: /^\d{1,3}(?:([.' ])\d{3})(?:\1\d{3})*(?:,\d*)?$/,
  group: /[.' ]/g,
  decimal: ',',
};
const PLAIN_POINT = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const PLAIN_COMMA = /^(?:\d+,?\d*|,\d+)$/;

/** The magnitude of an unsigned numeral, NaN when it is not one. */
function unsignedValue(text: string, decimalComma: boolean): number {
  const syntax = decimalComma ? COMMA_SYNTAX : POINT_SYNTAX;
  if (syntax.grouped.test(text)) return Number(text.replace(syntax.group, '').replace(syntax.decimal, '.'));
  if (decimalComma && PLAIN_COMMA.test(text)) return Number(text.replace(',', '.'));
  // A lone decimal point still reads as one under a decimal comma ("12.5" cannot be grouping).
  if (PLAIN_POINT.test(text)) return Number(text);
  return NaN;
}

const PLAIN_NUMERAL = /^-?\d+(?:\.\d+)?$/;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const CURRENCY_SYMBOL_CODES = new Set([36, 163, 165, 8364, 65509]); // $ £ ¥ € ￥
const MAX_EXACT_DIGITS = 15;

/**
 * One pass over the commonest shapes ("1,234.50", "¥12.50", "-30%"): optional minus, one currency
 * symbol, regularly grouped digits, decimals, optional %. NaN means "other shape": use the full parser.
 * Digits are summed as integers and divided once, which rounds exactly as Number() does below 2^53.
 */
function scanNumber(text: string, decimalComma: boolean): number {
  const group = decimalComma ? 46 : 44;
  const decimal = decimalComma ? 44 : 46;
  const n = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) i++;
  if (CURRENCY_SYMBOL_CODES.has(text.charCodeAt(i))) i++;
  let digits = 0;
  let mantissa = 0;
  let inGroup = 0;
  let grouped = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      inGroup++;
    } else if (c === group && (grouped ? inGroup === 3 : inGroup >= 1 && inGroup <= 3)) {
      grouped = true;
      inGroup = 0;
    } else break;
  }
  if (digits === 0 || (grouped && inGroup !== 3)) return NaN;
  let scale = 1;
  if (text.charCodeAt(i) === decimal) {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale *= 10;
    }
  }
  if (text.charCodeAt(i) === 37 /* % */) {
    scale *= 100;
    i++;
  }
  if (i !== n || digits > MAX_EXACT_DIGITS) return NaN;
  const value = mantissa / scale;
  return negative && value !== 0 ? -value : value; // "-0.00" is 0, not -0
}

/** Parses number text; a percentage is returned divided by 100. */
function numberTextValue(raw: string, decimalComma: boolean): number | Rejection {
  if (!decimalComma && PLAIN_NUMERAL.test(raw)) return Number(raw) + 0; // + 0 turns -0 into 0
  const scanned = scanNumber(raw, decimalComma);
  if (!Number.isNaN(scanned)) return scanned;
  const error = excelErrorRejection(raw);
  if (error) return error;
  let text = asciiText(raw);
  if (text === '') return BLANK;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-') || text.startsWith('+')) {
    negative = negative !== text.startsWith('-');
    text = text.slice(1).trim();
  }
  if (!isDigitCode(text.charCodeAt(0)) || !isDigitCode(text.charCodeAt(text.length - 1))) {
    text = text.replace(CURRENCY, '').replace(CURRENCY, '');
    if (text.startsWith('-') && !negative) {
      negative = true;
      text = text.slice(1);
    }
  }
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  const magnitude = unsignedValue(text, decimalComma);
  if (Number.isNaN(magnitude)) return NOT_A_NUMBER;
  if (!Number.isFinite(magnitude)) return NOT_FINITE;
  const signed = negative && magnitude !== 0 ? -magnitude : magnitude;
  return percent ? signed / 100 : signed;
}

/** Parses number text; `percent` reports whether a % sign was present (the value is then /100). */
export function numberFromText(raw: string, decimalComma: boolean): { value: number; percent: boolean } | Rejection {
  const value = numberTextValue(raw, decimalComma);
  return typeof value === 'number' ? { value, percent: asciiText(raw).endsWith('%') } : value;
}

/** A numeric cell: numbers pass straight through (the common case), text is parsed. */
export function parseNumberCell(value: CellValue | undefined, decimalComma: boolean): number | Rejection {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_FINITE;
  if (isBlankCell(value)) return BLANK;
  if (typeof value === 'boolean') return BOOLEAN_NOT_NUMBER;
  return numberTextValue(value as string, decimalComma);
}

const SHARE_OUT_OF_RANGE = rejection('share-out-of-range');

/** A share such as a prepayment or a discount: 0-1, or a percentage (35% or 35 both give 0.35). */
export function parseShareCell(value: CellValue | undefined, decimalComma: boolean): number | Rejection {
  let share: number;
  let percent = false;
  if (typeof value === 'string' && !isBlankCell(value)) {
    const parsed = numberTextValue(value, decimalComma);
    if (typeof parsed !== 'number') return parsed;
    share = parsed;
    percent = /[%％]\s*$/.test(value);
  } else {
    const parsed = parseNumberCell(value, decimalComma);
    if (typeof parsed !== 'number') return parsed;
    share = parsed;
  }
  if (!percent && share > 1 && share <= 100) share /= 100;
  return share >= 0 && share <= 1 ? share : SHARE_OUT_OF_RANGE;
}
