import fc from 'fast-check';
import { StringInterner, TextCodes } from '../../../src/domain/validation/stringInterner';

/** The oracle: codes in order of first appearance, from a Map. */
function firstAppearance(texts: readonly string[]): number[] {
  const codes = new Map<string, number>();
  return texts.map((t) => {
    let c = codes.get(t);
    if (c === undefined) codes.set(t, (c = codes.size));
    return c;
  });
}

describe('TextCodes (order ids, texts not kept as strings)', () => {
  it('gives the codes of first appearance, as StringInterner and a Map do', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('O000000001', 'O000000002', '订单1', '')), { maxLength: 300 }),
        fc.integer({ min: 0, max: 50 }),
        (texts, expected) => {
          const codes = new TextCodes(expected);
          const interner = new StringInterner(expected);
          const got = texts.map((t) => codes.codeOf(t));
          expect(got).toEqual(firstAppearance(texts));
          expect(texts.map((t) => interner.codeOf(t))).toEqual(got);
          expect(codes.size).toBe(new Set(texts).size);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tells apart texts packed into a slot and texts kept outside it, across growth', () => {
    // Up to 12 characters below U+0100 are packed one byte each; "A" and "A\u0000" differ only in
    // length, "\u00ff" and "\u0100" in whether they are packed, 12 and 13 characters likewise.
    // "\u0100\u0000" would pack as "\u0000\u0001" if characters past U+00FF were packed.
    const alphabet = ['A', '\u0000', '\u0001', '\u00ff', '\u0100', '中', '7'];
    const random = fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((units) => units.join(''));
    const text = fc.oneof(random, fc.constantFrom('\u0100\u0000', '\u0000\u0001', 'A', 'A\u0000', 'A'.repeat(12), 'A'.repeat(13), '\u00ff'.repeat(12)));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3000 }), (texts) => {
        const codes = new TextCodes(1);
        const interner = new StringInterner(1);
        const expected = firstAppearance(texts);
        expect(texts.map((t) => codes.codeOf(t))).toEqual(expected);
        expect(texts.map((t) => interner.codeOf(t))).toEqual(expected);
        expect(texts.map((t) => interner.find(t))).toEqual(expected);
        expect(interner.ids).toEqual([...new Set(texts)]);
        expect(interner.find('\u0000'.repeat(15))).toBe(texts.includes('\u0000'.repeat(15)) ? expected[texts.indexOf('\u0000'.repeat(15))] : -1);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps its codes through growth of the text store and the slot table', () => {
    // 50,000 distinct ids from a table sized for 16, each seen twice: every store grows several times.
    const ids = Array.from({ length: 50_000 }, (_, k) => `O${String(k * 7919).padStart(9, '0')}-${'x'.repeat(k % 5)}`);
    const codes = new TextCodes(16);
    const first = ids.map((id) => codes.codeOf(id));
    expect(first).toEqual(ids.map((_, k) => k));
    expect(ids.map((id) => codes.codeOf(id))).toEqual(first);
    expect(codes.codeOf('O000000000-')).toBe(0);
    expect(codes.codeOf('O000000000')).toBe(50_000);
    expect(codes.size).toBe(50_001);
  });
});
