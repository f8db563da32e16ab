import { CHURN_REASONS, churnPlay, churnReasonInfo } from '../../../src/domain/work/churn';

describe('churn plays', () => {
  it('dissatisfied: apologise by phone within 2 days, then visit within 14', () => {
    const play = churnPlay('dissatisfied', { tier: 'Iron' });
    expect(play.map((s) => [s.type, s.withinDays])).toEqual([
      ['call', 2],
      ['visit', 14],
    ]);
  });

  it('competitor: win-back offer and senior visit for high-value tiers, a single call otherwise', () => {
    expect(churnPlay('competitor', { tier: 'Diamond' }).map((s) => s.type)).toEqual(['winback', 'seniorVisit']);
    expect(churnPlay('competitor', { tier: 'Iron' }).map((s) => s.type)).toEqual(['call']);
    expect(churnPlay('competitor', { tier: null }).map((s) => s.type)).toEqual(['call']);
    expect(churnPlay('competitor', { tier: 'Iron' }, ['Iron']).map((s) => s.type)).toEqual(['winback', 'seniorVisit']);
  });

  it('negative value and involuntary: no tasks', () => {
    expect(churnPlay('negativeValue', { tier: 'Diamond' })).toEqual([]);
    expect(churnPlay('involuntary', { tier: 'Diamond' })).toEqual([]);
  });

  it('labels and advice exist in both languages', () => {
    for (const reason of CHURN_REASONS) {
      const info = churnReasonInfo(reason);
      expect(info.label.en.length * info.label.zh.length * info.advice.en.length * info.advice.zh.length).toBeGreaterThan(0);
    }
  });
});
