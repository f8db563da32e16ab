import fc from 'fast-check';
import { percentileScores, quantileType7 } from '../../../src/domain/scoring/stats';

describe('quantileType7', () => {
  it('interpolates like R quantile(type = 7)', () => {
    const x = Float64Array.from([1, 2, 4, 8]);
    expect(quantileType7(x, 0)).toBe(1);
    expect(quantileType7(x, 1)).toBe(8);
    expect(quantileType7(x, 0.5)).toBe(3); // h = 1.5 -> 2 + 0.5 * 2
    expect(quantileType7(x, 0.2)).toBeCloseTo(1.6, 12); // h = 0.6
  });
});

describe('percentileScores', () => {
  it('gives mid-ranks for ties and ignores distances', () => {
    const s = percentileScores(Float64Array.from([1, 2, 2, 1000, NaN]), 'higher');
    expect(Array.from(s.slice(0, 4))).toEqual([0, 50, 50, 100]);
    expect(s[4]).toBeNaN();
  });

  it('reverses for lower-is-better and gives 50 to a lone value', () => {
    expect(Array.from(percentileScores(Float64Array.from([3, 1, 2]), 'lower'))).toEqual([0, 100, 50]);
    expect(Array.from(percentileScores(Float64Array.from([NaN, 7]), 'lower'))[1]).toBe(50);
  });

  it('an outlier does not squash the others', () => {
    const withOutlier = percentileScores(Float64Array.from([1, 2, 3, 4, 1e9]), 'higher');
    const without = percentileScores(Float64Array.from([1, 2, 3, 4, 5]), 'higher');
    expect(Array.from(withOutlier)).toEqual(Array.from(without));
  });

  it('stays in [0, 100] and never lowers a customer whose value improves', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.boolean(), (xs, pick, step, higher) => {
        const raw = Float64Array.from(xs);
        const i = pick % xs.length;
        const dir = higher ? 'higher' : 'lower';
        const before = percentileScores(raw, dir);
        const better = Float64Array.from(raw);
        better[i] = (better[i] as number) + (higher ? step : -step);
        const after = percentileScores(better, dir);
        for (const v of before) expect(v >= 0 && v <= 100).toBe(true);
        expect(after[i] as number).toBeGreaterThanOrEqual(before[i] as number);
      }),
    );
  });
});
