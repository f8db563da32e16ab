import fc from 'fast-check';
import { abcClasses, abcWithinGroups, rankDescending } from '../../../src/domain/segments/abc';

const letters = (codes: Uint8Array): string => Array.from(codes, (c) => 'ABC'[c]).join('');

describe('ABC', () => {
  it('keeps the customer that crosses a line in the class above', () => {
    // shares 50, 30, 15, 4, 1 -> before: 0, 50, 80, 95, 99
    expect(letters(abcClasses(Float64Array.from([50, 30, 15, 4, 1])))).toBe('AABCC');
  });

  it('a share exactly at the cut point is already the next class', () => {
    // before: 0, 75, 95
    expect(letters(abcClasses(Float64Array.from([75, 20, 5])))).toBe('ABC');
  });

  it('breaks ties by customer index (id order) ascending', () => {
    // equal values 40, 40, 20: index 0 first (before 0), index 1 (before 40%), index 2 (before 80%)
    expect(letters(abcClasses(Float64Array.from([40, 40, 20]), { a: 0.3, b: 0.7 }))).toBe('ABC');
    expect(Array.from(rankDescending(Float64Array.from([1, 5, 5, 2])))).toEqual([1, 2, 3, 0]);
  });

  it('puts non-positive and missing values in C and uses configurable cuts', () => {
    expect(letters(abcClasses(Float64Array.from([10, 0, -5, NaN, 10]), { a: 0.5, b: 0.9 }))).toBe('ACCCB');
  });

  it('classifies within each business type separately', () => {
    const codes = abcWithinGroups(Float64Array.from([100, 1, 50, 50]), ['x', 'x', 'y', 'y'], { a: 0.5, b: 0.9 });
    expect(letters(codes)).toBe('ACAB');
  });

  it('class never improves as rank falls', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const values = Float64Array.from(xs);
        const codes = abcClasses(values);
        const ranked = rankDescending(values);
        for (let k = 1; k < ranked.length; k++) expect(codes[ranked[k] as number] as number).toBeGreaterThanOrEqual(codes[ranked[k - 1] as number] as number);
      }),
    );
  });
});
