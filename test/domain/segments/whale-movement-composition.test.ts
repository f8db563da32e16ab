import { salesComposition } from '../../../src/domain/segments/composition';
import { tierMovement } from '../../../src/domain/segments/movement';
import { whaleCurve } from '../../../src/domain/segments/whale';

describe('whaleCurve', () => {
  it('accumulates profit by customers ranked by profit, peaking above 100%', () => {
    const curve = whaleCurve(Float64Array.from([-50, 100, 30, 20]));
    expect(curve.totalProfit).toBe(100);
    expect(curve.points.map((p) => [p.customerShare, p.profitShare])).toEqual([
      [0, 0],
      [25, 100],
      [50, 130],
      [75, 150],
      [100, 100],
    ]);
    expect(curve.peak).toEqual({ customerShare: 75, profitShare: 150 });
  });

  it('samples at most maxPoints + 1 points', () => {
    const curve = whaleCurve(
      Float64Array.from({ length: 1000 }, (_, i) => i),
      10,
    );
    expect(curve.points).toHaveLength(11);
    expect(curve.points[10]).toEqual({ customerShare: 100, profitShare: 100 });
  });
});

describe('tierMovement', () => {
  it('compares tiers with the previous snapshot', () => {
    const m = tierMovement(
      [
        { customerId: 'a', score: 90, tier: 'Diamond' },
        { customerId: 'b', score: 40, tier: 'Iron' },
        { customerId: 'c', score: 60, tier: 'Gold' },
        { customerId: 'd', score: 50, tier: 'Bronze' },
      ],
      [
        { customerId: 'a', score: 80, tier: 'Platinum' },
        { customerId: 'b', score: 60, tier: 'Gold' },
        { customerId: 'c', score: 61, tier: 'Gold' },
        { customerId: 'z', score: 10, tier: 'Lead' },
      ],
    );
    expect(Object.fromEntries(m.changes)).toEqual({ a: 'up', b: 'down', c: 'same', d: 'new' });
    expect(m.gone).toEqual(['z']);
    expect(m.counts).toEqual({ up: 1, down: 1, same: 1, new: 1, gone: 1 });
  });
});

describe('salesComposition', () => {
  it('gives each share of sales and the gap to the expected share', () => {
    const c = salesComposition(Float64Array.from([75, 25]), [0.5, null]);
    expect(c).toEqual([
      { share: 0.75, expectedShare: 0.5, gap: 0.25 },
      { share: 0.25, expectedShare: null, gap: null },
    ]);
  });
});
