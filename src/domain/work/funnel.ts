/**
 * Funnel measures (docs/domain.md section 4): conversion from each stage to the next, overall and
 * per salesperson, and the counts per stage a funnel chart draws.
 */
import { WORK_MESSAGES, type Bilingual } from './labels';
import { FUNNEL_STAGES, furthestStageIndex, type FunnelStage, type Prospect } from './prospects';

export interface StageConversion {
  from: FunnelStage;
  to: FunnelStage;
  reached: number; // prospects that ever reached `from`
  advanced: number; // of those, the ones that went on to `to`
  rate: number | null; // advanced / reached; null when none reached `from`
}

/** Share of prospects that reached stage k and went on to stage k+1, for k = 0..4. */
export function stageConversion(prospects: readonly Prospect[]): StageConversion[] {
  const furthest = prospects.map(furthestStageIndex);
  const reachedCount = (k: number): number => furthest.filter((f) => f >= k).length;
  return FUNNEL_STAGES.slice(0, -1).map((from, k) => {
    const reached = reachedCount(k);
    const advanced = reachedCount(k + 1);
    return { from, to: FUNNEL_STAGES[k + 1] as FunnelStage, reached, advanced, rate: reached === 0 ? null : advanced / reached };
  });
}

export interface OwnerConversion {
  owner: string; // '' = unassigned
  prospects: number;
  conversions: StageConversion[];
}

export function conversionByOwner(prospects: readonly Prospect[]): OwnerConversion[] {
  const groups = new Map<string, Prospect[]>();
  for (const p of prospects) {
    const owner = p.owner.trim();
    const list = groups.get(owner);
    if (list) list.push(p);
    else groups.set(owner, [p]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, list]) => ({ owner, prospects: list.length, conversions: stageConversion(list) }));
}

export interface FunnelPoint {
  stage: FunnelStage;
  label: Bilingual;
  current: number; // open prospects at this stage now (deals at 'deal'); closed ones are left out
  reached: number; // prospects that ever reached this stage
}

/** One point per stage, top of the funnel first: the series of a funnel or bar chart. */
export function funnelSeries(prospects: readonly Prospect[]): FunnelPoint[] {
  const furthest = prospects.map(furthestStageIndex);
  return FUNNEL_STAGES.map((stage, k) => ({
    stage,
    label: WORK_MESSAGES[`stage.${stage}`],
    current: prospects.filter((p) => p.stage === stage && p.closedOn === null).length,
    reached: furthest.filter((f) => f >= k).length,
  }));
}
