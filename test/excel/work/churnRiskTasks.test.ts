/** "Generate due tasks" reads the owned "Tiers likely churning" column a scoring run wrote. */
import { defaultScoringConfig, type ScoringConfig } from '../../../src/domain/config';
import { DEFAULT_FOLLOW_UP_RULES, type FollowUpRules } from '../../../src/domain/work';
import { DERIVED_CUSTOMERS_SHEET } from '../../../src/output/sheets';
import { LIKELY_CHURNING_HEADER } from '../../../src/output/ownedColumns';
import { generateDueTasks, loadWorkState, markCustomerLost } from '../../../src/excel/work/workActions';
import { columnOf, expectOk, run, sampleBook, sheetValues, type Book } from '../helpers';

/** A high threshold, so the sample has flagged and unflagged customers. */
const config: ScoringConfig = { ...defaultScoringConfig(), predictive: { ...defaultScoringConfig().predictive, churnThreshold: 0.9 } };
const onlyChurnRisk: FollowUpRules = {
  ...DEFAULT_FOLLOW_UP_RULES,
  returnVisit: { ...DEFAULT_FOLLOW_UP_RULES.returnVisit, enabled: false },
  prospectMonthly: { ...DEFAULT_FOLLOW_UP_RULES.prospectMonthly, enabled: false },
  seniorVisit: { ...DEFAULT_FOLLOW_UP_RULES.seniorVisit, enabled: false },
  care: { ...DEFAULT_FOLLOW_UP_RULES.care, enabled: false },
  churn: { ...DEFAULT_FOLLOW_UP_RULES.churn, enabled: false },
};

function flaggedInSheet(book: Book, sheet = 'Customers'): { flagged: string[]; unflagged: string[] } {
  const column = columnOf(book, sheet, LIKELY_CHURNING_HEADER);
  expect(column).toBeGreaterThan(0);
  const rows = sheetValues(book, sheet).slice(1);
  return {
    flagged: rows
      .filter((r) => r[column] === true)
      .map((r) => String(r[0]))
      .sort(),
    unflagged: rows
      .filter((r) => r[column] === false)
      .map((r) => String(r[0]))
      .sort(),
  };
}

const riskTasks = <T extends { id: string }>(tasks: readonly T[]): T[] => tasks.filter((t) => t.id.includes(':risk-'));

describe('win-back tasks from the likely-churning column', () => {
  it('lists one win-back task per flagged customer, none for lost ones, and nothing new on a re-run', async () => {
    const book = sampleBook({ customers: 40, orders: 600 });
    expectOk(await run(book, { config }));
    const { flagged, unflagged } = flaggedInSheet(book);
    expect(flagged.length).toBeGreaterThan(1);
    expect(unflagged.length).toBeGreaterThan(0);
    expect((await loadWorkState()).basis.likelyChurning).toEqual(new Set(flagged));

    const [lost, ...rest] = flagged as [string, ...string[]];
    await markCustomerLost(lost, 'competitor', book.asOf);
    const first = await generateDueTasks(book.asOf, onlyChurnRisk);
    expect(first.added.map((t) => t.subjectId).sort()).toEqual(rest);
    expect(first.added.every((t) => t.type === 'winback' && t.id.includes(':risk-'))).toBe(true);

    const second = await generateDueTasks(book.asOf, DEFAULT_FOLLOW_UP_RULES);
    expect(riskTasks(second.added)).toEqual([]);
    expect(
      riskTasks((await loadWorkState()).tasks)
        .map((t) => t.subjectId)
        .sort(),
    ).toEqual(rest);
  });

  it('lists none before a scoring run wrote the column, or when the rule is off', async () => {
    const book = sampleBook({ customers: 40, orders: 600 });
    expect(riskTasks((await generateDueTasks(book.asOf)).added)).toEqual([]);
    expectOk(await run(book, { config }));
    expect(
      (await generateDueTasks(book.asOf, { ...DEFAULT_FOLLOW_UP_RULES, churnRisk: { ...DEFAULT_FOLLOW_UP_RULES.churnRisk, enabled: false } })).added.filter((t) => t.id.includes(':risk-')),
    ).toEqual([]);
    expect(riskTasks((await generateDueTasks(book.asOf)).added).length).toBe(flaggedInSheet(book).flagged.length);
  });

  it('reads tiers and flags from the owned customer sheet of an order-only workbook', async () => {
    const book = sampleBook({ customers: 40, orders: 600, orderOnly: true });
    expectOk(await run(book, { config }));
    const { flagged } = flaggedInSheet(book, DERIVED_CUSTOMERS_SHEET);
    expect(flagged.length).toBeGreaterThan(0);
    const { basis } = await loadWorkState();
    expect(basis.likelyChurning).toEqual(new Set(flagged));
    expect(basis.tiers.size).toBeGreaterThan(30);
    expect(
      riskTasks((await generateDueTasks(book.asOf, onlyChurnRisk)).added)
        .map((t) => t.subjectId)
        .sort(),
    ).toEqual(flagged);
  });
});
