/**
 * Header text made comparable: case, width, spacing, punctuation, underscores and Traditional vs
 * Simplified Chinese characters (foldHan) do not count.
 */
import { foldHan } from './hanFold';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

function symbolWords(text: string): string {
  return foldHan(text.normalize('NFKC')).replace(/[#№]/g, ' no ').replace(/%/g, ' pct ');
}

export function normaliseHeader(text: string): string {
  return symbolWords(text).toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** Words of a header: split at punctuation, spaces, underscores and camelCase humps. */
export function headerTokens(text: string): string[] {
  return symbolWords(text)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter((t) => t !== '');
}
