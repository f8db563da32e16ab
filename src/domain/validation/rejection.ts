/**
 * What a cell parser returns instead of a value. Rejections are shared constants (or made once per
 * distinct reason) so that a million clean cells allocate nothing.
 */
import type { CellValue } from '../model';
import type { ProblemCode, ProblemValues } from './problemCodes';
import { problemEnglish } from './problemEnglish';

export interface Rejection {
  readonly rejected: true;
  /** What is wrong, as a code and its figures (problemCodes.ts); `reason` is the same in English. */
  readonly code: ProblemCode;
  readonly values?: ProblemValues;
  readonly reason: string;
}

const byReason = new Map<string, Rejection>();

export function rejection(code: ProblemCode, values?: ProblemValues): Rejection {
  const reason = problemEnglish(code, values);
  let found = byReason.get(reason);
  if (!found) {
    found = values ? { rejected: true, code, values, reason } : { rejected: true, code, reason };
    byReason.set(reason, found);
  }
  return found;
}

/** An empty cell: not a problem for an optional field, "missing" for a required one. */
export const BLANK: Rejection = rejection('blank');

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as Rejection).rejected === true;
}

export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'string' && trimText(value) === '';
}

/** Printable ASCII other than the space (33-126): no such character is white space. */
const isPrintableAscii = (code: number): boolean => code > 32 && code < 127;

/**
 * `text.trim()`, without calling it when the text starts and ends with printable ASCII, which
 * trim would not remove (nearly every cell): a cell's text is trimmed up to three times as it is
 * checked, and at a million lines the calls cost more than the checks around them
 * (docs/benchmarks.md, "Tenth session: the CSV read").
 */
export function trimText(text: string): string {
  const n = text.length;
  return n > 0 && isPrintableAscii(text.charCodeAt(0)) && isPrintableAscii(text.charCodeAt(n - 1)) ? text : text.trim();
}

/** Whether `text` holds a UTF-16 code unit above U+007F (what /[\u0080-\uffff]/ tests, without a regular expression per cell). */
function hasNonAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return true;
  return false;
}

const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|EXTERNAL!|PYTHON!)$/i;

/** The rejection for an Excel error value such as "#N/A", or null when the text is not one. */
export function excelErrorRejection(text: string): Rejection | null {
  if (text.charCodeAt(0) !== 35 /* # */) return null;
  const trimmed = text.trim();
  return EXCEL_ERROR.test(trimmed) ? rejection('excel-error', { error: trimmed.toUpperCase() }) : null;
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** NFKC turns full-width digits, letters and signs into ASCII; unicode minus signs become "-". */
export function asciiText(text: string): string {
  const trimmed = trimText(text);
  if (!hasNonAscii(trimmed)) return trimmed;
  return trimmed
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-')
    .replace(SPACES, ' ')
    .trim();
}
