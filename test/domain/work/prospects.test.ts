import { parseIsoDate } from '../../../src/domain/work/calendar';
import { advanceStage, furthestStageIndex, isOpenProspect, newProspect, prospectSchema, type FunnelStage, type Prospect } from '../../../src/domain/work/prospects';

const day = (iso: string): number => parseIsoDate(iso) as number;

function moveAll(p: Prospect, moves: [FunnelStage, string][]): Prospect {
  return moves.reduce((current, [stage, date]) => {
    const result = advanceStage(current, stage, day(date));
    if (!result.ok) throw new Error(result.error);
    return result.prospect;
  }, p);
}

describe('funnel stage moves', () => {
  const start = newProspect({ id: 'P-1', company: 'Acme' }, day('2026-01-10'));

  it('starts at potential with a dated entry and is a valid record', () => {
    expect(start.stage).toBe('potential');
    expect(start.history).toEqual([{ from: null, to: 'potential', day: day('2026-01-10'), note: '' }]);
    expect(prospectSchema.safeParse(start).success).toBe(true);
    expect(isOpenProspect(start)).toBe(true);
  });

  it('moves forward one stage at a time, recording each dated move', () => {
    const p = moveAll(start, [
      ['needsAnalysis', '2026-02-01'],
      ['proposal', '2026-02-15'],
    ]);
    expect(p.stage).toBe('proposal');
    expect(p.history.map((t) => [t.from, t.to])).toEqual([
      [null, 'potential'],
      ['potential', 'needsAnalysis'],
      ['needsAnalysis', 'proposal'],
    ]);
  });

  it('refuses skipping, staying and going back in time', () => {
    expect(advanceStage(start, 'proposal', day('2026-02-01'))).toEqual({ ok: false, error: 'prospect.error.stageSkip' });
    expect(advanceStage(start, 'potential', day('2026-02-01'))).toEqual({ ok: false, error: 'prospect.error.sameStage' });
    expect(advanceStage(start, 'needsAnalysis', day('2026-01-09'))).toEqual({ ok: false, error: 'prospect.error.dateBeforeLast' });
    expect(advanceStage({ ...start, closedOn: day('2026-01-11') }, 'needsAnalysis', day('2026-02-01'))).toEqual({ ok: false, error: 'prospect.error.closed' });
  });

  it('allows moving back, recorded, and remembers the furthest stage reached', () => {
    const p = moveAll(start, [
      ['needsAnalysis', '2026-02-01'],
      ['proposal', '2026-02-15'],
    ]);
    const back = advanceStage(p, 'potential', day('2026-03-01'), 'budget frozen');
    expect(back.ok && back.direction).toBe('back');
    if (!back.ok) return;
    expect(back.prospect.history.at(-1)).toEqual({ from: 'proposal', to: 'potential', day: day('2026-03-01'), note: 'budget frozen' });
    expect(furthestStageIndex(back.prospect)).toBe(3);
    const won = moveAll(back.prospect, [
      ['needsAnalysis', '2026-04-01'],
      ['proposal', '2026-04-02'],
      ['targetCustomer', '2026-04-03'],
      ['deal', '2026-04-04'],
    ]);
    expect(isOpenProspect(won)).toBe(false);
  });
});
