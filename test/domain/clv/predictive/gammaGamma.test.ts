import { conditionalExpectedAverageValue, fitGammaGamma, gammaGammaLogLikelihood, populationMeanValue } from '../../../../src/domain/clv/predictive/gammaGamma';
import { numericGradient } from '../../../../src/domain/clv/predictive/optimise';
import { cdnowSummaryWithValue } from './cdnowFixtures';

const within = (actual: number, expected: number, relative: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

describe('fitGammaGamma on the CDNOW repeat buyers', () => {
  const summary = cdnowSummaryWithValue();
  const repeat = [...summary.x.keys()].filter((i) => (summary.x[i] as number) > 0);
  const data = { x: repeat.map((i) => summary.x[i] as number), zbar: repeat.map((i) => summary.zbar[i] as number) };
  const fit = fitGammaGamma(data);

  it('uses the 946 customers with repeat purchases', () => {
    expect(repeat).toHaveLength(946);
  });

  it('matches the published p = 6.25, q = 3.74, v = 15.45 within 1 %', () => {
    expect(fit.converged).toBe(true);
    within(fit.p, 6.25, 0.01);
    within(fit.q, 3.74, 0.01);
    within(fit.v, 15.45, 0.01);
  });

  it('gives a mean conditional expected average profit of 35.25 over all customers (observed 35.08)', () => {
    const expected = [...summary.x].map((x, i) => conditionalExpectedAverageValue(fit, x, summary.zbar[i] as number));
    within(expected.reduce((s, v) => s + v, 0) / expected.length, 35.25, 0.01);
    const observed = data.zbar.reduce((s, v) => s + v, 0) / data.zbar.length;
    within(observed, 35.08, 0.001);
  });

  it('shrinks a customer mean toward the population mean, less so the more purchases', () => {
    const population = populationMeanValue(fit);
    expect(conditionalExpectedAverageValue(fit, 0, 0)).toBeCloseTo(population, 10);
    const one = conditionalExpectedAverageValue(fit, 1, 100);
    const many = conditionalExpectedAverageValue(fit, 20, 100);
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(many);
    expect(many).toBeLessThan(100);
  });

  it('is invariant to the currency: values x 1000 scale v and the expectations by 1000', () => {
    const scaled = fitGammaGamma({ x: data.x, zbar: data.zbar.map((m) => m * 1000) });
    within(scaled.p, fit.p, 1e-4);
    within(scaled.q, fit.q, 1e-4);
    within(scaled.v, fit.v * 1000, 1e-4);
  });
});

describe('gammaGammaLogLikelihood', () => {
  it('has the analytic gradient of its value', () => {
    const data = { x: [1, 2, 2, 9], zbar: [12.5, 30, 41, 18] };
    const f = (p: Float64Array) => gammaGammaLogLikelihood({ p: p[0] as number, q: p[1] as number, v: p[2] as number }, data).value;
    const numeric = numericGradient(f, [4, 3, 20]);
    gammaGammaLogLikelihood({ p: 4, q: 3, v: 20 }, data).gradient.forEach((g, i) => expect(g).toBeCloseTo(numeric[i] as number, 5));
  });

  it('has a population mean only when q > 1', () => {
    expect(populationMeanValue({ p: 2, q: 0.9, v: 10 })).toBe(Infinity);
    expect(populationMeanValue({ p: 2, q: 3, v: 10 })).toBe(10);
  });
});
