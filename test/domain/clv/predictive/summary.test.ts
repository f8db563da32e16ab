import { summariseOrders } from '../../../../src/domain/clv/predictive/summary';
import { CDNOW_CALIBRATION_END, cdnowOrders, cdnowSummaryWithValue, dayOf, order } from './cdnowFixtures';

describe('summariseOrders', () => {
  const start = dayOf(2025, 1, 1);
  const asOf = start + 70;

  it('counts same-day orders as one purchase, sums their values and leaves out later orders', () => {
    const orders = [
      order('A', start, 10),
      order('A', start, 5), // same day as the first: first purchase worth 15
      order('A', start + 14, 20),
      order('A', start + 14, 4), // same day: one repeat purchase worth 24
      order('A', start + 35, 36),
      order('A', asOf + 1, 1000), // after the calibration period
      order('B', start + 21, 7),
    ];
    const { summary } = summariseOrders(orders, { asOf });
    expect(summary.customerIds).toEqual(['A', 'B']);
    expect([...summary.x]).toEqual([2, 0]);
    expect([...summary.tx]).toEqual([5, 0]);
    expect([...summary.T]).toEqual([10, 7]);
    expect([...summary.zbar]).toEqual([30, 0]);
  });

  it('gives the same figures when order days are not whole (a timestamp column), interleaved across customers', () => {
    // Whole days are looked up in a table by day; any other day through a Map: both must agree.
    const whole = [order('A', start + 14, 20), order('B', start + 21, 7), order('A', start, 10), order('A', start + 14, 4), order('B', start + 21, 1), order('A', start, 5)];
    const shifted = whole.map((o) => ({ ...o, orderDate: o.orderDate + 0.5 }));
    const a = summariseOrders(whole, { asOf, period: 'day' }).summary;
    const b = summariseOrders(shifted, { asOf: asOf + 0.5, period: 'day' }).summary;
    expect(a.customerIds).toEqual(['A', 'B']);
    // A: first purchase day start + 14 (24), then start (15): x = 1, the repeat worth 24 (the first day in time is excluded).
    expect([...a.x]).toEqual([1, 0]);
    expect([...a.tx]).toEqual([14, 0]);
    expect([...a.zbar]).toEqual([24, 0]);
    expect(b.customerIds).toEqual(a.customerIds);
    expect([...b.x]).toEqual([...a.x]);
    expect([...b.tx]).toEqual([...a.tx]);
    expect([...b.T]).toEqual([...a.T]);
    expect([...b.zbar]).toEqual([...a.zbar]);
  });

  it('measures time in the chosen unit (a month is 365.25 / 12 days)', () => {
    const orders = [order('A', start, 1), order('A', start + 30, 1)];
    const days = summariseOrders(orders, { asOf, period: 'day' }).summary;
    const months = summariseOrders(orders, { asOf, period: 'month' }).summary;
    expect(days.tx[0]).toBe(30);
    expect(days.T[0]).toBe(70);
    expect(months.tx[0]).toBeCloseTo(30 / 30.4375, 12);
    expect(months.T[0]).toBeCloseTo(70 / 30.4375, 12);
  });

  it('includes an order on the as-of date', () => {
    const { summary } = summariseOrders([order('A', start, 1), order('A', asOf, 3)], { asOf, period: 'day' });
    expect([summary.x[0], summary.tx[0], summary.T[0], summary.zbar[0]]).toEqual([1, 70, 70, 3]);
  });

  it('uses profit when asked, valuing a missing profit at 0 and counting it', () => {
    const orders = [order('A', start, 100, 10), order('A', start + 7, 100, 30), order('A', start + 14, 100, null)];
    const { summary, skipped } = summariseOrders(orders, { asOf, value: 'profit' });
    expect(summary.x[0]).toBe(2);
    expect(summary.zbar[0]).toBe(15);
    expect(skipped.missingProfit).toBe(1);
  });

  it('skips orders with an unusable date or value', () => {
    const orders = [order('A', start, 1), order('A', Number.NaN, 1), order('A', start + 7, Number.POSITIVE_INFINITY), order('A', start + 14, 2)];
    const { summary, skipped } = summariseOrders(orders, { asOf });
    expect(skipped).toEqual({ invalidDate: 1, invalidValue: 1, missingProfit: 0 });
    expect(summary.x[0]).toBe(1);
    expect(summary.zbar[0]).toBe(2);
  });

  it('reproduces the published CDNOW summary from the raw transactions (as a multiset)', () => {
    const { summary } = summariseOrders(cdnowOrders(), { asOf: CDNOW_CALIBRATION_END, period: 'week' });
    const published = cdnowSummaryWithValue();
    type Row = [number, number, number, number];
    const rows = (s: typeof summary): Row[] =>
      s.customerIds
        .map((_, i): Row => [s.x[i] as number, s.tx[i] as number, s.T[i] as number, s.zbar[i] as number])
        .sort((p, q) => p[0] - q[0] || Math.round(p[2] * 100) - Math.round(q[2] * 100) || Math.round(p[1] * 100) - Math.round(q[1] * 100) || p[3] - q[3]);
    const ours = rows(summary);
    const theirs = rows(published);
    expect(ours).toHaveLength(2357);
    expect(ours).toHaveLength(theirs.length);
    const mismatches = ours.filter((row, i) => {
      const other = theirs[i] as Row;
      return row[0] !== other[0] || Math.abs(row[1] - other[1]) > 0.0051 || Math.abs(row[2] - other[2]) > 0.0051 || Math.abs(row[3] - other[3]) > 0.0101;
    });
    expect(mismatches).toEqual([]);
  });
});
