/**
 * The rules that put follow-up tasks on the list (docs/domain.md sections 5 and 7), and the merge
 * that makes re-running them safe: a generated task's id is its rule, subject and period, so a
 * second run finds it again instead of adding it twice, and a task someone edited, completed or
 * cancelled is left exactly as it is. Rules and their choices: docs/work-rules.md.
 */
import { z } from 'zod';
import type { DayNumber } from '../model';
import { addMonths, endOfMonth, fromCalendar, isoDate, monthKey, occurrenceInYear, startOfMonth, toCalendar } from './calendar';
import { churnPlay, churnReasonSchema, DEFAULT_HIGH_VALUE_TIERS } from './churn';
import { FOLLOW_UP_TYPES, followUpContentHash, isEdited, type FollowUp, type FollowUpRuleId, type FollowUpType, type SubjectKind } from './followups';
import type { WorkMessageId } from './labels';
import { isOpenProspect, prospectActivityDays, type Prospect } from './prospects';

/** What the rules need to know of a customer; build it with `followUpCustomers` (followupInput.ts). */
export const followUpCustomerSchema = z.object({
  customerId: z.string().min(1),
  owner: z.string(),
  tier: z.string().nullable(),
  lastOrderOn: z.number().int().nullable(),
  birthday: z.number().int().nullable(),
  churn: z.object({ reason: churnReasonSchema, markedOn: z.number().int() }).nullable(),
  /** The predictive model's flag (owned column "Tiers likely churning"); absent = not flagged. */
  likelyChurning: z.boolean().optional(),
});
export type FollowUpCustomer = z.infer<typeof followUpCustomerSchema>;

export interface FollowUpInput {
  customers: readonly FollowUpCustomer[];
  prospects: readonly Prospect[];
}

const months = z.number().int().min(1).max(36);
const bilingualSchema = z.object({ en: z.string(), zh: z.string() });

export const holidaySchema = z.object({
  id: z.string().min(1),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  label: bilingualSchema,
});
export type Holiday = z.infer<typeof holidaySchema>;

const DEFAULT_CHURN_RISK_RULE = { enabled: true, type: 'winback', withinDays: 7 } as const;

export const followUpRulesSchema = z.object({
  /** How far ahead of the analysis date tasks are put on the list. */
  horizonDays: z.number().int().min(0).max(366),
  returnVisit: z.object({
    enabled: z.boolean(),
    intervalMonths: months,
    intervalMonthsByTier: z.record(z.string(), months),
    /** Done tasks of these types count as a visit, like an order does. */
    contactTypes: z.array(z.enum(FOLLOW_UP_TYPES)),
  }),
  prospectMonthly: z.object({ enabled: z.boolean(), type: z.enum(FOLLOW_UP_TYPES) }),
  seniorVisit: z.object({ enabled: z.boolean(), tiers: z.array(z.string()) }),
  care: z.object({
    enabled: z.boolean(),
    birthday: z.boolean(),
    /** Days before the occasion the task falls due (time to send a card). */
    leadDays: z.number().int().min(0).max(60),
    holidays: z.array(holidaySchema),
    /** Tiers that get care tasks; null = every customer not marked lost. */
    tiers: z.array(z.string()).nullable(),
  }),
  churn: z.object({
    enabled: z.boolean(),
    highValueTiers: z.array(z.string()),
    /** Customers marked lost longer ago than this get no play (it would only be stale). */
    lookbackDays: z.number().int().min(0),
  }),
  /**
   * A customer the predictive model flags as likely churning, and not marked lost, gets one
   * win-back task per calendar quarter. Optional in stored rules (added later): absent = on.
   */
  churnRisk: z
    .object({
      enabled: z.boolean(),
      type: z.enum(FOLLOW_UP_TYPES),
      /** Days after the run the task falls due (capped at the horizon). */
      withinDays: z.number().int().min(0).max(90),
    })
    .default(() => ({ ...DEFAULT_CHURN_RISK_RULE })),
});
export type FollowUpRules = z.infer<typeof followUpRulesSchema>;

export const DEFAULT_FOLLOW_UP_RULES: FollowUpRules = {
  horizonDays: 30,
  returnVisit: { enabled: true, intervalMonths: 3, intervalMonthsByTier: { Diamond: 1 }, contactTypes: ['visit', 'seniorVisit'] },
  prospectMonthly: { enabled: true, type: 'call' },
  seniorVisit: { enabled: true, tiers: ['Diamond', 'Platinum'] },
  care: {
    enabled: true,
    birthday: true,
    leadDays: 7,
    holidays: [
      // Spring Festival moves with the lunar calendar: managers update the date each year.
      { id: 'springFestival', month: 2, day: 17, label: { en: 'Spring Festival', zh: '春节' } },
      { id: 'christmas', month: 12, day: 25, label: { en: 'Christmas', zh: '圣诞节' } },
    ],
    tiers: null,
  },
  churn: { enabled: true, highValueTiers: [...DEFAULT_HIGH_VALUE_TIERS], lookbackDays: 90 },
  churnRisk: { ...DEFAULT_CHURN_RISK_RULE },
};

interface Candidate {
  rule: FollowUpRuleId;
  subjectKind: SubjectKind;
  subjectId: string;
  periodKey: string;
  type: FollowUpType;
  dueDate: DayNumber;
  owner: string;
  reason: WorkMessageId;
}

export function generatedFollowUpId(rule: FollowUpRuleId, subjectKind: SubjectKind, subjectId: string, periodKey: string): string {
  return `${rule}:${subjectKind}:${subjectId}:${periodKey}`;
}

function toTask(c: Candidate): FollowUp {
  const content = { subjectKind: c.subjectKind, subjectId: c.subjectId, type: c.type, dueDate: c.dueDate, owner: c.owner, notes: '' };
  return {
    id: generatedFollowUpId(c.rule, c.subjectKind, c.subjectId, c.periodKey),
    ...content,
    status: 'open',
    completedOn: null,
    source: c.rule,
    reason: c.reason,
    editedByUser: false,
    generatedHash: followUpContentHash(content),
  };
}

/** Days on which done tasks of the given types were completed, per subject. */
function completedDays(existing: readonly FollowUp[], kind: SubjectKind, types: readonly FollowUpType[]): Map<string, DayNumber[]> {
  const days = new Map<string, DayNumber[]>();
  for (const t of existing) {
    if (t.subjectKind !== kind || t.status !== 'done' || t.completedOn === null || !types.includes(t.type)) continue;
    const list = days.get(t.subjectId);
    if (list) list.push(t.completedOn);
    else days.set(t.subjectId, [t.completedOn]);
  }
  return days;
}

const latest = (days: readonly (DayNumber | null)[]): DayNumber | null => days.reduce<DayNumber | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

const yearsBetween = (from: DayNumber, to: DayNumber): number[] => {
  const years: number[] = [];
  for (let y = toCalendar(from).year; y <= toCalendar(to).year; y++) years.push(y);
  return years;
};

interface RuleContext {
  input: FollowUpInput;
  existing: readonly FollowUp[];
  asOf: DayNumber;
  until: DayNumber; // last due date the run puts on the list
  rules: FollowUpRules;
}

const activeCustomers = (input: FollowUpInput): FollowUpCustomer[] => input.customers.filter((c) => c.churn === null);

function returnVisits({ input, existing, until, rules }: RuleContext): Candidate[] {
  const { intervalMonths, intervalMonthsByTier, contactTypes } = rules.returnVisit;
  const visits = completedDays(existing, 'customer', contactTypes);
  return activeCustomers(input).flatMap((c) => {
    const lastContact = latest([c.lastOrderOn, ...(visits.get(c.customerId) ?? [])]);
    if (lastContact === null) return [];
    const interval = (c.tier !== null ? intervalMonthsByTier[c.tier] : undefined) ?? intervalMonths;
    const due = addMonths(lastContact, interval);
    if (due > until) return [];
    return [{ rule: 'returnVisit', subjectKind: 'customer', subjectId: c.customerId, periodKey: isoDate(due), type: 'visit', dueDate: due, owner: c.owner, reason: 'rule.returnVisit' }];
  });
}

/** One task per calendar month without a recorded action, due on the month's last day. */
function prospectMonthly({ input, existing, asOf, until, rules }: RuleContext): Candidate[] {
  const done = completedDays(existing, 'prospect', FOLLOW_UP_TYPES);
  return input.prospects.filter(isOpenProspect).flatMap((p) => {
    const activity = [...prospectActivityDays(p), ...(done.get(p.id) ?? [])];
    const entered = p.history.length ? Math.min(...p.history.map((t) => t.day)) : -Infinity;
    const candidates: Candidate[] = [];
    for (let first = startOfMonth(asOf); endOfMonth(first) <= until; first = endOfMonth(first) + 1) {
      const last = endOfMonth(first);
      if (entered > last || activity.some((d) => d >= first && d <= last)) continue;
      candidates.push({
        rule: 'prospectMonthly',
        subjectKind: 'prospect',
        subjectId: p.id,
        periodKey: monthKey(first),
        type: rules.prospectMonthly.type,
        dueDate: last,
        owner: p.owner,
        reason: 'rule.prospectMonthly',
      });
    }
    return candidates;
  });
}

/** Per calendar year without a senior visit: due a year after the last one, or on 1 January. */
function seniorVisits({ input, existing, asOf, until, rules }: RuleContext): Candidate[] {
  const tiers = new Set(rules.seniorVisit.tiers);
  const visits = completedDays(existing, 'customer', ['seniorVisit']);
  return activeCustomers(input)
    .filter((c) => c.tier !== null && tiers.has(c.tier))
    .flatMap((c) => {
      const done = visits.get(c.customerId) ?? [];
      const lastVisit = latest(done);
      return yearsBetween(asOf, until).flatMap((year): Candidate[] => {
        if (done.some((d) => toCalendar(d).year === year)) return [];
        const due = Math.max(fromCalendar(year, 1, 1), lastVisit === null ? -Infinity : addMonths(lastVisit, 12));
        if (due > until) return [];
        return [{ rule: 'seniorVisit', subjectKind: 'customer', subjectId: c.customerId, periodKey: String(year), type: 'seniorVisit', dueDate: due, owner: c.owner, reason: 'rule.seniorVisit' }];
      });
    });
}

/** Birthdays and holidays still ahead of `asOf`, due `leadDays` before the occasion. */
function careDates({ input, asOf, until, rules }: RuleContext): Candidate[] {
  const { leadDays, holidays, tiers, birthday } = rules.care;
  const careTiers = tiers === null ? null : new Set(tiers);
  const years = yearsBetween(asOf, until + leadDays);
  return activeCustomers(input)
    .filter((c) => careTiers === null || (c.tier !== null && careTiers.has(c.tier)))
    .flatMap((c) => {
      const occasions: { rule: FollowUpRuleId; key: string; month: number; day: number }[] = holidays.map((h) => ({ rule: 'careHoliday', key: `${h.id}-`, month: h.month, day: h.day }));
      if (birthday && c.birthday !== null) occasions.push({ rule: 'careBirthday', key: '', ...toCalendar(c.birthday) });
      return occasions.flatMap((o) =>
        years.flatMap((year): Candidate[] => {
          const occasion = occurrenceInYear(o, year);
          const due = occasion - leadDays;
          if (occasion < asOf || due > until) return [];
          const reason: WorkMessageId = o.rule === 'careBirthday' ? 'rule.careBirthday' : 'rule.careHoliday';
          return [{ rule: o.rule, subjectKind: 'customer', subjectId: c.customerId, periodKey: `${o.key}${isoDate(occasion)}`, type: 'care', dueDate: due, owner: c.owner, reason }];
        }),
      );
    });
}

function churnPlays({ input, asOf, until, rules }: RuleContext): Candidate[] {
  return input.customers.flatMap((c) => {
    if (c.churn === null || c.churn.markedOn < asOf - rules.churn.lookbackDays) return [];
    const { reason, markedOn } = c.churn;
    return churnPlay(reason, { tier: c.tier }, rules.churn.highValueTiers)
      .filter((step) => markedOn + step.withinDays <= until)
      .map((step) => ({
        rule: 'churn',
        subjectKind: 'customer',
        subjectId: c.customerId,
        periodKey: `${reason}-${isoDate(markedOn)}-${step.type}`,
        type: step.type,
        dueDate: markedOn + step.withinDays,
        owner: c.owner,
        reason: step.reason,
      }));
  });
}

const quarterKey = (day: DayNumber): string => {
  const { year, month } = toCalendar(day);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
};

/**
 * Win-back tasks for customers the predictive model thinks are slipping away, before anyone has
 * marked them lost. The task's id carries the quarter of the run, so re-runs within a quarter find
 * it again (whatever happened to it) and a customer still flagged next quarter gets a new one.
 * Filed under the churn rule with the win-back reason: the task list knows no other rule ids.
 */
function churnRiskWinBacks({ input, asOf, until, rules }: RuleContext): Candidate[] {
  const dueDate = Math.min(asOf + rules.churnRisk.withinDays, until);
  const periodKey = `risk-${quarterKey(asOf)}`;
  return activeCustomers(input)
    .filter((c) => c.likelyChurning === true)
    .map((c) => ({ rule: 'churn', subjectKind: 'customer', subjectId: c.customerId, periodKey, type: rules.churnRisk.type, dueDate, owner: c.owner, reason: 'churn.task.winbackQuote' }));
}

/** Every task the enabled rules call for on `asOf`, before merging with what is already listed. */
export function dueFollowUps(input: FollowUpInput, existing: readonly FollowUp[], asOf: DayNumber, rules: FollowUpRules = DEFAULT_FOLLOW_UP_RULES): FollowUp[] {
  const context: RuleContext = { input, existing, asOf, until: asOf + rules.horizonDays, rules };
  const candidates = [
    ...(rules.returnVisit.enabled ? returnVisits(context) : []),
    ...(rules.prospectMonthly.enabled ? prospectMonthly(context) : []),
    ...(rules.seniorVisit.enabled ? seniorVisits(context) : []),
    ...(rules.care.enabled ? careDates(context) : []),
    ...(rules.churn.enabled ? churnPlays(context) : []),
    ...(rules.churnRisk.enabled ? churnRiskWinBacks(context) : []),
  ];
  const unique = new Map<string, FollowUp>();
  for (const task of candidates.map(toTask)) if (!unique.has(task.id)) unique.set(task.id, task);
  return [...unique.values()];
}

export interface GenerateResult {
  /** The full list to write back: existing tasks untouched, then the added ones. */
  tasks: FollowUp[];
  added: FollowUp[];
  /** Already listed and edited, done or cancelled: left exactly as they are. */
  kept: FollowUp[];
  /** Already listed as the rule would write them (open, not edited). */
  unchanged: FollowUp[];
}

export function generateFollowUps(input: FollowUpInput, existing: readonly FollowUp[], asOf: DayNumber, rules: FollowUpRules = DEFAULT_FOLLOW_UP_RULES): GenerateResult {
  const listed = new Map(existing.map((t) => [t.id, t]));
  const result: GenerateResult = { tasks: [...existing], added: [], kept: [], unchanged: [] };
  for (const task of dueFollowUps(input, existing, asOf, rules)) {
    const current = listed.get(task.id);
    if (current === undefined) result.added.push(task);
    else if (current.status !== 'open' || isEdited(current)) result.kept.push(current);
    else result.unchanged.push(current);
  }
  result.tasks.push(...result.added);
  return result;
}
