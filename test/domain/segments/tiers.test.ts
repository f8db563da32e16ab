import fc from 'fast-check';
import { assignTiers, countTiers, kthLargest, NO_TIER, tierThresholds } from '../../../src/domain/segments/tiers';

describe('tiers by score cut-offs', () => {
  it('puts each score in the first tier whose minimum it reaches', () => {
    const tiers = assignTiers(Float64Array.from([75, 74.9, 65, 55, 45, 35, 34.9, NaN]), { kind: 'score', cutoffs: [75, 65, 55, 45, 35] });
    expect(Array.from(tiers)).toEqual([0, 1, 1, 2, 3, 4, 5, NO_TIER]);
  });
});

describe('tiers by share of customers', () => {
  const scores = Float64Array.from({ length: 100 }, (_, i) => i); // 0..99
  const rule = { kind: 'share' as const, shares: [0.01, 0.04, 0.15, 0.3, 0.3, 0.2] };

  it('fills tiers from the top in the given shares', () => {
    expect(countTiers(assignTiers(scores, rule))).toEqual({ Diamond: 1, Platinum: 4, Gold: 15, Bronze: 30, Iron: 30, Lead: 20 });
    expect(Array.from(tierThresholds(scores, rule))).toEqual([99, 95, 80, 50, 20]);
  });

  it('keeps tied customers in one tier (the higher)', () => {
    const tied = Float64Array.from([10, 10, 10, 5, 1]);
    const tiers = assignTiers(tied, { kind: 'share', shares: [0.2, 0.2, 0.2, 0.2, 0.2, 0] });
    expect(Array.from(tiers)).toEqual([0, 0, 0, 3, 4]);
  });

  it('ignores unscored customers when counting shares', () => {
    const tiers = assignTiers(Float64Array.from([NaN, 3, 2, 1]), { kind: 'share', shares: [1 / 3, 1 / 3, 1 / 3, 0, 0, 0] });
    expect(Array.from(tiers)).toEqual([NO_TIER, 0, 1, 2]);
  });
});

describe('kthLargest', () => {
  it('agrees with a full sort, ties and NaN included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(NaN)), { minLength: 1, maxLength: 80 }), (xs) => {
        const values = Float64Array.from(xs);
        const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => b - a);
        const ks = sorted.length ? [0, 1, Math.ceil(sorted.length / 2), sorted.length] : [0, 1];
        const got = Array.from(kthLargest(values, ks));
        ks.forEach((k, j) => (k === 0 || k > sorted.length ? expect(got[j]).toBeNaN() : expect(got[j]).toBe(sorted[k - 1])));
      }),
    );
  });
});
