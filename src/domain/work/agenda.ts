/**
 * Due tasks as a person works through them (docs/work-rules.md, "Working through due tasks"):
 * generated tasks are listed from the analysis date forward and what fell due before it is
 * summarised as a backlog (a count and the oldest due date) instead of hundreds of rows; open
 * tasks are grouped by owner, then by week.
 */
import type { DayNumber } from '../model';
import { startOfWeek } from './calendar';
import type { FollowUp } from './followups';

export interface Backlog {
  count: number;
  /** Oldest due date among them; null when there are none. */
  oldest: DayNumber | null;
}

/** Splits tasks into those due on or after `asOf` (kept, in order) and the backlog due before it. */
export function splitBacklog(tasks: readonly FollowUp[], asOf: DayNumber): { current: FollowUp[]; backlog: Backlog } {
  const current: FollowUp[] = [];
  let count = 0;
  let oldest: DayNumber | null = null;
  for (const t of tasks) {
    if (t.dueDate >= asOf) {
      current.push(t);
      continue;
    }
    count++;
    if (oldest === null || t.dueDate < oldest) oldest = t.dueDate;
  }
  return { current, backlog: { count, oldest } };
}

export interface WeekTasks {
  /** First day of the week (Monday by default). */
  weekStart: DayNumber;
  tasks: FollowUp[];
}

export interface OwnerAgenda {
  owner: string; // '' = unassigned
  /** Open tasks due before `asOf`, summarised. */
  overdue: Backlog;
  /** Open tasks due from `asOf` on, by week, earliest week first. */
  weeks: WeekTasks[];
}

const byDueThenId = (a: FollowUp, b: FollowUp): number => a.dueDate - b.dueDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Open tasks per owner (alphabetical, unassigned last), each owner's overdue ones summarised and
 * the rest grouped by the week they fall due in (weekStartsOn: 0 = Sunday, 1 = Monday ...).
 */
export function agendaByOwnerAndWeek(tasks: readonly FollowUp[], asOf: DayNumber, weekStartsOn = 1): OwnerAgenda[] {
  const owners = new Map<string, FollowUp[]>();
  for (const t of tasks) {
    if (t.status !== 'open') continue;
    const owner = t.owner.trim();
    const list = owners.get(owner);
    if (list) list.push(t);
    else owners.set(owner, [t]);
  }
  return [...owners.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([owner, list]) => {
      const { current, backlog } = splitBacklog(list, asOf);
      const weeks = new Map<DayNumber, FollowUp[]>();
      for (const t of current.sort(byDueThenId)) {
        const start = startOfWeek(t.dueDate, weekStartsOn);
        const week = weeks.get(start);
        if (week) week.push(t);
        else weeks.set(start, [t]);
      }
      return { owner, overdue: backlog, weeks: [...weeks.entries()].sort(([a], [b]) => a - b).map(([weekStart, list]) => ({ weekStart, tasks: list })) };
    });
}
