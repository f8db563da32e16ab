import type { SnapshotRow } from '../../src/output/snapshots';
import { tierMoves } from '../../src/output/tierMoves';

const row = (asOf: string, customerId: string, score: number | null, tier: string | null, runId = `${asOf}T00:00:00Z`): SnapshotRow => ({ runId, asOf, customerId, score, tier });

describe('tierMoves', () => {
  it('lists the dates a customer changed tier, newest first, with both scores and why', () => {
    const rows = [
      row('2026-01-31', 'C1', 55, 'Gold'),
      row('2026-01-31', 'C2', 90, 'Diamond'),
      row('2026-02-28', 'C1', 72, 'Platinum'),
      row('2026-03-31', 'C1', 71, 'Platinum'),
      row('2026-04-30', 'C1', 40, 'Bronze'),
      row('2026-05-31', 'C1', 40, 'Gold'),
    ];
    expect(tierMoves(rows, 'C1', 5)).toEqual([
      { asOf: '2026-05-31', sinceAsOf: '2026-04-30', from: 'Bronze', to: 'Gold', fromScore: 40, toScore: 40, direction: 'up', reason: 'cutOffsChanged' },
      { asOf: '2026-04-30', sinceAsOf: '2026-03-31', from: 'Platinum', to: 'Bronze', fromScore: 71, toScore: 40, direction: 'down', reason: 'scoreFell' },
      { asOf: '2026-02-28', sinceAsOf: '2026-01-31', from: 'Gold', to: 'Platinum', fromScore: 55, toScore: 72, direction: 'up', reason: 'scoreRose' },
    ]);
    expect(tierMoves(rows, 'C1', 1)).toHaveLength(1);
    expect(tierMoves(rows, 'C2')).toEqual([]);
  });

  it('takes dates in calendar order whatever the sheet order, the later run of a date, and counts unrated as below Lead', () => {
    const rows = [row('2026-03-31', 'C1', null, null), row('2026-01-31', 'C1', 10, 'Lead'), row('2026-01-31', 'C1', 30, 'Iron', '2026-02-01T09:00:00Z')];
    expect(tierMoves(rows, 'C1')).toEqual([{ asOf: '2026-03-31', sinceAsOf: '2026-01-31', from: 'Iron', to: null, fromScore: 30, toScore: null, direction: 'down', reason: 'notRated' }]);
  });
});
