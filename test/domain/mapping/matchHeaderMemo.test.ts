/**
 * prepareHeader and headerConfidence keep what they worked out by header text (matchHeader.ts):
 * a kept answer is the answer a fresh computation gives, also once the memo has been cleared.
 */
import { compileSynonyms, headerConfidence, prepareHeader } from '../../../src/domain/mapping/matchHeader';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS } from '../../../src/domain/mapping/synonyms';

const texts = [
  ...Object.values(ORDER_SYNONYMS).flatMap((set) => [...set.strong, ...(set.weak ?? [])]),
  ...Object.values(CUSTOMER_SYNONYMS).flatMap((set) => set.strong.map((s) => `Avg ${s} (USD)`)),
  '',
  'Gold',
  '2025-03-01',
];

describe('header matching memo', () => {
  it('answers a repeated header as a fresh computation does', () => {
    const kept = compileSynonyms(ORDER_SYNONYMS.amount);
    const first = texts.map((t) => headerConfidence(prepareHeader(t), kept));
    expect(first.some((c) => c > 0)).toBe(true);
    // Again on the same list (answers kept), and on a new compilation of it (nothing kept for it).
    expect(texts.map((t) => headerConfidence(prepareHeader(t), kept))).toEqual(first);
    expect(texts.map((t) => headerConfidence(prepareHeader(t), compileSynonyms(ORDER_SYNONYMS.amount)))).toEqual(first);
  });

  it('stays right past the memo limit (cleared, then filled again)', () => {
    const kept = compileSynonyms(ORDER_SYNONYMS.customerId);
    const before = texts.map((t) => headerConfidence(prepareHeader(t), kept));
    for (let i = 0; i < 25_000; i++) headerConfidence(prepareHeader(`Filler header ${i}`), kept);
    expect(texts.map((t) => headerConfidence(prepareHeader(t), kept))).toEqual(before);
    const header = prepareHeader('Unit price (USD)');
    expect(header.bare?.text).toBe('Unit price');
    expect(header.modifiers).toEqual(['unit']);
  });
});
