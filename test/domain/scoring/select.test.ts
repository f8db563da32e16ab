import fc from 'fast-check';
import { valuesAtRanks } from '../../../src/domain/scoring/select';
import { quantileType7, sortedPresent } from '../../../src/domain/scoring/stats';
import { rPackageBins } from '../../../src/domain/segments/rfm';

// Few distinct values (many ties), NaN, and 0 / -0 among them.
const valueArb = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(NaN, 0, -0, 0.5, 1e9), fc.double({ noNaN: true, noDefaultInfinity: true }));

describe('valuesAtRanks', () => {
  it('gives the values a sorted copy holds at those ranks', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 300 }), fc.array(fc.integer({ min: -2, max: 310 }), { maxLength: 12 }), (xs, ranks) => {
        const values = Float64Array.from(xs);
        const sorted = sortedPresent(values);
        const at = valuesAtRanks(values, ranks);
        for (const k of ranks) {
          const expected = k >= 0 && k < sorted.length ? (sorted[k] as number) : NaN;
          // 0 and -0 compare equal, so either may land at a rank between them.
          expect(Object.is(at.get(k), expected) || at.get(k) === expected).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('rPackageBins', () => {
  it('equals the bins computed from a full sort', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 300 }), (xs) => {
        const values = Float64Array.from(xs);
        const sorted = sortedPresent(values);
        const breaks = [0.2, 0.4, 0.6, 0.8].map((p) => quantileType7(sorted, p) + 1);
        const min = sorted.length ? (sorted[0] as number) : NaN;
        const max = sorted.length ? (sorted[sorted.length - 1] as number) : NaN;
        const { lower, upper } = rPackageBins(values);
        // +0 for -0: the edges only serve comparisons, where the two are equal.
        const same = (a: Float64Array, b: number[]): void => expect(Array.from(a, (v) => v + 0)).toEqual(b.map((v) => v + 0));
        same(lower, [min, ...breaks]);
        same(upper, [...breaks, max + 1]);
      }),
      { numRuns: 400 },
    );
  });
});
