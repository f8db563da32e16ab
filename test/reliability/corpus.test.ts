/**
 * The corpus of bad workbooks through the adapter (runScoring on the simulator): each one is
 * scored with its problems listed by sheet, row, column and reason, or refused with one message;
 * nothing throws; no cell of the user's changes.
 */
import { OWNED_COLUMNS, OWNED_NAME_PREFIX } from '../../src/output/ownedColumns';
import { OWNED_SHEETS } from '../../src/output/sheets';
import type { RunOutcome } from '../../src/excel/runScoring';
import { BAD_WORKBOOKS, type BadWorkbook, type ExpectedProblem } from '../fixtures/bad-workbooks';
import { ownedCells, ownedHeaderCounts, rowValues } from './support/ownedCells';
import { scoreLocally } from '../../src/excel/scoreLocally';
import { checkedRun, createCase, runCase, runStateOf, type CaseRun } from './support/runCase';

const matches = (text: string | null, want: string | RegExp): boolean => (typeof want === 'string' ? text === want : text !== null && want.test(text));

function describeOutcome(outcome: RunOutcome): string {
  return outcome.ok ? `ok (${outcome.summary.customers} customers)` : `${outcome.kind}: ${outcome.message}`;
}

function expectProblem(outcome: Extract<RunOutcome, { ok: true }>['summary'] | Extract<RunOutcome, { kind: 'refused' }>, want: ExpectedProblem): void {
  const found = outcome.problems.find((p) => p.sheet === want.sheet && p.row === want.row && p.column === want.column && matches(p.reason, want.reason));
  if (!found)
    throw new Error(
      `missing problem ${JSON.stringify({ ...want, reason: String(want.reason) })}; got ${JSON.stringify(outcome.problems.slice(0, 5).map((p) => [p.sheet, p.row, p.column, p.reason]))}`,
    );
  // A problem with a column names a cell the pane can select.
  if (want.column !== null && found.address === null && !/^column \d+$/.test(want.column)) throw new Error(`problem without a cell address: ${JSON.stringify(found)}`);
}

/** Nothing of the add-in exists in the workbook: no owned sheet, name or run state. */
function expectNothingWritten(run: CaseRun): void {
  expect(run.sim.workbook.sheets.map((s) => s.name).filter((n) => OWNED_SHEETS.includes(n))).toEqual([]);
  expect(run.sim.workbook.names.filter((n) => n.name.startsWith(OWNED_NAME_PREFIX))).toEqual([]);
}

function expectResultsWritten(run: CaseRun, summary: Extract<RunOutcome, { ok: true }>['summary']): void {
  // Each owned column exactly once, none left stale.
  const counts = ownedHeaderCounts(run.sim, summary.customerSheet, runStateOf(run.sim)?.headerRow ?? 0);
  expect(counts).toEqual(Object.fromEntries(OWNED_COLUMNS.map((s) => [s.header, 1])));
  expect(runStateOf(run.sim)?.state).toBe('complete');
  for (const cell of ownedCells(run.sim, summary.customerSheet, runStateOf(run.sim)?.headerRow ?? 0)) {
    expect(cell.formula).toBeUndefined();
    if (typeof cell.value === 'number' && !Number.isFinite(cell.value)) throw new Error(`non-finite ${cell.key} on row ${cell.row}: ${cell.value}`);
  }
}

async function check(bad: BadWorkbook): Promise<CaseRun> {
  const run = await runCase(bad);
  const { outcome } = run;
  expect(run.changedUserCells).toEqual([]);
  expect(run.takenUserColumns).toEqual([]);
  const want = bad.expect;
  if (want.kind === 'scored') {
    if (!outcome.ok) throw new Error(`${bad.id}: expected a scored run, got ${describeOutcome(outcome)}`);
    expect(outcome.summary.customers).toBe(want.customers);
    for (const p of want.problems) expectProblem(outcome.summary, p);
    expect(outcome.summary.problemCount).toBeGreaterThanOrEqual(want.problems.length);
    if (want.problems.length === 0) expect(outcome.summary.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (want.warning) expect(outcome.summary.warnings.some((w) => want.warning!.test(w))).toBe(true);
    if (want.inputNote) expect((outcome.summary.inputNotes ?? []).map((n) => n.code)).toContain(want.inputNote);
    expectResultsWritten(run, outcome.summary);
  } else if (want.kind === 'excel-error') {
    if (outcome.ok || outcome.kind !== 'excel-error') throw new Error(`${bad.id}: expected an Excel error, got ${describeOutcome(outcome)}`);
    expect(outcome.error.code).toBe(want.code);
    expect(outcome.message).toMatch(want.message);
  } else {
    if (outcome.ok || outcome.kind !== want.kind) throw new Error(`${bad.id}: expected ${want.kind}, got ${describeOutcome(outcome)}`);
    expect(outcome.message).toMatch(want.message);
    if (!bad.betweenRuns) expectNothingWritten(run);
  }
  return run;
}

/** What a few cases must show beyond the common checks. */
const EXTRA: Record<string, (run: CaseRun) => void> = {
  'many-bad-rows': ({ outcome }) => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.summary.problemCount).toBe(600);
    expect(outcome.summary.problems.length).toBeLessThanOrEqual(500);
  },
  'every-order-bad': ({ outcome }) => {
    if (outcome.ok || outcome.kind !== 'refused') throw new Error('not refused');
    expect(outcome.problems).toHaveLength(18);
    expect(outcome.problems.every((p) => p.column === 'Order date' && p.reason === 'not a date' && p.address === `C${p.row}`)).toBe(true);
  },
  'order-only-workbook': ({ outcome, sim }) => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.summary.customerSheet).toBe('Tiers Customers');
    expect(sim.workbook.sheets.map((s) => s.name)).toContain('Tiers Customers');
  },
  'customer-sheet-renamed': ({ outcome }) => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.summary.customerSheet).toBe('Key accounts');
  },
  'owned-column-taken-over': ({ sim }) => {
    const header = rowValues(sim, 'Customers', 0);
    const notes = header.indexOf('My notes');
    expect(notes).toBeGreaterThan(0);
    expect([rowValues(sim, 'Customers', 1)[notes], rowValues(sim, 'Customers', 2)[notes]]).toEqual(['keep this', 'and this']);
  },
  'owned-columns-moved': ({ sim }) => {
    const header = rowValues(sim, 'Customers', 0);
    expect(header.indexOf('Notes')).toBe(3);
    expect(header.indexOf('Tiers score')).toBe(4);
  },
  'order-sheet-of-1048576-rows': ({ outcome }) => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.summary.problems.find((p) => p.row === 1_048_576)?.address).toBe('D1048576');
  },
  'hidden-rows': ({ sim }) => {
    expect([...sim.workbook.sheetByName('Customers')!.hiddenRows].sort((x, y) => x - y)).toEqual([2, 3]);
    expect(sim.workbook.sheetByName('Orders')!.hiddenRows.size).toBe(13);
  },
  'customer-table-with-filter': ({ sim }) => {
    // The filter stays applied and keeps hiding the same five customers; each still has its score.
    expect(sim.workbook.tableByName('CustomerTable')!.filters).toEqual([{ columnIndex: 0, criteria: { filterOn: 'Values', values: ['C001'] } }]);
    expect([...sim.workbook.sheetByName('Customers')!.hiddenRows].sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6]);
    const scores = ownedCells(sim, 'Customers', 0).filter((c) => c.key === 'score');
    expect(scores.filter((c) => typeof c.value === 'number')).toHaveLength(6);
  },
  'protected-customer-sheet': ({ sim }) => {
    expect(runStateOf(sim)).toBeNull();
  },
  'hidden-order-sheet': ({ sim }) => {
    expect(sim.workbook.sheetByName('Orders')!.visibility).toBe('Hidden');
  },
  'absurd-amounts': ({ outcome }) => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.summary.customers).toBe(6);
  },
};

describe('bad-workbook corpus through runScoring', () => {
  it('holds at least 40 workbooks with unique ids', () => {
    expect(BAD_WORKBOOKS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_WORKBOOKS.map((b) => b.id)).size).toBe(BAD_WORKBOOKS.length);
  });

  for (const bad of BAD_WORKBOOKS) {
    // A known bug keeps its test, marked failing: it turns red the day the bug is fixed, to be unmarked.
    const test = bad.knownBug ? it.failing : it;
    test(`${bad.family}/${bad.id}: ${bad.about}${bad.knownBug ? ' (KNOWN BUG)' : ''}`, async () => {
      const run = await check(bad);
      EXTRA[bad.id]?.(run);
    });
  }

  it('the check itself fails when a run touches a user cell', async () => {
    const sim = createCase(BAD_WORKBOOKS.find((b) => b.id === 'text-in-amount')!);
    const orders = sim.workbook.sheetByName('Orders')!;
    const run = await checkedRun(sim, {
      score: async (request) => {
        sim.workbook.writeValues(orders.id, 4, 3, [[1]]);
        return scoreLocally(request);
      },
    });
    expect(run.changedUserCells).toEqual([expect.stringContaining('Orders!5')]);
  });

  it('has an extra check for every case named in EXTRA', () => {
    expect(Object.keys(EXTRA).filter((id) => !BAD_WORKBOOKS.some((b) => b.id === id))).toEqual([]);
  });
});
