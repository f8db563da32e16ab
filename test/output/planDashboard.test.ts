/**
 * The dashboard's plan summary (docs/plans.md, "On the dashboard and in the pane"): totals per
 * plan month and the customers furthest behind, checked against sums computed here from the
 * progress rows.
 */
import type { PlanProgress } from '../../src/domain/plans/table';
import { PLAN_BEHIND_LIST, PLAN_DASHBOARD_WIDTH, planDashboardRows } from '../../src/output/planDashboard';

const START = 2026 * 12 + 3; // 2026-04: months before it have actuals
const MONTHS = [START - 3, START - 2, START - 1, START, START + 1];

/** A deterministic spread of customers: some ahead, some behind, one on target exactly. */
function progressRows(customers: number): PlanProgress[] {
  const rows: PlanProgress[] = [];
  for (let c = 0; c < customers; c++) {
    for (const month of MONTHS) {
      const target = 100 + ((c * 37 + month) % 50) + 0.25;
      const customerId = `C${String(c).padStart(3, '0')}`;
      // A month not begun has no actual, gap or gap % (src/domain/plans/table.ts planProgress).
      if (month >= START) {
        rows.push({ customerId, month, target, actual: null, gapAmount: null, gapPct: null });
        continue;
      }
      const actual = c === 0 ? target : Math.round(target * (0.5 + ((c * 13 + month * 7) % 100) / 100) * 100) / 100;
      const gap = Math.round((actual - target) * 100) / 100;
      rows.push({ customerId, month, target, actual, gapAmount: gap, gapPct: gap / target });
    }
  }
  return rows;
}

describe('the plan summary on the dashboard', () => {
  const progress = progressRows(60);
  const names = new Map<string, string | null>([['C005', 'Acme']]);
  const { rows, labelRows } = planDashboardRows(progress, names, 'en');

  it('lists one row per plan month with totals over all planned customers; future months show the target only', () => {
    expect(rows[0]![0]).toBe('Plan by month: all planned customers');
    expect(rows[1]).toEqual(['Month', 'Target', 'Actual', 'Gap', 'Gap %', 'Customers behind']);
    const monthRows = rows.slice(2, 2 + MONTHS.length);
    expect(monthRows.map((r) => r[0])).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    for (const [k, month] of MONTHS.entries()) {
      let target = 0;
      let actual = 0;
      let behind = 0;
      for (const p of progress) {
        if (p.month !== month) continue;
        target += p.target;
        if (p.actual === null) continue;
        actual += p.actual;
        if (p.actual < p.target) behind++;
      }
      const r = monthRows[k]!;
      expect(r[1]).toBeCloseTo(target, 2);
      if (month >= START) {
        expect(r.slice(2)).toEqual([null, null, null, null]);
        continue;
      }
      expect(r[2]).toBeCloseTo(actual, 2);
      expect(r[3]).toBeCloseTo(actual - target, 2);
      expect(r[4]).toBeCloseTo((actual - target) / target, 4);
      expect(r[5]).toBe(behind);
      expect(behind).toBeGreaterThan(0);
    }
  });

  it('then the largest cumulative shortfalls over the months with actuals, largest first', () => {
    const title = 2 + MONTHS.length + 1;
    expect(rows[title - 1]!.every((v) => v === null)).toBe(true);
    expect(rows[title]![0]).toMatch(/^Furthest behind plan/);
    expect(rows[title + 1]).toEqual(['Customer', 'Target so far', 'Actual so far', 'Gap', 'Gap %', 'Months behind']);
    const listed = rows.slice(title + 2);
    expect(listed).toHaveLength(PLAN_BEHIND_LIST);
    const sums = new Map<string, { target: number; actual: number; months: number }>();
    for (const p of progress) {
      if (p.actual === null) continue;
      const s = sums.get(p.customerId) ?? { target: 0, actual: 0, months: 0 };
      s.target += p.target;
      s.actual += p.actual;
      if (p.actual < p.target) s.months++;
      sums.set(p.customerId, s);
    }
    const expected = [...sums].map(([id, s]) => ({ id, ...s, gap: s.actual - s.target })).filter((s) => s.gap < -0.005);
    expected.sort((a, b) => a.gap - b.gap);
    expect(expected.length).toBeGreaterThan(PLAN_BEHIND_LIST);
    listed.forEach((r, k) => {
      const e = expected[k]!;
      expect(r[0]).toBe(e.id === 'C005' ? 'Acme (C005)' : e.id);
      expect(r[1]).toBeCloseTo(e.target, 2);
      expect(r[2]).toBeCloseTo(e.actual, 2);
      expect(r[3]).toBeCloseTo(e.gap, 2);
      expect(r[4]).toBeCloseTo(e.gap / e.target, 4);
      expect(r[5]).toBe(e.months);
    });
    expect(labelRows).toEqual([0, 1, title, title + 1]);
    expect(rows.every((r) => r.length === PLAN_DASHBOARD_WIDTH)).toBe(true);
  });

  it('says so when no month has actuals yet, or nobody is behind', () => {
    const notBegun = progress.map((p) => ({ ...p, actual: null, gapAmount: null, gapPct: null }));
    const future = planDashboardRows(notBegun, names, 'zh-CN');
    expect(future.rows.slice(2, 2 + MONTHS.length).every((r) => r.slice(2).every((v) => v === null))).toBe(true);
    expect(future.rows.at(-1)![0]).toBe('尚无已有实际的计划月份');
    expect(future.rows[1]![5]).toBe('落后客户数');
    const onTarget = progress.map((p) => (p.month < START ? { ...p, actual: p.target + 1, gapAmount: 1, gapPct: 1 / p.target } : p));
    const ahead = planDashboardRows(onTarget, names, 'zh-TW');
    expect(ahead.rows.at(-1)![0]).toBe('沒有落後計畫的客戶');
    expect(ahead.rows[2]![5]).toBe(0);
  });
});
