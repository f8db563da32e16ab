import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../../src/domain/indicators/twelve';
import { explain, explainOf, topReasonsOf } from '../../../src/domain/scoring/explain';
import type { ScoringCache } from '../../../src/domain/scoring/prepare';
import { computeScores } from '../../../src/domain/scoring/rescore';

/** A cache with hand-set sub-scores for two customers and four indicators. */
function cacheOf(subScores: number[][]): ScoringCache {
  const ids = subScores.map((_, k) => `i${k}`);
  return {
    profile: DEFAULT_PROFILE,
    index: { ids: ['a', 'b'], byId: new Map(), rows: [null, null], names: [null, null], businessTypes: [null, null], orderCustomer: new Int32Array(0) },
    agg: { n: 2 } as ScoringCache['agg'],
    asOf: 0,
    indicatorIds: ids,
    labels: ids.map((id) => `Label ${id}`),
    subScores: subScores.map((s) => Float64Array.from(s)),
    raw: [],
    missing: {},
  };
}

describe('explain', () => {
  const cache = cacheOf([
    [80, 10],
    [40, NaN],
    [100, 60],
    [20, 20],
  ]);
  const w = Float64Array.from([1, 2, 1, 0]);

  it('gives points that add up to the score, leaving out missing and zero-weight indicators', () => {
    const scores = computeScores(cache, w);
    const a = explain(cache, w, 0);
    expect(a.contributions).toEqual({ i0: 20, i1: 20, i2: 25 });
    expect(Object.values(a.contributions).reduce((x, y) => x + y, 0)).toBeCloseTo(scores[0] as number, 12);
    // b lacks i1: its weight is spread over i0 and i2
    const b = explain(cache, w, 1);
    expect(b.contributions).toEqual({ i0: 5, i2: 30 });
    expect(scores[1]).toBe(35);
  });

  it('lists the top contributions, largest first, ties in profile order', () => {
    expect(explain(cache, w, 0).why.map((x) => [x.indicatorId, x.points, x.subScore, x.weightShare])).toEqual([
      ['i2', 25, 100, 0.25],
      ['i0', 20, 80, 0.25],
      ['i1', 20, 40, 0.5],
    ]);
    expect(explain(cache, w, 0, 1).why.map((x) => x.indicatorId)).toEqual(['i2']);
  });

  it('equals the points worked out one by one and a stable sort of them, for any sub-scores, weights and top', () => {
    const subScore = fc.oneof(fc.constantFrom(NaN, 0, 50, 100), fc.double({ min: 0, max: 100, noNaN: true }));
    const weight = fc.oneof(fc.constantFrom(0, 1, 5), fc.double({ min: 0, max: 20, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(subScore, weight), { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 5 }), (indicators, top) => {
        const c = cacheOf(indicators.map(([s]) => [s, s]));
        const w = Float64Array.from(indicators.map(([, x]) => x));
        let wsum = 0;
        for (const [s, x] of indicators) if (!Number.isNaN(s)) wsum += x;
        const counted = indicators.flatMap(([s, x], k) => (wsum > 0 && !Number.isNaN(s) && x !== 0 ? [{ k, points: (x * s) / wsum }] : []));
        const best = [...counted].sort((p, q) => q.points - p.points || p.k - q.k).slice(0, top);
        const got = explain(c, w, 0, top);
        expect(got.contributions).toEqual(Object.fromEntries(counted.map(({ k, points }) => [`i${k}`, points])));
        expect(got.why).toEqual(best.map(({ k, points }) => ({ indicatorId: `i${k}`, label: `Label i${k}`, points, subScore: indicators[k]?.[0], weightShare: (w[k] as number) / wsum })));
      }),
      { numRuns: 500 },
    );
  });

  it("topReasonsOf gives explainOf's why items (positions and points), for any sub-scores and weights", () => {
    const subScore = fc.oneof(fc.constantFrom(NaN, 0, 50, 100), fc.double({ min: 0, max: 100, noNaN: true }));
    const weight = fc.oneof(fc.constantFrom(0, 1, 5), fc.double({ min: 0, max: 20, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(subScore, subScore, weight), { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 5 }), (indicators, top) => {
        const c = cacheOf(indicators.map(([s, t]) => [s, t]));
        const w = Float64Array.from(indicators.map(([, , x]) => x));
        for (const i of [0, 1]) {
          const at = new Int32Array(top).fill(-1);
          const points = new Float64Array(top).fill(-1);
          const n = topReasonsOf(c, w, i, at, points);
          const why = explainOf(c, w, i, top).why;
          expect(n).toBe(why.length);
          expect(Array.from(at.subarray(0, n), (k) => c.indicatorIds[k])).toEqual(why.map((x) => x.indicatorId));
          expect(Array.from(points.subarray(0, n))).toEqual(why.map((x) => x.points));
        }
      }),
      { numRuns: 500 },
    );
  });
});
