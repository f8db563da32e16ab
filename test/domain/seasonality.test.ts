import { monthKey, monthlyTargets, seasonalIndex } from '../../src/domain/seasonality';
import { day } from './rows';

const iso = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}-15`;

describe('seasonalIndex', () => {
  it('averages each calendar month over the years and divides by the average month', () => {
    const sales: { orderDate: number; amount: number }[] = [];
    for (const y of [2021, 2022, 2023]) for (let m = 1; m <= 12; m++) sales.push({ orderDate: day(iso(y, m)), amount: m === 12 ? 300 : 100 });
    // one year differs in January: Jan average = (100 + 100 + 400) / 3 = 200
    sales.push({ orderDate: day('2022-01-03'), amount: 300 });
    const s = seasonalIndex(sales);
    // total = 3 * (11 * 100 + 300) + 300 = 4500; average month = 4500 / 36 = 125
    expect(s.months).toBe(36);
    expect(s.warnings).toEqual([]);
    expect(s.index?.[0]).toBeCloseTo(160, 10); // 200 / 125
    expect(s.index?.[1]).toBeCloseTo(80, 10); // 100 / 125
    expect(s.index?.[11]).toBeCloseTo(240, 10); // 300 / 125
    expect((s.index ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(1200, 8);
  });

  it('counts months without orders as zero and warns under three years', () => {
    const s = seasonalIndex([
      { orderDate: day('2023-01-10'), amount: 100 },
      { orderDate: day('2023-03-10'), amount: 200 },
    ]);
    // months Jan..Mar: 100, 0, 200 -> average 100
    expect(s.months).toBe(3);
    expect(s.index?.slice(0, 3)).toEqual([100, 0, 200]);
    expect(s.warnings.length).toBe(2);
  });

  it('monthly targets split the annual target by the index', () => {
    const index = [200, ...Array.from({ length: 11 }, () => 1000 / 11)];
    const t = monthlyTargets(1200, index);
    expect(t[0]).toBeCloseTo(200, 10);
    expect(t.reduce((a, b) => a + b, 0)).toBeCloseTo(1200, 8);
  });
});

describe('monthKey', () => {
  it('agrees with the calendar, before 1970 and across leap days', () => {
    for (let d = day('1899-12-25'); d < day('2101-01-10'); d += 13) {
      const date = new Date(d * 86_400_000);
      expect(monthKey(d)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
    }
  });
});
