/**
 * Prospects (docs/domain.md section 4): the record, the six funnel stages and dated moves between
 * them. Forward moves go one stage at a time so "reached stage k" is well defined; moving back
 * is allowed and recorded.
 */
import { z } from 'zod';
import type { DayNumber } from '../model';
import { manFlagsSchema } from './man';
import type { WorkMessageId } from './labels';

export const FUNNEL_STAGES = ['targetMarket', 'potential', 'needsAnalysis', 'proposal', 'targetCustomer', 'deal'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const stageIndex = (stage: FunnelStage): number => FUNNEL_STAGES.indexOf(stage);

export const stageTransitionSchema = z.object({
  from: z.enum(FUNNEL_STAGES).nullable(), // null: where the prospect entered the funnel
  to: z.enum(FUNNEL_STAGES),
  day: z.number().int(),
  note: z.string(),
});
export type StageTransition = z.infer<typeof stageTransitionSchema>;

export const prospectActionSchema = z.object({ day: z.number().int(), note: z.string() });
export type ProspectAction = z.infer<typeof prospectActionSchema>;

export const prospectSchema = z.object({
  id: z.string().min(1),
  company: z.string(),
  contact: z.string(),
  email: z.string(),
  phone: z.string(),
  country: z.string(),
  source: z.string(), // trade fair, B2B site, referral ...
  owner: z.string(),
  man: manFlagsSchema,
  stage: z.enum(FUNNEL_STAGES),
  history: z.array(stageTransitionSchema), // oldest first
  actions: z.array(prospectActionSchema), // dated contacts that did not move the stage
  notes: z.string(),
  closedOn: z.number().int().nullable(), // dropped without a deal
});
export type Prospect = z.infer<typeof prospectSchema>;

export interface NewProspect {
  id: string;
  company?: string;
  contact?: string;
  email?: string;
  phone?: string;
  country?: string;
  source?: string;
  owner?: string | undefined;
  stage?: FunnelStage | undefined;
  notes?: string;
}

export function newProspect(input: NewProspect, day: DayNumber): Prospect {
  const stage = input.stage ?? 'potential';
  return {
    id: input.id,
    company: input.company ?? '',
    contact: input.contact ?? '',
    email: input.email ?? '',
    phone: input.phone ?? '',
    country: input.country ?? '',
    source: input.source ?? '',
    owner: input.owner ?? '',
    man: { money: false, authority: false, need: false },
    stage,
    history: [{ from: null, to: stage, day, note: '' }],
    actions: [],
    notes: input.notes ?? '',
    closedOn: null,
  };
}

export type StageMove = { ok: true; prospect: Prospect; direction: 'forward' | 'back' } | { ok: false; error: WorkMessageId };

export function advanceStage(prospect: Prospect, stage: FunnelStage, day: DayNumber, note = ''): StageMove {
  if (prospect.closedOn !== null) return { ok: false, error: 'prospect.error.closed' };
  const step = stageIndex(stage) - stageIndex(prospect.stage);
  if (step === 0) return { ok: false, error: 'prospect.error.sameStage' };
  if (step > 1) return { ok: false, error: 'prospect.error.stageSkip' };
  const last = prospect.history[prospect.history.length - 1];
  if (last && day < last.day) return { ok: false, error: 'prospect.error.dateBeforeLast' };
  return {
    ok: true,
    direction: step > 0 ? 'forward' : 'back',
    prospect: { ...prospect, stage, history: [...prospect.history, { from: prospect.stage, to: stage, day, note }] },
  };
}

export function recordAction(prospect: Prospect, day: DayNumber, note: string): Prospect {
  return { ...prospect, actions: [...prospect.actions, { day, note }] };
}

/** Open: in the funnel, neither won nor dropped. */
export function isOpenProspect(prospect: Prospect): boolean {
  return prospect.stage !== 'deal' && prospect.closedOn === null;
}

/** Every day something was recorded on the prospect: stage moves and actions. */
export function prospectActivityDays(prospect: Prospect): DayNumber[] {
  return [...prospect.history.map((t) => t.day), ...prospect.actions.map((a) => a.day)];
}

/** The furthest stage the prospect ever reached (entering at stage k counts as reaching 0..k). */
export function furthestStageIndex(prospect: Prospect): number {
  return Math.max(stageIndex(prospect.stage), ...prospect.history.map((t) => stageIndex(t.to)));
}
