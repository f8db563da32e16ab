import fc from 'fast-check';
import { isoDate, parseIsoDate } from '../../../src/domain/work/calendar';
import { editFollowUp, markDone, type FollowUp } from '../../../src/domain/work/followups';
import { DEFAULT_FOLLOW_UP_RULES, followUpRulesSchema, generateFollowUps, type FollowUpCustomer, type FollowUpInput, type FollowUpRules } from '../../../src/domain/work/followupRules';
import { advanceStage, newProspect, recordAction, type Prospect } from '../../../src/domain/work/prospects';

const day = (iso: string): number => parseIsoDate(iso) as number;

const customer = (overrides: Partial<FollowUpCustomer> = {}): FollowUpCustomer => ({
  customerId: 'K1',
  owner: 'Li',
  tier: 'Gold',
  lastOrderOn: null,
  birthday: null,
  churn: null,
  ...overrides,
});

/** Only the named rule switched on, so each test sees one rule's tasks. */
function only(rule: 'returnVisit' | 'prospectMonthly' | 'seniorVisit' | 'care' | 'churn' | 'churnRisk', patch: Partial<FollowUpRules> = {}): FollowUpRules {
  const rules = structuredClone(DEFAULT_FOLLOW_UP_RULES);
  for (const key of ['returnVisit', 'prospectMonthly', 'seniorVisit', 'care', 'churn', 'churnRisk'] as const) rules[key].enabled = key === rule;
  return { ...rules, ...patch };
}

const run = (input: Partial<FollowUpInput>, asOf: string, rules: FollowUpRules, existing: FollowUp[] = []) =>
  generateFollowUps({ customers: input.customers ?? [], prospects: input.prospects ?? [] }, existing, day(asOf), rules);

const summary = (tasks: FollowUp[]) => tasks.map((t) => `${t.id} ${t.type} due ${isoDate(t.dueDate)}`);

describe('return visits', () => {
  const rules = only('returnVisit');

  it('fall due three months after the last order, once inside the horizon', () => {
    const customers = [customer({ lastOrderOn: day('2026-08-31') })];
    expect(summary(run({ customers }, '2026-11-05', rules).added)).toEqual(['returnVisit:customer:K1:2026-11-30 visit due 2026-11-30']);
    expect(run({ customers }, '2026-10-30', rules).added).toEqual([]); // due Nov 30, horizon ends Nov 29
    expect(run({ customers }, '2026-10-30', { ...rules, horizonDays: 31 }).added).toHaveLength(1);
    expect(run({ customers }, '2026-11-05', rules).added[0]).toMatchObject({ owner: 'Li', source: 'returnVisit', reason: 'rule.returnVisit', status: 'open' });
  });

  it('use the tier interval (Diamond monthly by default) and clamp month ends', () => {
    const customers = [customer({ tier: 'Diamond', lastOrderOn: day('2027-01-31') })];
    expect(summary(run({ customers }, '2027-02-10', rules).added)).toEqual(['returnVisit:customer:K1:2027-02-28 visit due 2027-02-28']);
    const leap = [customer({ tier: 'Diamond', lastOrderOn: day('2028-01-31') })];
    expect(run({ customers: leap }, '2028-02-10', rules).added[0]?.dueDate).toBe(day('2028-02-29'));
    const custom = { ...rules, returnVisit: { ...rules.returnVisit, intervalMonthsByTier: { Gold: 2 } } };
    expect(run({ customers: [customer({ lastOrderOn: day('2026-09-15') })] }, '2026-11-01', custom).added[0]?.dueDate).toBe(day('2026-11-15'));
  });

  it('count a done visit as the last contact, and skip customers never in contact', () => {
    const first = run({ customers: [customer({ lastOrderOn: day('2026-08-31') })] }, '2026-11-05', rules);
    const visited = markDone(first.added[0] as FollowUp, day('2026-11-20'));
    const next = run({ customers: [customer({ lastOrderOn: day('2026-08-31') })] }, '2027-02-01', rules, [visited]);
    expect(summary(next.added)).toEqual(['returnVisit:customer:K1:2027-02-20 visit due 2027-02-20']);
    expect(run({ customers: [customer()] }, '2026-11-05', rules).added).toEqual([]);
  });

  it('list a long-overdue visit once, keyed by its due date, so a later run does not add another', () => {
    const customers = [customer({ lastOrderOn: day('2024-01-10') })];
    const first = run({ customers }, '2026-11-05', rules);
    expect(summary(first.added)).toEqual(['returnVisit:customer:K1:2024-04-10 visit due 2024-04-10']);
    expect(run({ customers }, '2026-12-24', rules, first.tasks).added).toEqual([]);
  });
});

describe('monthly action on open prospects', () => {
  const rules = only('prospectMonthly');
  const prospect = (created: string, touched: string[] = []): Prospect =>
    touched.reduce((p, t) => recordAction(p, day(t), 'called'), newProspect({ id: 'P-1', owner: 'Wang', company: 'Acme' }, day(created)));

  it('asks for an action this month even if the prospect was touched on the last day of last month', () => {
    const result = run({ prospects: [prospect('2026-09-01', ['2026-10-31'])] }, '2026-11-05', rules);
    expect(summary(result.added)).toEqual(['prospectMonthly:prospect:P-1:2026-11 call due 2026-11-30']);
    expect(result.added[0]?.owner).toBe('Wang');
  });

  it('asks nothing for a month that already has an action (a stage move counts)', () => {
    expect(run({ prospects: [prospect('2026-09-01', ['2026-11-01'])] }, '2026-11-05', rules).added).toEqual([]);
    const moved = advanceStage(prospect('2026-09-01'), 'needsAnalysis', day('2026-11-03'));
    if (!moved.ok) throw new Error(moved.error);
    expect(run({ prospects: [moved.prospect] }, '2026-11-05', rules).added).toEqual([]);
  });

  it('crosses from January 31 into February, leap years included', () => {
    expect(summary(run({ prospects: [prospect('2026-12-01', ['2027-01-31'])] }, '2027-01-31', rules).added)).toEqual(['prospectMonthly:prospect:P-1:2027-02 call due 2027-02-28']);
    expect(summary(run({ prospects: [prospect('2027-12-01', ['2028-01-31'])] }, '2028-01-31', rules).added)).toEqual(['prospectMonthly:prospect:P-1:2028-02 call due 2028-02-29']);
    // Untouched in January: both months are listed.
    expect(run({ prospects: [prospect('2026-12-01')] }, '2027-01-31', rules).added.map((t) => t.id)).toEqual(['prospectMonthly:prospect:P-1:2027-01', 'prospectMonthly:prospect:P-1:2027-02']);
  });

  it('counts a done follow-up as the action, and leaves deals and dropped prospects alone', () => {
    const first = run({ prospects: [prospect('2026-09-01')] }, '2026-11-05', rules);
    const done = markDone(first.added[0] as FollowUp, day('2026-11-12'));
    const again = run({ prospects: [prospect('2026-09-01')] }, '2026-11-20', rules, [done]);
    expect(again.added).toEqual([]);
    expect(again.kept).toEqual([]); // the rule no longer asks for it: November has an action
    expect(again.tasks).toEqual([done]);
    // Done ahead of its month (on Oct 31): November still lacks an action, but its task is done, so it is kept, not re-added.
    const early = markDone(first.added[0] as FollowUp, day('2026-10-31'));
    const rerun = run({ prospects: [prospect('2026-09-01')] }, '2026-11-20', rules, [early]);
    expect(rerun.added).toEqual([]);
    expect(rerun.kept).toEqual([early]);
    const closed = { ...prospect('2026-09-01'), closedOn: day('2026-10-01') };
    const won = { ...prospect('2026-09-01'), stage: 'deal' as const };
    expect(run({ prospects: [closed, won] }, '2026-11-05', rules).added).toEqual([]);
  });
});

describe('senior visits for key accounts', () => {
  const rules = only('seniorVisit');

  it('asks for one per calendar year for the configured tiers only', () => {
    const customers = [customer({ customerId: 'D', tier: 'Diamond' }), customer({ customerId: 'P', tier: 'Platinum' }), customer({ customerId: 'G', tier: 'Gold' })];
    expect(summary(run({ customers }, '2026-11-05', rules).added)).toEqual(['seniorVisit:customer:D:2026 seniorVisit due 2026-01-01', 'seniorVisit:customer:P:2026 seniorVisit due 2026-01-01']);
    const goldToo = { ...rules, seniorVisit: { enabled: true, tiers: ['Gold'] } };
    expect(run({ customers }, '2026-11-05', goldToo).added.map((t) => t.subjectId)).toEqual(['G']);
  });

  it('falls due a year after the last senior visit; none again in a year already visited', () => {
    const customers = [customer({ tier: 'Diamond' })];
    const first = run({ customers }, '2026-02-01', rules);
    const visited = markDone(first.added[0] as FollowUp, day('2026-03-10'));
    expect(run({ customers }, '2026-11-05', rules, [visited]).added).toEqual([]);
    expect(summary(run({ customers }, '2027-02-20', rules, [visited]).added)).toEqual(['seniorVisit:customer:K1:2027 seniorVisit due 2027-03-10']);
  });
});

describe('care dates', () => {
  const rules = only('care');

  it('greets on birthdays, a week ahead, every year; Feb 29 falls on Feb 28 in common years', () => {
    const noHolidays = { ...rules, care: { ...rules.care, holidays: [] } };
    const customers = [customer({ birthday: day('1980-11-20') })];
    expect(summary(run({ customers }, '2026-11-05', noHolidays).added)).toEqual(['careBirthday:customer:K1:2026-11-20 care due 2026-11-13']);
    expect(run({ customers }, '2026-11-21', noHolidays).added).toEqual([]); // this year's has passed, next is too far
    const leapling = [customer({ birthday: day('1984-02-29') })];
    expect(summary(run({ customers: leapling }, '2027-02-01', noHolidays).added)).toEqual(['careBirthday:customer:K1:2027-02-28 care due 2027-02-21']);
  });

  it('greets on configured holidays, across the year end, for the configured tiers', () => {
    const holidays = [
      { id: 'newYear', month: 1, day: 1, label: { en: "New Year's Day", zh: '元旦' } },
      { id: 'christmas', month: 12, day: 25, label: { en: 'Christmas', zh: '圣诞节' } },
    ];
    const config = { ...rules, care: { ...rules.care, birthday: false, holidays } };
    expect(summary(run({ customers: [customer()] }, '2026-12-20', config).added)).toEqual([
      'careHoliday:customer:K1:newYear-2027-01-01 care due 2026-12-25',
      'careHoliday:customer:K1:christmas-2026-12-25 care due 2026-12-18',
    ]);
    const keyOnly = { ...config, care: { ...config.care, tiers: ['Diamond'] } };
    expect(run({ customers: [customer()] }, '2026-12-20', keyOnly).added).toEqual([]);
  });
});

describe('churn plays for lost customers', () => {
  const rules = only('churn');

  it('creates the play of the reason, due after the day the customer was marked lost', () => {
    const customers = [
      customer({ customerId: 'A', churn: { reason: 'dissatisfied', markedOn: day('2026-11-01') } }),
      customer({ customerId: 'B', tier: 'Diamond', churn: { reason: 'competitor', markedOn: day('2026-11-01') } }),
      customer({ customerId: 'C', churn: { reason: 'involuntary', markedOn: day('2026-11-01') } }),
      customer({ customerId: 'D', churn: { reason: 'negativeValue', markedOn: day('2026-11-01') } }),
    ];
    expect(summary(run({ customers }, '2026-11-05', rules).added)).toEqual([
      'churn:customer:A:dissatisfied-2026-11-01-call call due 2026-11-03',
      'churn:customer:A:dissatisfied-2026-11-01-visit visit due 2026-11-15',
      'churn:customer:B:competitor-2026-11-01-winback winback due 2026-11-08',
      'churn:customer:B:competitor-2026-11-01-seniorVisit seniorVisit due 2026-12-01',
    ]);
  });

  it('ignores customers marked lost long ago, and gives lost customers no other rule', () => {
    const lost = customer({ tier: 'Diamond', lastOrderOn: day('2026-06-01'), birthday: day('1980-11-20'), churn: { reason: 'negativeValue', markedOn: day('2026-01-01') } });
    expect(run({ customers: [lost] }, '2026-11-05', DEFAULT_FOLLOW_UP_RULES).added).toEqual([]);
    const old = customer({ churn: { reason: 'dissatisfied', markedOn: day('2026-01-01') } });
    expect(run({ customers: [old] }, '2026-11-05', rules).added).toEqual([]);
  });
});

describe('win-back tasks for customers the model flags as likely churning', () => {
  const rules = only('churnRisk');
  const flagged = (customerId: string, extra: Partial<FollowUpCustomer> = {}) => customer({ customerId, likelyChurning: true, ...extra });

  it('gives each flagged customer one win-back task for the quarter, due a week after the run', () => {
    const customers = [flagged('A'), customer({ customerId: 'B', likelyChurning: false }), customer({ customerId: 'C' }), flagged('D', { owner: 'Wang' })];
    const added = run({ customers }, '2026-11-05', rules).added;
    expect(summary(added)).toEqual(['churn:customer:A:risk-2026-Q4 winback due 2026-11-12', 'churn:customer:D:risk-2026-Q4 winback due 2026-11-12']);
    expect(added[1]).toMatchObject({ owner: 'Wang', source: 'churn', reason: 'churn.task.winbackQuote', status: 'open' });
  });

  it('gives none to a customer already marked lost (the churn play covers those)', () => {
    const lost = flagged('A', { churn: { reason: 'dissatisfied', markedOn: day('2026-01-01') } });
    expect(run({ customers: [lost] }, '2026-11-05', rules).added).toEqual([]);
  });

  it('adds nothing new on re-runs within the quarter, even when the first task was done; a new one next quarter', () => {
    const customers = [flagged('A')];
    const first = run({ customers }, '2026-10-02', rules);
    expect(first.added).toHaveLength(1);
    expect(run({ customers }, '2026-10-02', rules, first.tasks).added).toEqual([]);
    const done = [markDone(first.added[0]!, day('2026-10-09'))];
    expect(run({ customers }, '2026-12-31', rules, done).added).toEqual([]);
    expect(summary(run({ customers }, '2027-01-04', rules, done).added)).toEqual(['churn:customer:A:risk-2027-Q1 winback due 2027-01-11']);
  });

  it('can be switched off, keeps the due date inside the horizon, and the task type is configurable', () => {
    const customers = [flagged('A')];
    expect(run({ customers }, '2026-11-05', { ...rules, churnRisk: { ...rules.churnRisk, enabled: false } }).added).toEqual([]);
    expect(summary(run({ customers }, '2026-11-05', { ...rules, horizonDays: 3, churnRisk: { ...rules.churnRisk, type: 'call' } }).added)).toEqual([
      'churn:customer:A:risk-2026-Q4 call due 2026-11-08',
    ]);
  });

  it('is on in rules stored before it existed', () => {
    const { churnRisk: _absent, ...older } = DEFAULT_FOLLOW_UP_RULES;
    const parsed = followUpRulesSchema.parse(older);
    expect(parsed.churnRisk).toEqual({ enabled: true, type: 'winback', withinDays: 7 });
    expect(run({ customers: [flagged('A')] }, '2026-11-05', parsed).added.filter((t) => t.id.includes(':risk-'))).toHaveLength(1);
  });
});

describe('re-running the rules', () => {
  const input: FollowUpInput = {
    customers: [customer({ customerId: 'K1', tier: 'Diamond', lastOrderOn: day('2026-10-01'), birthday: day('1975-11-25') }), customer({ customerId: 'K2', lastOrderOn: day('2026-07-01') })],
    prospects: [newProspect({ id: 'P-1', owner: 'Wang' }, day('2026-09-01'))],
  };
  const asOf = day('2026-11-05');

  it('adds nothing the second time and reports what is already there', () => {
    const first = generateFollowUps(input, [], asOf);
    expect(first.added.length).toBeGreaterThan(4);
    const second = generateFollowUps(input, first.tasks, asOf);
    expect(second.added).toEqual([]);
    expect(second.unchanged).toEqual(first.added);
    expect(second.tasks).toEqual(first.tasks);
  });

  it('never overwrites an edited task, and never re-adds a done or cancelled one', () => {
    const first = generateFollowUps(input, [], asOf);
    const [a, b, c, ...rest] = first.tasks as [FollowUp, FollowUp, FollowUp, ...FollowUp[]];
    const edited = editFollowUp(a, { dueDate: a.dueDate + 3, notes: 'after the fair' });
    const changedInSheet = { ...b, owner: 'Zhao' };
    const cancelled = { ...c, status: 'cancelled' as const };
    const second = generateFollowUps(input, [edited, changedInSheet, cancelled, ...rest], asOf);
    expect(second.added).toEqual([]);
    expect(second.kept).toEqual(expect.arrayContaining([edited, changedInSheet, cancelled]));
    expect(second.kept).toHaveLength(3);
    expect(second.tasks).toContainEqual(edited);
    expect(second.tasks.filter((t) => t.id === a.id)).toHaveLength(1);
  });

  it('property: from any state, a second run adds nothing and ids stay unique', () => {
    const tiers = fc.constantFrom('Diamond', 'Platinum', 'Gold', 'Iron', null);
    const aDay = fc.integer({ min: day('2023-01-01'), max: day('2028-12-31') });
    const arbCustomer = fc.record({
      customerId: fc.constantFrom('K1', 'K2', 'K3', 'K4'),
      owner: fc.constantFrom('', 'Li', 'Wang'),
      tier: tiers,
      lastOrderOn: fc.option(aDay, { nil: null }),
      birthday: fc.option(aDay, { nil: null }),
      churn: fc.option(fc.record({ reason: fc.constantFrom('dissatisfied' as const, 'competitor' as const, 'negativeValue' as const, 'involuntary' as const), markedOn: aDay }), { nil: null }),
      likelyChurning: fc.boolean(),
    });
    const arbProspect = fc
      .record({ id: fc.constantFrom('P-1', 'P-2', 'P-3'), created: aDay, actions: fc.array(aDay, { maxLength: 3 }), closed: fc.boolean() })
      .map(({ id, created, actions, closed }): Prospect => ({ ...actions.reduce((p, d) => recordAction(p, d, ''), newProspect({ id }, created)), closedOn: closed ? created : null }));
    const arbRules = fc
      .record({ horizonDays: fc.integer({ min: 0, max: 120 }), leadDays: fc.integer({ min: 0, max: 20 }), interval: fc.integer({ min: 1, max: 12 }) })
      .map(({ horizonDays, leadDays, interval }): FollowUpRules =>
        followUpRulesSchema.parse({
          ...DEFAULT_FOLLOW_UP_RULES,
          horizonDays,
          care: { ...DEFAULT_FOLLOW_UP_RULES.care, leadDays },
          returnVisit: { ...DEFAULT_FOLLOW_UP_RULES.returnVisit, intervalMonths: interval },
        }),
      );
    // Earlier history: a run on another day whose tasks were then done, edited or cancelled at random.
    const arbFate = fc.array(fc.constantFrom('open', 'done', 'edited', 'cancelled'), { maxLength: 40 });

    fc.assert(
      fc.property(
        fc.uniqueArray(arbCustomer, { selector: (c) => c.customerId }),
        fc.uniqueArray(arbProspect, { selector: (p) => p.id }),
        aDay,
        aDay,
        arbRules,
        arbFate,
        (customers, prospects, earlier, asOf, rules, fates) => {
          const state = { customers, prospects };
          const history = generateFollowUps(state, [], earlier, rules).tasks.map((t, i) => {
            const fate = fates[i] ?? 'open';
            if (fate === 'done') return markDone(t, t.dueDate);
            if (fate === 'edited') return editFollowUp(t, { notes: 'x' });
            if (fate === 'cancelled') return { ...t, status: 'cancelled' as const };
            return t;
          });
          const first = generateFollowUps(state, history, asOf, rules);
          const second = generateFollowUps(state, first.tasks, asOf, rules);
          expect(second.added).toEqual([]);
          expect(second.tasks).toEqual(first.tasks);
          expect(new Set(first.tasks.map((t) => t.id)).size).toBe(first.tasks.length);
          for (const t of first.added) expect(t.dueDate).toBeLessThanOrEqual(asOf + rules.horizonDays);
        },
      ),
      { numRuns: 200 },
    );
  });
});
