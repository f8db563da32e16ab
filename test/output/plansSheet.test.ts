import type { PlanLine } from '../../src/domain/plans/table';
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
