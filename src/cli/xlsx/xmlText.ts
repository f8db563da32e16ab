/** XML escaping and A1 references for the parts we write by hand. */

import { unescapeXml } from '../../output/xmlEscape';

export { escapeXml, unescapeXml } from '../../output/xmlEscape';

/** Letters -> 1-based column number (A -> 1). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Value of attribute `name` in one start tag, unescaped; null when absent. */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] ?? '') : null;
}
