/**
 * The model check on CDNOW (Fader, Hardie and Lee 2005): calibration 1997-01-01 to 1997-09-30,
 * holdout to 1998-06-30. The fitted parameters are held to the published ones; the holdout
 * figures to a computation written here, independently of the engine: its own reading of the raw
 * file, its own log-gamma, hypergeometric series, likelihood and conditional expectation (the
 * paper's equation 10, summed term by term).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backtest, type Backtest } from '../../../../src/domain/clv/predictive/backtest';
import { cdnowOrders, dayOf } from './cdnowFixtures';

// ---- Independent reference computation ------------------------------------------------------

/** log Gamma(x), x > 0: Numerical Recipes' gammln (Lanczos, g = 5, six coefficients). */
function gammaln(x: number): number {
  const cof = [76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179, -0.000005395239384953];
  let y = x;
  const tmp0 = x + 5.5;
  const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
  let ser = 1.000000000190015;
  for (const c of cof) ser += c / ++y;
  return -tmp + Math.log((2.5066282746310007 * ser) / x);
}

/** Gauss's hypergeometric series 2F1(a, b; c; z), summed term by term (|z| < 1). */
function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 0; j < 100_000; j++) {
    term *= (((a + j) * (b + j)) / ((c + j) * (j + 1))) * z;
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) return sum;
  }
  throw new Error('series did not converge');
}

interface Params {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** One customer's BG/NBD log-likelihood, the paper's equation 6. */
function logLikelihood({ r, alpha, a, b }: Params, x: number, tx: number, T: number): number {
  const common = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
  const logB = (p: number, q: number) => gammaln(p) + gammaln(q) - gammaln(p + q);
  const alive = logB(a, b + x) - logB(a, b) + common - (r + x) * Math.log(alpha + T);
  if (x === 0) return alive;
  const gone = logB(a + 1, b + x - 1) - logB(a, b) + common - (r + x) * Math.log(alpha + tx);
  const m = Math.max(alive, gone);
  return m + Math.log(Math.exp(alive - m) + Math.exp(gone - m));
}

/** E[Y(t) | x, t_x, T], the paper's equation 10, with the plain series. */
function expectedPurchases({ r, alpha, a, b }: Params, t: number, x: number, tx: number, T: number): number {
  const z = t / (alpha + T + t);
  const bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1Series(r + x, b + x, a + b + x - 1, z);
  const numerator = ((a + b + x - 1) / (a - 1)) * bracket;
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0);
  return numerator / denominator;
}

/** The raw CDNOW file read here: per customer the distinct purchase days (days since 1970-01-01). */
function rawPurchaseDays(): Map<string, number[]> {
  const text = readFileSync(join(__dirname, '../../../fixtures/clv/CDNOW_sample.txt'), 'utf8');
  const byCustomer = new Map<string, Set<number>>();
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 5) continue;
    const ymd = parts[2]!;
    const day = Date.UTC(+ymd.slice(0, 4), +ymd.slice(4, 6) - 1, +ymd.slice(6, 8)) / 86_400_000;
    if (!byCustomer.has(parts[0]!)) byCustomer.set(parts[0]!, new Set());
    byCustomer.get(parts[0]!)!.add(day);
  }
  return new Map([...byCustomer].map(([id, days]) => [id, [...days].sort((p, q) => p - q)]));
}

const CAL_END = dayOf(1997, 9, 30);
const HOLDOUT_END = dayOf(1998, 6, 30);
const PUBLISHED: Params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

interface Customer {
  x: number;
  tx: number;
  T: number;
  holdout: number;
  /** Holdout purchases by the end of each holdout week. */
  byWeek: number[];
}

function referenceCustomers(): Customer[] {
  const weeks = Math.ceil((HOLDOUT_END - CAL_END) / 7);
  const out: Customer[] = [];
  for (const days of rawPurchaseDays().values()) {
    const cal = days.filter((d) => d <= CAL_END);
    if (cal.length === 0) continue;
    const hold = days.filter((d) => d > CAL_END && d <= HOLDOUT_END);
    out.push({
      x: cal.length - 1,
      tx: (cal[cal.length - 1]! - cal[0]!) / 7,
      T: (CAL_END - cal[0]!) / 7,
      holdout: hold.length,
      byWeek: Array.from({ length: weeks }, (_, k) => hold.filter((d) => d <= Math.min(CAL_END + 7 * (k + 1), HOLDOUT_END)).length),
    });
  }
  return out;
}

// ---- The tests -------------------------------------------------------------------------------

describe('model check (backtest) on CDNOW, calibration to 1997-09-30, holdout to 1998-06-30', () => {
  const reference = referenceCustomers();
  const outcome = backtest(cdnowOrders(), { calibrationEnd: CAL_END, holdoutEnd: HOLDOUT_END });
  if (!outcome.ok) throw new Error(outcome.message);
  const check: Backtest = outcome.backtest;
  const fitted: Params = { r: check.model.r, alpha: check.model.alpha, a: check.model.a, b: check.model.b };
  const holdoutWeeks = (HOLDOUT_END - CAL_END) / 7;

  it('the reference code reproduces the published log-likelihood at the published parameters', () => {
    expect(reference).toHaveLength(2357);
    const ll = reference.reduce((s, c) => s + logLikelihood(PUBLISHED, c.x, c.tx, c.T), 0);
    expect(ll).toBeCloseTo(-9582.4, 0);
  });

  it('fits the published parameters (r 0.2426, alpha 4.4135, a 0.7929, b 2.4258), at the maximum of the reference likelihood', () => {
    expect(check.customers).toBe(2357);
    expect(check.model.converged).toBe(true);
    expect(check.reliability.reliable).toBe(true);
    expect(check.model.r).toBeCloseTo(PUBLISHED.r, 3);
    expect(check.model.alpha).toBeCloseTo(PUBLISHED.alpha, 2);
    expect(check.model.a).toBeCloseTo(PUBLISHED.a, 3);
    expect(check.model.b).toBeCloseTo(PUBLISHED.b, 2);
    const ll = (p: Params) => reference.reduce((s, c) => s + logLikelihood(p, c.x, c.tx, c.T), 0);
    expect(ll(fitted)).toBeGreaterThanOrEqual(ll(PUBLISHED) - 1e-6);
    for (const step of [0.99, 1.01]) {
      for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(ll({ ...fitted, [k]: fitted[k] * step })).toBeLessThan(ll(fitted));
    }
  });

  it('counts the actual holdout purchases as the raw file gives them: in total and by calibration repeat purchases', () => {
    expect(check.calibrationEnd).toBe(CAL_END);
    expect(check.holdoutEnd).toBe(HOLDOUT_END);
    expect(check.split).toBe('configured');
    expect(check.total.actual).toBe(reference.reduce((s, c) => s + c.holdout, 0));
    const labels = ['0', '1', '2', '3', '4', '5', '6', '7+'];
    expect(check.byFrequency.map((g) => g.label)).toEqual(labels);
    labels.forEach((label, k) => {
      const members = reference.filter((c) => (k === 7 ? c.x >= 7 : c.x === k));
      expect([label, check.byFrequency[k]!.customers, check.byFrequency[k]!.actual]).toEqual([label, members.length, members.reduce((s, c) => s + c.holdout, 0)]);
    });
  });

  it('predicts the holdout as equation 10 gives it: in total, by group and per customer (mean absolute error)', () => {
    const predicted = reference.map((c) => expectedPurchases(fitted, holdoutWeeks, c.x, c.tx, c.T));
    const total = predicted.reduce((s, p) => s + p, 0);
    expect(check.total.predicted).toBeCloseTo(total, 6);
    // With the published (rounded) parameters the prediction moves by well under 1%.
    const published = reference.reduce((s, c) => s + expectedPurchases(PUBLISHED, holdoutWeeks, c.x, c.tx, c.T), 0);
    expect(Math.abs(check.total.predicted - published) / published).toBeLessThan(0.005);
    for (let k = 0; k <= 7; k++) {
      const members = reference.map((c, i) => ({ c, p: predicted[i]! })).filter(({ c }) => (k === 7 ? c.x >= 7 : c.x === k));
      expect(check.byFrequency[k]!.predicted).toBeCloseTo(
        members.reduce((s, m) => s + m.p, 0),
        6,
      );
    }
    const mae = reference.reduce((s, c, i) => s + Math.abs(c.holdout - predicted[i]!), 0) / reference.length;
    expect(check.meanAbsoluteError).toBeCloseTo(mae, 9);
  });

  it('tracks the holdout week by week, cumulated, actual against predicted', () => {
    expect(check.weekly).toHaveLength(39);
    for (const k of [0, 12, 25, 38]) {
      const week = check.weekly[k]!;
      const t = (Math.min(CAL_END + 7 * (k + 1), HOLDOUT_END) - CAL_END) / 7;
      expect(week.week).toBe(k + 1);
      expect(week.actual).toBe(reference.reduce((s, c) => s + c.byWeek[k]!, 0));
      expect(week.predicted).toBeCloseTo(
        reference.reduce((s, c) => s + expectedPurchases(fitted, t, c.x, c.tx, c.T), 0),
        6,
      );
    }
    expect(check.weekly[38]!.actual).toBe(check.total.actual);
    expect(check.weekly[38]!.predicted).toBeCloseTo(check.total.predicted, 9);
  });
});

describe('model check split and refusals', () => {
  const orders = cdnowOrders();

  it('splits by default at the start of the last quarter of the span', () => {
    const outcome = backtest(orders);
    if (!outcome.ok) throw new Error(outcome.message);
    const first = dayOf(1997, 1, 1);
    expect(outcome.backtest.split).toBe('default');
    expect(outcome.backtest.holdoutEnd).toBe(HOLDOUT_END);
    expect(outcome.backtest.calibrationEnd).toBe(first + Math.floor(0.75 * (HOLDOUT_END - first)));
  });

  it('refuses a split leaving less than a week after it, or before the first order', () => {
    expect(backtest(orders, { calibrationEnd: HOLDOUT_END - 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/at least a week/) });
    expect(backtest(orders, { calibrationEnd: dayOf(1996, 12, 1) })).toMatchObject({ ok: false, message: expect.stringMatching(/before the first order/) });
    expect(backtest([])).toMatchObject({ ok: false });
  });
});
