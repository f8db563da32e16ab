import { agendaByOwnerAndWeek, manualFollowUp, splitBacklog, type FollowUp } from '../../../src/domain/work';

/** Day number of an ISO date, computed independently of the code under test. */
const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const task = (id: string, due: string, owner = '', status: FollowUp['status'] = 'open'): FollowUp => ({
  ...manualFollowUp({ id, subjectKind: 'customer', subjectId: id, type: 'visit', dueDate: day(due), owner, notes: '' }),
  status,
});

describe('splitBacklog', () => {
  it('keeps what falls due from the analysis date on and counts what fell due before it, with the oldest date', () => {
    const asOf = day('2026-03-31');
    const { current, backlog } = splitBacklog([task('a', '2023-05-02'), task('b', '2026-03-31'), task('c', '2025-12-01'), task('d', '2026-04-10')], asOf);
    expect(current.map((t) => t.id)).toEqual(['b', 'd']);
    expect(backlog).toEqual({ count: 2, oldest: day('2023-05-02') });
    expect(splitBacklog([task('b', '2026-04-01')], asOf).backlog).toEqual({ count: 0, oldest: null });
  });
});

describe('agendaByOwnerAndWeek', () => {
  it('groups open tasks by owner (unassigned last), summarises overdue ones and groups the rest by Monday-started week', () => {
    // 2026-03-31 is a Tuesday; its week starts Monday 2026-03-30.
    const asOf = day('2026-03-31');
    const tasks = [
      task('z1', '2026-04-05', 'Zhou'), // Sunday: still the week of 03-30
      task('z2', '2026-04-06', 'Zhou'), // Monday: next week
      task('z3', '2026-03-31', 'Zhou'),
      task('z4', '2026-01-15', 'Zhou'),
      task('z5', '2025-11-02', 'Zhou'),
      task('z6', '2026-04-01', 'Zhou', 'done'),
      task('u1', '2026-04-02'),
      task('l1', '2026-05-01', ' Li '),
    ];
    const agenda = agendaByOwnerAndWeek(tasks, asOf);
    expect(agenda.map((a) => a.owner)).toEqual(['Li', 'Zhou', '']);
    const zhou = agenda[1]!;
    expect(zhou.overdue).toEqual({ count: 2, oldest: day('2025-11-02') });
    expect(zhou.weeks.map((w) => [w.weekStart, w.tasks.map((t) => t.id)])).toEqual([
      [day('2026-03-30'), ['z3', 'z1']],
      [day('2026-04-06'), ['z2']],
    ]);
    expect(agenda[2]!.weeks).toEqual([{ weekStart: day('2026-03-30'), tasks: [tasks[6]] }]);
    expect(agenda[0]!.weeks[0]!.weekStart).toBe(day('2026-04-27'));
  });
});
