import { conditionalExpectedPurchases } from '../../../../src/domain/clv/predictive/bgnbd';
import { fitPredictiveClv, fitPredictiveClvFromSummary } from '../../../../src/domain/clv/predictive/predictive';
import { CDNOW_CALIBRATION_END, cdnowOrders, cdnowSummaryWithValue, dayOf, order } from './cdnowFixtures';

const within = (actual: number, expected: number, relative: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

describe('CLV on CDNOW, as the lifetimes documentation computes it', () => {
  // The documented call, ggf.customer_lifetime_value(bgf, ..., time=12, discount_rate=0.01), leaves
  // freq at its default 'D', i.e. 30 time units a "month", on data in weeks. We reproduce that call.
  const result = fitPredictiveClvFromSummary(cdnowSummaryWithValue(), { horizonMonths: 12, monthlyDiscountRate: 0.01, periodsPerMonth: 30 });

  it.each([
    ['1', 140.096218],
    ['2', 18.943466],
    ['3', 38.180575],
    ['6', 1003.868107],
  ])('customer %s: %d within 1 %', (id, published) => {
    within(result.customers.get(id)?.predictedClv as number, published, 0.01);
  });

  it('fits both models with no warnings', () => {
    expect(result.warnings).toEqual([]);
    within(result.model.bgnbd?.r as number, 0.2426, 0.01);
    within(result.model.gammaGamma?.p as number, 6.25, 0.01);
  });
});

describe('fitPredictiveClv from the raw CDNOW transactions', () => {
  const orders = cdnowOrders();
  const weekly = fitPredictiveClv(orders, { asOf: CDNOW_CALIBRATION_END });

  it('fits the published parameters from order rows', () => {
    const { bgnbd, gammaGamma } = weekly.model;
    expect(bgnbd?.converged).toBe(true);
    within(bgnbd?.r as number, 0.2426, 0.01);
    within(bgnbd?.alpha as number, 4.4135, 0.01);
    within(bgnbd?.a as number, 0.7929, 0.01);
    within(bgnbd?.b as number, 2.4258, 0.01);
    within(gammaGamma?.p as number, 6.25, 0.01);
    within(gammaGamma?.q as number, 3.74, 0.01);
    within(gammaGamma?.v as number, 15.45, 0.01);
    expect(weekly.customers.size).toBe(2357);
  });

  it('gives the same predictions whatever the time unit (calendar months throughout)', () => {
    const daily = fitPredictiveClv(orders, { asOf: CDNOW_CALIBRATION_END, period: 'day' });
    within(daily.model.bgnbd?.alpha as number, (weekly.model.bgnbd?.alpha as number) * 7, 1e-4);
    const ids = [...weekly.customers.keys()].filter((_, i) => i % 400 === 0);
    expect(ids.length).toBe(6);
    for (const id of ids) {
      const w = weekly.customers.get(id);
      const d = daily.customers.get(id);
      expect(w).toBeDefined();
      within(d?.pAlive as number, w?.pAlive as number, 1e-4);
      within(d?.expectedPurchases as number, w?.expectedPurchases as number, 1e-4);
      within(d?.predictedClv as number, w?.predictedClv as number, 1e-4);
    }
  });

  it('uses calendar months: within 0.1 % of lifetimes with freq "W" (4.345 weeks a month)', () => {
    const lifetimesWeekly = fitPredictiveClv(orders, { asOf: CDNOW_CALIBRATION_END, periodsPerMonth: 4.345 });
    for (const [id, customer] of weekly.customers) within(customer.predictedClv, lifetimesWeekly.customers.get(id)?.predictedClv as number, 0.001);
  });

  it('flags customers whose P(alive) is below the threshold', () => {
    const flagged = [...weekly.customers.values()].filter((c) => c.likelyChurning);
    expect(flagged.length).toBeGreaterThan(0);
    for (const c of weekly.customers.values()) expect(c.likelyChurning).toBe(c.pAlive < 0.5);
    const strict = fitPredictiveClvFromSummary(cdnowSummaryWithValue(), { churnThreshold: 0.9 });
    expect([...strict.customers.values()].filter((c) => c.likelyChurning).length).toBeGreaterThan(flagged.length);
  });

  it('discounts: a higher rate lowers every CLV, a longer horizon raises it', () => {
    const summary = cdnowSummaryWithValue();
    const base = fitPredictiveClvFromSummary(summary, {});
    const dear = fitPredictiveClvFromSummary(summary, { monthlyDiscountRate: 0.05 });
    const longer = fitPredictiveClvFromSummary(summary, { horizonMonths: 24 });
    for (const [id, c] of base.customers) {
      expect(dear.customers.get(id)?.predictedClv).toBeLessThan(c.predictedClv);
      expect(longer.customers.get(id)?.predictedClv).toBeGreaterThan(c.predictedClv);
      expect(longer.customers.get(id)?.expectedPurchases).toBeGreaterThan(c.expectedPurchases);
    }
  });

  it('with no discount, CLV is expected purchases times expected value', () => {
    const plain = fitPredictiveClvFromSummary(cdnowSummaryWithValue(), { monthlyDiscountRate: 0 });
    for (const c of plain.customers.values()) expect(c.predictedClv).toBeCloseTo(c.expectedPurchases * c.expectedAverageValue, 8);
  });

  it('is deterministic', () => {
    const again = fitPredictiveClv(orders, { asOf: CDNOW_CALIBRATION_END });
    expect(again.model).toEqual(weekly.model);
    expect([...again.customers]).toEqual([...weekly.customers]);
  });
});

describe('fitPredictiveClv on thin or odd data', () => {
  const start = dayOf(2025, 1, 1);

  it('returns no model and a warning when no order is on or before the as-of date', () => {
    const result = fitPredictiveClv([order('A', start + 10, 5)], { asOf: start });
    expect(result.model).toEqual({ bgnbd: null, gammaGamma: null });
    expect(result.customers.size).toBe(0);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-customers']);
  });

  it('warns when nobody bought twice, and predicts (almost) nothing rather than NaN', () => {
    const orders = ['A', 'B', 'C'].map((id, i) => order(id, start + i * 7, 10 * (i + 1)));
    const result = fitPredictiveClv(orders, { asOf: start + 60 });
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain('no-repeat-buyers');
    expect(codes).toContain('gamma-gamma-skipped');
    expect(result.model.gammaGamma).toBeNull();
    for (const c of result.customers.values()) {
      expect(c.pAlive).toBe(1);
      expect(c.expectedPurchases).toBeGreaterThanOrEqual(0);
      expect(c.expectedPurchases).toBeLessThan(1e-3);
      expect(c.predictedClv).toBe(0);
    }
  });

  it('uses own mean values when there are too few repeat buyers for the spend model', () => {
    const orders = [order('A', start, 10), order('A', start + 14, 40), order('A', start + 28, 60), order('B', start + 3, 5)];
    const result = fitPredictiveClv(orders, { asOf: start + 70 });
    expect(result.model.gammaGamma).toBeNull();
    expect(result.customers.get('A')?.expectedAverageValue).toBe(50);
    expect(result.customers.get('B')?.expectedAverageValue).toBe(50); // the mean over repeat buyers
  });

  it('reports orders without profit, and repeat buyers with no positive value', () => {
    const orders = [order('A', start, 10, 2), order('A', start + 7, 10, null), order('B', start, 10, 1), order('B', start + 7, 10, -3)];
    const codes = fitPredictiveClv(orders, { asOf: start + 30, value: 'profit' }).warnings.map((w) => w.code);
    expect(codes).toContain('missing-profit');
    expect(codes).toContain('non-positive-repeat-value');
  });

  it('gives zero expected purchases and CLV over a zero horizon', () => {
    const result = fitPredictiveClvFromSummary(cdnowSummaryWithValue(), { horizonMonths: 0 });
    for (const c of result.customers.values()) {
      expect(c.expectedPurchases).toBe(0);
      expect(c.predictedClv).toBe(0);
    }
  });

  it('gives customers who share x and T (their expectations are computed once per pair) the figures of their own x, t_x and T', () => {
    // Written out plainly from equation 10 (conditionalExpectedPurchases, tested against the
    // untransformed series in bgnbd.test.ts) and the month-by-month sum of lifetimes.
    const summary = cdnowSummaryWithValue();
    const settings = { horizonMonths: 12, monthlyDiscountRate: 0.01, periodsPerMonth: 4.345 };
    const fitted = fitPredictiveClvFromSummary(summary, settings);
    const bgnbd = fitted.model.bgnbd!;
    const pairs = new Set<string>();
    let shared = 0;
    summary.customerIds.forEach((id, i) => {
      const [x, tx, T] = [summary.x[i] as number, summary.tx[i] as number, summary.T[i] as number];
      const key = `${x}|${T}`;
      if (pairs.has(key)) shared++;
      pairs.add(key);
      const c = fitted.customers.get(id)!;
      expect(c.expectedPurchases).toBe(conditionalExpectedPurchases(bgnbd, 12 * 4.345, x, tx, T));
      let clv = 0;
      for (let m = 1; m <= 12; m++) {
        const month = conditionalExpectedPurchases(bgnbd, m * 4.345, x, tx, T) - conditionalExpectedPurchases(bgnbd, (m - 1) * 4.345, x, tx, T);
        clv += (month * c.expectedAverageValue) / 1.01 ** m;
      }
      within(c.predictedClv, clv, 1e-12);
    });
    expect(shared).toBeGreaterThan(1000);
  });

  it('rejects nonsense settings', () => {
    const summary = cdnowSummaryWithValue();
    expect(() => fitPredictiveClvFromSummary(summary, { horizonMonths: 1.5 })).toThrow(RangeError);
    expect(() => fitPredictiveClvFromSummary(summary, { churnThreshold: 2 })).toThrow(RangeError);
    expect(() => fitPredictiveClvFromSummary(summary, { monthlyDiscountRate: -1 })).toThrow(RangeError);
  });
});
