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
  return typeof value === 'string' && value.trim() === '';
}

const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|EXTERNAL!|PYTHON!)$/i;

/** The rejection for an Excel error value such as "#N/A", or null when the text is not one. */
export function excelErrorRejection(text: string): Rejection | null {
  if (text.charCodeAt(0) !== 35 /* # */) return null;
  const trimmed = text.trim();
  return EXCEL_ERROR.test(trimmed) ? rejection('excel-error', { error: trimmed.toUpperCase() }) : null;
}

const NON_ASCII = /[\u0080-\uffff]/;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** NFKC turns full-width digits, letters and signs into ASCII; unicode minus signs become "-". */
export function asciiText(text: string): string {
  const trimmed = text.trim();
  if (!NON_ASCII.test(trimmed)) return trimmed;
  return trimmed
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-')
    .replace(SPACES, ' ')
    .trim();
}
