/** Cell problems and refusals (src/output/problemWords.ts) in the pane's language, fields by the pane's names. */
import type { Refusal } from '../../domain/refusals';
import type { ProblemCode, ProblemValues } from '../../domain/validation/problemCodes';
import { problemText, refusalText } from '../../output/problemWords';
import { fieldName } from './domainText';
import type { Locale } from './messages';
import { LOCALE_SHEET_LANGUAGE } from './sheetLanguage';

/** A problem without a code (one built before codes existed) keeps its English reason. */
export function paneProblemText(problem: { code?: ProblemCode; values?: ProblemValues; reason: string }, locale: Locale): string {
  if (!problem.code) return problem.reason;
  return problemText({ code: problem.code, ...(problem.values ? { values: problem.values } : {}) }, LOCALE_SHEET_LANGUAGE[locale], { fieldWord: (field) => fieldName(locale, field) });
}

export function paneRefusalText(refusal: Refusal, locale: Locale): string {
  return refusalText(refusal, LOCALE_SHEET_LANGUAGE[locale], (field) => fieldName(locale, field));
}
