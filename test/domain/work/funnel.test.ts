import { parseIsoDate } from '../../../src/domain/work/calendar';
import { conversionByOwner, funnelSeries, stageConversion } from '../../../src/domain/work/funnel';
import { advanceStage, FUNNEL_STAGES, newProspect, type FunnelStage, type Prospect } from '../../../src/domain/work/prospects';

const day = (iso: string): number => parseIsoDate(iso) as number;

/** A prospect entering at `potential` and walked forward to `to`. */
function walkedTo(id: string, owner: string, to: FunnelStage): Prospect {
  let p = newProspect({ id, owner }, day('2026-01-01'));
  for (let k = 2; k <= FUNNEL_STAGES.indexOf(to); k++) {
    const moved = advanceStage(p, FUNNEL_STAGES[k] as FunnelStage, day('2026-01-01') + k);
    if (!moved.ok) throw new Error(moved.error);
    p = moved.prospect;
  }
  return p;
}

describe('funnel conversion', () => {
  const prospects = [walkedTo('1', 'Li', 'potential'), walkedTo('2', 'Li', 'needsAnalysis'), walkedTo('3', 'Li', 'proposal'), walkedTo('4', 'Wang', 'deal'), walkedTo('5', 'Wang', 'potential')];

  it('is the share of those reaching stage k that went on to k+1', () => {
    const conversion = stageConversion(prospects);
    expect(conversion.map((c) => [c.from, c.reached, c.advanced])).toEqual([
      ['targetMarket', 5, 5],
      ['potential', 5, 3],
      ['needsAnalysis', 3, 2],
      ['proposal', 2, 1],
      ['targetCustomer', 1, 1],
    ]);
    expect(conversion[1]?.rate).toBeCloseTo(0.6);
    expect(stageConversion([])[0]?.rate).toBeNull();
  });

  it('counts a prospect that moved back at the furthest stage it reached', () => {
    const back = advanceStage(walkedTo('6', 'Li', 'proposal'), 'needsAnalysis', day('2026-02-01'));
    if (!back.ok) throw new Error(back.error);
    expect(stageConversion([back.prospect]).map((c) => c.advanced)).toEqual([1, 1, 1, 0, 0]);
  });

  it('splits by owner', () => {
    const byOwner = conversionByOwner(prospects);
    expect(byOwner.map((o) => [o.owner, o.prospects, o.conversions[1]?.rate])).toEqual([
      ['Li', 3, 2 / 3],
      ['Wang', 2, 0.5],
    ]);
  });

  it('gives the chart series: current and reached per stage, labelled', () => {
    const dropped = { ...walkedTo('7', 'Li', 'needsAnalysis'), closedOn: day('2026-03-01') };
    const series = funnelSeries([...prospects, dropped]);
    expect(series.map((s) => s.stage)).toEqual([...FUNNEL_STAGES]);
    expect(series.map((s) => s.current)).toEqual([0, 2, 1, 1, 0, 1]);
    expect(series.map((s) => s.reached)).toEqual([6, 6, 4, 2, 1, 1]);
    expect(series[5]?.label).toEqual({ en: 'Deal', zh: '成交' });
  });
});
