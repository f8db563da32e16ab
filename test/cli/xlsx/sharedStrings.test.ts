/**
 * The shared string table read from bytes (src/cli/xlsx/sharedStrings.ts): texts written in every
 * form ECMA-376 allows for an <si> (plain, xml:space, rich-text runs, phonetic guides, entities,
 * empty) must come back as the texts written, whichever order and how often cells ask for them.
 */
import fc from 'fast-check';
import { parseSharedStrings, SharedStrings } from '../../../src/cli/xlsx/sharedStrings';
import { escapeXml } from '../../../src/cli/xlsx/xmlText';

type Form = 'plain' | 'preserve' | 'rich' | 'leading' | 'phonetic' | 'numeric';

/** A cut near `n` that does not split a surrogate pair. */
const cutNear = (text: string, n: number): number => (/[\uD800-\uDBFF]/.test(text.charAt(n - 1)) ? n + 1 : n);

/** <si> of `text` in one of the forms; `text` is what Excel shows. */
function si(text: string, form: Form): string {
  if (text === '' && form === 'plain') return '<si/>';
  const t = escapeXml(text);
  switch (form) {
    case 'plain':
      return `<si><t>${t}</t></si>`;
    case 'preserve':
      return `<si><t xml:space="preserve">${t}</t></si>`;
    case 'rich': {
      const cut = cutNear(text, Math.floor(text.length / 2));
      return `<si><r><t>${escapeXml(text.slice(0, cut))}</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">${escapeXml(text.slice(cut))}</t></r></si>`;
    }
    case 'leading': {
      // CT_Rst: a plain <t> may come before the runs.
      const cut = cutNear(text, Math.ceil(text.length / 3));
      return `<si><t>${escapeXml(text.slice(0, cut))}</t><r><t xml:space="preserve">${escapeXml(text.slice(cut))}</t></r></si>`;
    }
    case 'phonetic':
      return `<si><t>${t}</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>`;
    case 'numeric':
      // A character reference for every character: what some writers emit for non-ASCII text.
      return `<si><t>${[...text].map((ch) => `&#${ch.codePointAt(0)};`).join('')}</t></si>`;
  }
}

const table = (sis: readonly string[]): Buffer =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sis.length}">${sis.join('')}</sst>`, 'utf8');

const TEXT = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('C000123', ' padded ', 'A & B <c> "d" \'e\'', '客户编号', '😀 emoji', ''));
const FORM = fc.constantFrom<Form>('plain', 'preserve', 'rich', 'leading', 'phonetic', 'numeric');

describe('SharedStrings', () => {
  it('gives back every text in every <si> form, asked in any order and any number of times', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(TEXT, FORM), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 60 }), (entries, asks) => {
        // Lone surrogates cannot be written in UTF-8: the table holds well-formed texts.
        const texts = entries.map(([text]) => text.replace(/[\uD800-\uDFFF]/g, '?'));
        const strings = SharedStrings.parse(table(texts.map((text, k) => si(text, (entries[k] as [string, Form])[1]))));
        expect(strings.size).toBe(texts.length);
        for (const ask of asks) {
          const k = texts.length === 0 ? ask : ask % (texts.length + 2);
          expect(strings.text(k)).toBe(texts[k] ?? null);
        }
        expect(strings.all()).toEqual(texts);
      }),
      { numRuns: 300 },
    );
  });

  it('reads what the regular-expression parse reads, and null for an index the table lacks', () => {
    const xml = '<sst><si><t>Customer ID</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si><si><t>A &amp; B</t><rPh><t>phonetic</t></rPh></si><si/></sst>';
    const strings = SharedStrings.parse(Buffer.from(xml));
    expect(strings.all()).toEqual(['Customer ID', 'Rich text', 'A & B', '']);
    expect(parseSharedStrings(xml)).toEqual(strings.all());
    for (const k of [-1, 4, 1.5, NaN, Infinity]) expect(strings.text(k)).toBeNull();
  });

  it('reads a namespace-prefixed table (<x:si>)', () => {
    const xml = '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>One</x:t></x:si><x:si/><x:si><x:t xml:space="preserve"> two </x:t></x:si></x:sst>';
    expect(SharedStrings.parse(Buffer.from(xml)).all()).toEqual(['One', '', ' two ']);
  });
});
