/**
 * Follow-up tasks (docs/domain.md section 7): the record, edit detection, completion and the views
 * the task pane lists (overdue, due this week, by owner).
 */
import { z } from 'zod';
import type { DayNumber } from '../model';
import { startOfWeek } from './calendar';

export const FOLLOW_UP_TYPES = ['visit', 'call', 'email', 'care', 'quote', 'sample', 'winback', 'seniorVisit'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The rules that generate tasks; a generated task's `source` names its rule. */
export const FOLLOW_UP_RULE_IDS = ['returnVisit', 'prospectMonthly', 'seniorVisit', 'careBirthday', 'careHoliday', 'churn'] as const;
export type FollowUpRuleId = (typeof FOLLOW_UP_RULE_IDS)[number];

export const SUBJECT_KINDS = ['customer', 'prospect'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const followUpSchema = z.object({
  /** Generated tasks: `rule:kind:subjectId:periodKey`, so a re-run finds the same task again. */
  id: z.string().min(1),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: z.string().min(1),
  type: z.enum(FOLLOW_UP_TYPES),
  dueDate: z.number().int(),
  owner: z.string(),
  notes: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  completedOn: z.number().int().nullable(),
  source: z.union([z.literal('manual'), z.enum(FOLLOW_UP_RULE_IDS)]),
  /** Message id (labels.ts) saying why a rule created the task; null for manual tasks. */
  reason: z.string().nullable(),
  editedByUser: z.boolean(),
  /** Hash of the editable content as the rule generated it; a different hash now means someone edited it in the sheet. */
  generatedHash: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** FNV-1a, 32 bit, as hex: small, stable and good enough to notice an edited cell. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function followUpContentHash(task: Pick<FollowUp, 'subjectKind' | 'subjectId' | 'type' | 'dueDate' | 'owner' | 'notes'>): string {
  return fnv1a(JSON.stringify([task.subjectKind, task.subjectId, task.type, task.dueDate, task.owner, task.notes]));
}

/** Edited by someone: flagged by the form, or its content no longer matches what the rule wrote. */
export function isEdited(task: FollowUp): boolean {
  return task.editedByUser || (task.generatedHash !== null && task.generatedHash !== followUpContentHash(task));
}

export type FollowUpEdit = Partial<Pick<FollowUp, 'type' | 'dueDate' | 'owner' | 'notes'>>;

export function editFollowUp(task: FollowUp, edit: FollowUpEdit): FollowUp {
  return { ...task, ...edit, editedByUser: true };
}

export function markDone(task: FollowUp, day: DayNumber): FollowUp {
  return { ...task, status: 'done', completedOn: day };
}

export function cancelFollowUp(task: FollowUp): FollowUp {
  return { ...task, status: 'cancelled', completedOn: null };
}

export interface ManualFollowUp {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  type: FollowUpType;
  dueDate: DayNumber;
  owner?: string;
  notes?: string;
}

export function manualFollowUp(input: ManualFollowUp): FollowUp {
  return {
    ...input,
    owner: input.owner ?? '',
    notes: input.notes ?? '',
    status: 'open',
    completedOn: null,
    source: 'manual',
    reason: null,
    editedByUser: false,
    generatedHash: null,
  };
}

const byDueThenId = (a: FollowUp, b: FollowUp): number => a.dueDate - b.dueDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Open tasks due before `asOf`, oldest first. */
export function overdue(tasks: readonly FollowUp[], asOf: DayNumber): FollowUp[] {
  return tasks.filter((t) => t.status === 'open' && t.dueDate < asOf).sort(byDueThenId);
}

/** Open tasks due in the week holding `asOf` (weekStartsOn: 0 = Sunday, 1 = Monday ...). */
export function dueThisWeek(tasks: readonly FollowUp[], asOf: DayNumber, weekStartsOn = 1): FollowUp[] {
  const first = startOfWeek(asOf, weekStartsOn);
  return tasks.filter((t) => t.status === 'open' && t.dueDate >= first && t.dueDate <= first + 6).sort(byDueThenId);
}

export interface OwnerTasks {
  owner: string; // '' = unassigned
  tasks: FollowUp[];
}

/** Tasks grouped by owner, owners in alphabetical order with unassigned last, tasks by due date. */
export function byOwner(tasks: readonly FollowUp[]): OwnerTasks[] {
  const groups = new Map<string, FollowUp[]>();
  for (const task of tasks) {
    const owner = task.owner.trim();
    const list = groups.get(owner);
    if (list) list.push(task);
    else groups.set(owner, [task]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))).map(([owner, list]) => ({ owner, tasks: list.sort(byDueThenId) }));
}
