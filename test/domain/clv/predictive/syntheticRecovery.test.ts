import { fitPredictiveClv } from '../../../../src/domain/clv/predictive/predictive';
import { syntheticOrders, type SyntheticTruth } from '../../../../bench/clvSyntheticOrders';

describe('fitPredictiveClv on data drawn from the models themselves', () => {
  const truth: SyntheticTruth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5, p: 6, q: 4, v: 15 };
  const endDay = 20000 + 546;
  const result = fitPredictiveClv(syntheticOrders(20_000, truth, { seed: 7, endDay }), { asOf: endDay });

  it('recovers the BG/NBD parameters it was generated with (within 15 %)', () => {
    const fit = result.model.bgnbd;
    expect(fit?.converged).toBe(true);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs((fit?.[key] as number) / truth[key] - 1)).toBeLessThan(0.15);
  });

  it('recovers the population mean spend v p / (q - 1) (within 5 %)', () => {
    const gg = result.model.gammaGamma;
    expect(gg?.converged).toBe(true);
    const mean = ((gg?.v as number) * (gg?.p as number)) / ((gg?.q as number) - 1);
    expect(Math.abs(mean / ((truth.v * truth.p) / (truth.q - 1)) - 1)).toBeLessThan(0.05);
  });
});
