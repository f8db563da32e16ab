import { planCheck, type ExistingPlanRow, type PlanLine } from '../../src/domain/plans/table';
import { newPlanSheetRows, planSheetWrite } from '../../src/output/plansSheet';

/** A new plan table's rows made line by line are the rows planSheetWrite places when no table exists yet. */
describe('newPlanSheetRows', () => {
  const lines: PlanLine[] = Array.from({ length: 60 }, (_, i) => ({
    customerId: `C${i % 7}`,
    customerName: i % 5 === 0 ? null : `Customer ${i % 7}`,
    month: 24300 + (i % 12),
    productLine: i % 4 === 0 ? null : `Line ${i % 3}`,
    targetAmount: 1000 + i,
    targetQuantity: i % 3 === 0 ? null : i,
    cumulativeTarget: 5000 + i,
    scheduleNote: i % 2 === 0 ? 'steady' : '',
    supportNote: '',
    actualAmount: 900 + i,
    actualQuantity: null,
    gapAmount: -100 + i,
    gapPct: i === 0 ? null : 1 / (i + 3),
    edited: i % 9 === 0,
    check: `t${i.toString(16).padStart(8, '0')}`,
  }));

  for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
    it(`matches planSheetWrite with no table yet (${language})`, () => {
      const plan = planSheetWrite(lines, [], 0, language);
      const made = newPlanSheetRows(lines, language);
      const rows = [...made.rows];
      expect(made.header).toEqual(plan.header);
      expect(made.count).toBe(plan.lastRow);
      expect(rows[0]).toEqual(plan.header);
      expect(rows.slice(1)).toEqual(plan.rows.map((w) => (w.kind === 'full' ? w.cells : null)));
      expect(plan.rows.map((w) => w.row)).toEqual(lines.map((_, i) => i + 2));
    });
  }
});

/** Where a re-run writes each plan row over an existing table (docs/plans.md, "Writing the table"). */
describe('planSheetWrite over an existing table', () => {
  const line = (customerId: string, month: number, productLine: string | null, edited = false): PlanLine => ({
    customerId,
    customerName: null,
    month,
    productLine,
    targetAmount: 100,
    targetQuantity: null,
    cumulativeTarget: 100,
    scheduleNote: '',
    supportNote: '',
    actualAmount: null,
    actualQuantity: null,
    gapAmount: null,
    gapPct: null,
    edited,
    check: edited ? 'tmanager' : 'tabc',
  });
  const row = (r: number, customerId: string, month: number, productLine: string | null, edited: boolean): ExistingPlanRow => {
    const t = { customerId, month, productLine, targetAmount: 100, targetQuantity: null, scheduleNote: '', supportNote: '' };
    return { row: r, ...t, check: edited ? 'tmanager' : planCheck(t) };
  };

  it('rewrites rows in place, keeps a manager row to its derived cells, empties stale rows, adds new rows below the used rows, in row order', () => {
    const existing = [
      row(2, 'A', 24300, 'Chairs', false), // rewritten in place
      row(3, 'A', 24301, 'Chairs', false), // a stale copy of row 7's key: emptied
      row(4, 'A', 24300, null, true), // a manager's row: derived cells only
      row(5, 'B', 24300, 'Chairs', false), // no longer planned: emptied
      row(6, 'A', 24302, 'Chairs', true), // an edited earlier copy of row 8's key: left alone
      row(7, 'A', 24301, 'Chairs', false),
      row(8, 'A', 24302, 'Chairs', false),
    ];
    const lines = [line('A', 24300, 'Chairs'), line('A', 24301, 'Chairs'), line('A', 24302, 'Chairs'), line('A', 24300, null, true), line('C', 24300, '')];
    const plan = planSheetWrite(lines, existing, 10, 'en');
    expect(plan.rows.map((w) => `${w.row} ${w.kind}`)).toEqual(['2 full', '3 clear', '4 derived', '5 clear', '7 full', '8 full', '11 full']);
    expect(plan.lastRow).toBe(11);
    const derived = plan.rows.find((w) => w.kind === 'derived');
    expect(derived?.kind === 'derived' && [...derived.cells.keys()]).toEqual([6, 9, 10, 11, 12]);
    const added = plan.rows.at(-1);
    expect(added?.kind === 'full' && added.cells.slice(0, 4)).toEqual(['C', '', '2025-01', '']);
  });
});
