import type { CellProblem } from '../../../src/domain/model';
import type { ProblemCode, ProblemValues } from '../../../src/domain/validation/problemCodes';
import { problemEnglish } from '../../../src/domain/validation/problemEnglish';
import { ProblemLog, summariseProblems } from '../../../src/domain/validation/problems';

const problem = (row: number, code: ProblemCode, values?: ProblemValues, severity: CellProblem['severity'] = 'error', sheet = 'S'): CellProblem => ({
  sheet,
  row,
  column: 'A',
  value: null,
  code,
  ...(values ? { values } : {}),
  reason: problemEnglish(code, values),
  severity,
});

describe('problems', () => {
  it('groups by sheet, severity and the general part of the reason; errors first, then by count', () => {
    const summary = summariseProblems([
      problem(5, 'duplicate-customer-id', { row: 5, first: 2 }, 'warning'),
      problem(2, 'not-a-date'),
      problem(9, 'duplicate-customer-id', { row: 9, first: 3 }, 'warning'),
      problem(7, 'not-a-number'),
      problem(3, 'not-a-number'),
      problem(4, 'not-a-number', undefined, 'error', 'T'),
    ]);
    expect(summary).toEqual([
      { sheet: 'S', severity: 'error', code: 'not-a-number', reason: 'not a number', count: 2, firstRow: 7 },
      { sheet: 'S', severity: 'error', code: 'not-a-date', reason: 'not a date', count: 1, firstRow: 2 },
      { sheet: 'T', severity: 'error', code: 'not-a-number', reason: 'not a number', count: 1, firstRow: 4 },
      { sheet: 'S', severity: 'warning', code: 'duplicate-customer-id', values: { row: 5, first: 2 }, reason: 'duplicate customer id', count: 2, firstRow: 5 },
    ]);
  });

  it('stores at most the cap and counts everything', () => {
    const log = new ProblemLog(3);
    for (let i = 1; i <= 10; i++) log.add(problem(i, 'not-a-number'));
    expect(log.problems.map((p) => p.row)).toEqual([1, 2, 3]);
    expect(log.count).toBe(10);
    expect(log.summary()[0]?.count).toBe(10);
  });
});
