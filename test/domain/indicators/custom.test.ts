import { customProfile, DISTRIBUTOR_PROFILE } from '../../../src/domain/indicators/custom';
import { resolveProfile } from '../../../src/domain/indicators/profiles';
import { prepareScoring } from '../../../src/domain/scoring/prepare';
import { computeScores, weightVector } from '../../../src/domain/scoring/rescore';
import { customerRow, day, orderRow } from '../rows';

const asOf = day('2024-01-01');

describe('custom and distributor profiles', () => {
  it('scores from any numeric column, a customer field or an aggregate', () => {
    const profile = customProfile({
      id: 'mine',
      label: 'Mine',
      indicators: [
        { source: 'Warehouse m2', direction: 'higher', weight: 1 },
        { source: 'creditIndex', direction: 'higher', weight: 1 },
        { source: 'sales', direction: 'lower', weight: 2 },
      ],
    });
    const extra = {
      'Warehouse m2': new Map<string, number | null>([
        ['a', 500],
        ['b', 100],
        ['c', null],
      ]),
    };
    const cache = prepareScoring(
      [customerRow('a', { creditIndex: 1 }), customerRow('b', { creditIndex: 9 }), customerRow('c')],
      [orderRow('a', asOf - 1, 10), orderRow('b', asOf - 1, 20)],
      profile,
      asOf,
      extra,
    );
    expect(cache.indicatorIds).toEqual(['Warehouse m2', 'creditIndex', 'sales']);
    // sales: a 10, b 20, c 0 (no orders); lower is better here
    expect(cache.subScores.map((s) => Array.from(s))).toEqual([
      [100, 0, NaN],
      [0, 100, NaN],
      [50, 0, 100],
    ]);
    const scores = computeScores(cache, weightVector(cache, profile.weights));
    expect(Array.from(scores)).toEqual([(100 + 0 + 2 * 50) / 4, (0 + 100 + 0) / 4, 100]);
  });

  it('a column the workbook lacks leaves the indicator missing for everyone', () => {
    const cache = prepareScoring([customerRow('a')], [], DISTRIBUTOR_PROFILE, asOf);
    expect(cache.missing.enthusiasm).toBe(1);
    expect(Object.values(DISTRIBUTOR_PROFILE.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('resolves built-in and custom profiles by id, refuses unknown ids', () => {
    expect(resolveProfile('distributor').id).toBe('distributor');
    expect(resolveProfile('x', { id: 'x', label: 'X', indicators: [{ source: 'sales', direction: 'higher', weight: 1 }] }).indicators).toHaveLength(1);
    expect(() => resolveProfile('nope')).toThrow(/Unknown/);
    expect(() =>
      customProfile({
        id: 'd',
        label: 'd',
        indicators: [
          { source: 's', direction: 'higher', weight: 1 },
          { source: 's', direction: 'lower', weight: 1 },
        ],
      }),
    ).toThrow(/twice/);
  });
});
