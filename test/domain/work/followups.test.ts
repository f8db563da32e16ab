import { parseIsoDate } from '../../../src/domain/work/calendar';
import { byOwner, cancelFollowUp, dueThisWeek, editFollowUp, followUpSchema, isEdited, manualFollowUp, markDone, overdue, type FollowUp } from '../../../src/domain/work/followups';
import { dueFollowUps } from '../../../src/domain/work/followupRules';

const day = (iso: string): number => parseIsoDate(iso) as number;
const task = (id: string, due: string, owner = '', status: FollowUp['status'] = 'open'): FollowUp => ({
  ...manualFollowUp({ id, subjectKind: 'customer', subjectId: 'K1', type: 'call', dueDate: day(due), owner }),
  status,
});

describe('follow-up views', () => {
  const asOf = day('2026-11-19'); // a Thursday
  const tasks = [
    task('a', '2026-11-18', 'Wang'),
    task('b', '2026-11-16', 'Li'),
    task('c', '2026-11-22', 'Wang'),
    task('d', '2026-11-23'),
    task('e', '2026-11-10', 'Li', 'done'),
    task('f', '2026-11-15', 'Li'),
  ];

  it('overdue: open tasks due before the day, oldest first', () => {
    expect(overdue(tasks, asOf).map((t) => t.id)).toEqual(['f', 'b', 'a']);
  });

  it('due this week honours the first day of the week', () => {
    expect(dueThisWeek(tasks, asOf, 1).map((t) => t.id)).toEqual(['b', 'a', 'c']); // Mon 16 - Sun 22
    expect(dueThisWeek(tasks, asOf, 0).map((t) => t.id)).toEqual(['f', 'b', 'a']); // Sun 15 - Sat 21
    expect(dueThisWeek([...tasks, task('g', '2026-11-14')], asOf, 0).map((t) => t.id)).toEqual(['f', 'b', 'a']);
  });

  it('groups by owner, unassigned last', () => {
    expect(byOwner(tasks).map((g) => [g.owner, g.tasks.map((t) => t.id)])).toEqual([
      ['Li', ['e', 'f', 'b']],
      ['Wang', ['a', 'c']],
      ['', ['d']],
    ]);
  });
});

describe('task changes', () => {
  it('markDone records the day; cancel clears it', () => {
    const done = markDone(task('a', '2026-11-18'), day('2026-11-20'));
    expect(done).toMatchObject({ status: 'done', completedOn: day('2026-11-20') });
    expect(cancelFollowUp(done)).toMatchObject({ status: 'cancelled', completedOn: null });
    expect(followUpSchema.safeParse(done).success).toBe(true);
  });

  it('detects edits made through the form and edits made in the sheet', () => {
    const [generated] = dueFollowUps({ customers: [{ customerId: 'K1', owner: 'Li', tier: null, lastOrderOn: day('2026-09-01'), birthday: null, churn: null }], prospects: [] }, [], day('2026-11-19'));
    if (!generated) throw new Error('expected a return visit');
    expect(isEdited(generated)).toBe(false);
    expect(isEdited(editFollowUp(generated, { notes: 'bring samples' }))).toBe(true);
    expect(isEdited({ ...generated, owner: 'Wang' })).toBe(true); // changed in the table, flag untouched
    expect(isEdited(markDone(generated, day('2026-11-20')))).toBe(false);
    expect(isEdited(editFollowUp(task('m', '2026-11-18'), {}))).toBe(true);
  });
});
