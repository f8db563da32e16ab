import { DEFAULT_PROFILE } from '../../../src/domain/indicators/twelve';
import { explain } from '../../../src/domain/scoring/explain';
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
});
