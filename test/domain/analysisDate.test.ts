import { AnalysisDateError, oneMonthBefore, resolveAnalysisDate } from '../../src/domain/analysisDate';
import { defaultScoringConfig } from '../../src/domain/config';
import { scoreCustomers } from '../../src/domain/score';
import { day, orderRow } from './rows';

const today = day('2026-12-04');

describe('analysis date', () => {
  it('blank: today when the last order is recent', () => {
    const r = resolveAnalysisDate(null, today, day('2024-01-01'), day('2026-11-20'));
    expect(r).toMatchObject({ day: today, reason: 'today' });
  });

  it('blank: the day after the last order when that is more than a month before today, saying why', () => {
    const r = resolveAnalysisDate(null, today, day('2018-01-01'), day('2020-06-30'));
    expect(r).toMatchObject({ day: day('2020-07-01'), reason: 'after-last-order' });
    expect('message' in r && r.message).toMatch(/2020-07-01.*day after the last order.*2020-06-30.*more than a month/);
  });

  it('the month boundary: exactly a month back is not "more than a month"', () => {
    expect(oneMonthBefore(day('2026-12-04'))).toBe(day('2026-11-04'));
    expect(oneMonthBefore(day('2026-03-31'))).toBe(day('2026-02-28'));
    expect(oneMonthBefore(day('2026-01-15'))).toBe(day('2025-12-15'));
    expect(resolveAnalysisDate(null, today, 0, day('2026-11-03'))).toMatchObject({ reason: 'today' }); // next day = 11-04
    expect(resolveAnalysisDate(null, today, 0, day('2026-11-02'))).toMatchObject({ reason: 'after-last-order', day: day('2026-11-03') });
  });

  it('a set date after today or before the first order is refused with a message', () => {
    expect(resolveAnalysisDate('2027-01-01', today, day('2020-01-01'), day('2026-01-01'))).toMatchObject({ refused: { code: 'after-today' } });
    expect(resolveAnalysisDate('2019-12-31', today, day('2020-01-01'), day('2026-01-01'))).toMatchObject({ refused: { code: 'before-first-order' } });
    expect(resolveAnalysisDate('2020-01-01', today, day('2020-01-01'), day('2026-01-01'))).toMatchObject({ day: day('2020-01-01'), reason: 'configured' });
  });

  it('scoreCustomers on a workbook of past years, run today: scored as of the day after its last order, with a warning', () => {
    const orders = [orderRow('a', day('2019-03-01'), 100), orderRow('a', day('2020-05-01'), 100), orderRow('b', day('2020-06-30'), 50)];
    const r = scoreCustomers({ customers: [], orders, config: defaultScoringConfig(), asOf: today, asOfIsToday: true });
    expect(r.asOf).toBe(day('2020-07-01'));
    expect(r.analysisDate.reason).toBe('after-last-order');
    expect(r.warnings.join(' ')).toMatch(/day after the last order/);
    expect(r.customers.find((c) => c.customerId === 'b')?.rfm?.recencyDays).toBe(1);
  });

  it('scoreCustomers refuses a set date after today', () => {
    const orders = [orderRow('a', day('2026-03-01'), 100)];
    expect(() => scoreCustomers({ customers: [], orders, config: { ...defaultScoringConfig(), asOf: '2027-01-01' }, asOf: today, asOfIsToday: true })).toThrow(AnalysisDateError);
  });
});
