import fc from 'fast-check';
import { descendingOrderOf, presentOrder } from '../../../src/domain/scoring/radixOrder';
import { percentileScores } from '../../../src/domain/scoring/stats';
import { rankDescending } from '../../../src/domain/segments/abc';

/** Doubles of every kind the keys must order: ties, signed zeros, infinities, tiny and huge values, NaN. */
const anyDouble = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0, Infinity, -Infinity, NaN, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE), fc.double());
const arrays = fc.array(anyDouble, { maxLength: 120 });

/** Reference orderings written the obvious way (comparator sort). */
const presentReference = (xs: number[], descending: boolean): number[] =>
  xs
    .map((_, i) => i)
    .filter((i) => !Number.isNaN(xs[i]))
    .sort((a, b) => ((xs[a] as number) === (xs[b] as number) ? a - b : (xs[a] as number) < (xs[b] as number) === !descending ? -1 : 1));

/** The mid-rank percentile of docs/scoring.md computed by counting, O(n^2). */
function percentileReference(xs: number[], direction: 'higher' | 'lower'): number[] {
  const present = xs.filter((x) => !Number.isNaN(x));
  const n = present.length;
  return xs.map((v) => {
    if (Number.isNaN(v)) return NaN;
    const worse = present.filter((x) => (direction === 'higher' ? x < v : x > v)).length;
    const ties = present.filter((x) => x === v).length;
    return n === 1 ? 50 : (100 * (worse + (ties - 1) / 2)) / (n - 1);
  });
}

describe('presentOrder', () => {
  it('orders the non-NaN values ascending or descending, ties by index, like a comparator sort', () => {
    fc.assert(
      fc.property(arrays, fc.boolean(), (xs, descending) => {
        expect(Array.from(presentOrder(Float64Array.from(xs), descending))).toEqual(presentReference(xs, descending));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts more values than one radix digit distinguishes', () => {
    const xs = Array.from({ length: 5000 }, (_, i) => Math.sin(i) * 1e6 + (i % 7) * 1e-9);
    expect(Array.from(presentOrder(Float64Array.from(xs)))).toEqual(presentReference(xs, false));
  });
});

describe('descendingOrderOf', () => {
  it('ranks a subset descending with NaN as -Infinity, ties in subset order', () => {
    fc.assert(
      fc.property(arrays, fc.array(fc.boolean(), { maxLength: 120 }), (xs, keep) => {
        const subset = Uint32Array.from(xs.map((_, i) => i).filter((i) => keep[i] ?? true));
        const key = (i: number): number => (Number.isNaN(xs[i]) ? -Infinity : (xs[i] as number));
        const expected = Array.from(subset).sort((a, b) => (key(a) === key(b) ? a - b : key(a) > key(b) ? -1 : 1));
        expect(Array.from(descendingOrderOf(Float64Array.from(xs), subset))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rankDescending accepts a subset in any order and ranks ties by index', () => {
    const values = Float64Array.from([3, 1, 3, NaN, 2]);
    expect(Array.from(rankDescending(values, Uint32Array.from([4, 2, 0, 3])))).toEqual([0, 2, 4, 3]);
  });
});

describe('percentileScores (radix ordering)', () => {
  it('equals the counting definition on every kind of double', () => {
    fc.assert(
      fc.property(arrays, fc.constantFrom('higher' as const, 'lower' as const), (xs, direction) => {
        const got = Array.from(percentileScores(Float64Array.from(xs), direction));
        expect(got).toEqual(percentileReference(xs, direction));
      }),
      { numRuns: 300 },
    );
  });
});
