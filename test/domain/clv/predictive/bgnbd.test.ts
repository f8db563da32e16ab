import fc from 'fast-check';
import { bgNbdLogLikelihood, conditionalExpectedPurchases, fitBgNbd, probabilityAlive, type BgNbdParams } from '../../../../src/domain/clv/predictive/bgnbd';
import { numericGradient } from '../../../../src/domain/clv/predictive/optimise';
import { hyp2f1 } from '../../../../src/domain/clv/predictive/special';
import { cdnowSummary } from './cdnowFixtures';

const within = (actual: number, expected: number, relative: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

// Published fit on CDNOW (Fader, Hardie and Lee 2005; lifetimes docs).
const PUBLISHED: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe('fitBgNbd on the CDNOW summary', () => {
  const fit = fitBgNbd(cdnowSummary());

  it('matches the published parameters and log-likelihood within 1 %', () => {
    expect(fit.converged).toBe(true);
    within(fit.r, PUBLISHED.r, 0.01);
    within(fit.alpha, PUBLISHED.alpha, 0.01);
    within(fit.a, PUBLISHED.a, 0.01);
    within(fit.b, PUBLISHED.b, 0.01);
    within(fit.logLik, -9582.4, 0.01);
  });

  it('is a maximum: nudging any parameter lowers the likelihood', () => {
    const data = cdnowSummary();
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.98, 1.02]) {
        expect(bgNbdLogLikelihood({ ...fit, [key]: fit[key] * factor }, data).value).toBeLessThan(fit.logLik);
      }
    }
  });

  it('predicts the 39-week conditional expectation of the paper for x = 2, t_x = 30.43, T = 38.86 (1.226)', () => {
    within(conditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86), 1.226, 0.001);
  });
});

describe('bgNbdLogLikelihood', () => {
  const data = { x: [0, 1, 2, 7, 0, 40], tx: [0, 3.5, 20, 30, 0, 38], T: [10, 30, 38.9, 38.9, 1, 39] };

  it('has the analytic gradient of its value', () => {
    const point = [0.3, 5, 0.8, 2.5];
    const f = (p: Float64Array) => bgNbdLogLikelihood({ r: p[0] as number, alpha: p[1] as number, a: p[2] as number, b: p[3] as number }, data).value;
    const numeric = numericGradient(f, point);
    const analytic = bgNbdLogLikelihood({ r: 0.3, alpha: 5, a: 0.8, b: 2.5 }, data).gradient;
    analytic.forEach((g, i) => expect(g).toBeCloseTo(numeric[i] as number, 5));
  });

  it('equals the likelihood of the paper (equation 6) summed customer by customer, with times shared by many customers', () => {
    // Fader, Hardie and Lee (2005), equation 6, written out plainly with gamma functions: our
    // independent check of the grouping by x and by distinct time.
    const lgammaOf = (z: number): number => {
      let s = 0;
      while (z < 30) s -= Math.log(z++);
      return s + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * z) - 1 / (360 * z ** 3) + 1 / (1260 * z ** 5);
    };
    const direct = ({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number => {
      const betaTerm = lgammaOf(a + b) + lgammaOf(b + x) - lgammaOf(b) - lgammaOf(a + b + x);
      const common = lgammaOf(r + x) - lgammaOf(r) + r * Math.log(alpha) + betaTerm;
      const alive = Math.pow(alpha + T, -(r + x));
      const dropped = x > 0 ? (a / (b + x - 1)) * Math.pow(alpha + tx, -(r + x)) : 0;
      return common + Math.log(alive + dropped);
    };
    const params = { r: 0.3, alpha: 5, a: 0.8, b: 2.5 };
    const days = [0, 7, 14, 30, 61, 100, 200, 273];
    const x: number[] = [];
    const tx: number[] = [];
    const T: number[] = [];
    for (let i = 0; i < 400; i++) {
      const first = days[i % days.length] as number;
      const last = first + (days[(i * 7) % days.length] as number) / 2;
      T.push((280 - first) / 7);
      const repeat = (i * 13) % 9;
      x.push(repeat);
      tx.push(repeat === 0 ? 0 : (last - first) / 7);
    }
    let expected = 0;
    for (let i = 0; i < x.length; i++) expected += direct(params, x[i] as number, tx[i] as number, T[i] as number);
    within(bgNbdLogLikelihood(params, { x, tx, T }).value, expected, 1e-12);
  });

  it('stays finite for a very frequent buyer', () => {
    const result = bgNbdLogLikelihood(PUBLISHED, { x: [5000], tx: [38], T: [39] });
    expect(Number.isFinite(result.value)).toBe(true);
    result.gradient.forEach((g) => expect(Number.isFinite(g)).toBe(true));
  });
});

describe('probabilityAlive and conditionalExpectedPurchases', () => {
  // Equation 10 of the paper with the untransformed series: fine for small x, our independent check.
  function directExpectation({ r, alpha, a, b }: BgNbdParams, t: number, x: number, tx: number, T: number): number {
    const hyper = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
    const numerator = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyper);
    const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0);
    return numerator / denominator;
  }

  it('agrees with the direct formula for small x', () => {
    for (const [x, tx, T, t] of [
      [0, 0, 38.86, 39],
      [1, 1.71, 38.86, 10],
      [3, 20, 30, 52],
      [6, 35, 38.86, 100],
    ] as const) {
      expect(conditionalExpectedPurchases(PUBLISHED, t, x, tx, T)).toBeCloseTo(directExpectation(PUBLISHED, t, x, tx, T), 9);
    }
  });

  it('is continuous through a = 1, where the formula is 0/0', () => {
    const at = (a: number) => conditionalExpectedPurchases({ ...PUBLISHED, a }, 39, 2, 30.43, 38.86);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(at(1)).toBeCloseTo((at(0.999) + at(1.001)) / 2, 4);
  });

  it('gives 1 for a customer who never came back and less for one who went quiet', () => {
    expect(probabilityAlive(PUBLISHED, 0, 0, 38.86)).toBe(1);
    expect(probabilityAlive(PUBLISHED, 5, 5, 38.86)).toBeLessThan(probabilityAlive(PUBLISHED, 5, 38, 38.86));
  });

  it('stays finite and sane for a very frequent buyer', () => {
    const e = conditionalExpectedPurchases(PUBLISHED, 52, 500, 38.5, 38.86);
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeGreaterThan(100); // about 13 purchases a week, still alive
    expect(probabilityAlive(PUBLISHED, 500, 30, 38.86)).toBeLessThan(1e-10); // the same rate, silent for 9 weeks
  });

  const customer = fc
    .record({ x: fc.integer({ min: 0, max: 300 }), T: fc.double({ min: 0, max: 500, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : share * T }));
  const params = fc.record({
    r: fc.double({ min: 0.05, max: 5, noNaN: true }),
    alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
    a: fc.double({ min: 0.05, max: 5, noNaN: true }).filter((a) => Math.abs(a - 1) > 1e-3),
    b: fc.double({ min: 0.05, max: 10, noNaN: true }),
  });

  it('property: P(alive) is in [0, 1]; expected purchases are >= 0 and grow with the horizon', () => {
    fc.assert(
      fc.property(params, customer, fc.double({ min: 0.1, max: 200, noNaN: true }), fc.double({ min: 0.1, max: 200, noNaN: true }), (p, c, t1, extra) => {
        const alive = probabilityAlive(p, c.x, c.tx, c.T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const near = conditionalExpectedPurchases(p, t1, c.x, c.tx, c.T);
        const far = conditionalExpectedPurchases(p, t1 + extra, c.x, c.tx, c.T);
        expect(near).toBeGreaterThanOrEqual(0);
        expect(far).toBeGreaterThanOrEqual(near * (1 - 1e-9));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
