/** The scoring client (in-thread fallback) driving the worker's engine over a generated workbook. */
import { defaultScoringConfig, predictiveClvOptions, type ScoringConfig } from '../../../src/domain/config';
import { fitPredictiveClv } from '../../../src/domain/clv/predictive/predictive';
import { scoreCustomers } from '../../../src/domain/score';
import { analyseWorkbook } from '../../../src/domain/analyse';
import { TIER_NAMES } from '../../../src/domain/segments/tiers';
import { generateSampleWorkbook } from '../../../src/sample';
import { createScoringClient, InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import { MATRIX_SIZE } from '../../../src/worker/protocol';

const book = generateSampleWorkbook({ customers: 80, orders: 2500, seed: 7 });
const input = { orders: { sheet: 'Orders', grid: book.orders }, customers: { sheet: 'Customers', grid: book.customers } };
const config = defaultScoringConfig();

const rowSums = (m: number[][]) => m.map((r) => r.reduce((a, b) => a + b, 0));
const colSums = (m: number[][]) => Array.from({ length: MATRIX_SIZE }, (_, j) => m.reduce((s, r) => s + (r[j] ?? 0), 0));
const withUnscored = (counts: Record<string, number>, unscored: number) => [...TIER_NAMES.map((t) => counts[t] ?? 0), unscored];

async function scoredClient() {
  const client = new InThreadClient();
  const analysis = await client.call('analyse', { input });
  const result = await client.call('score', { config, asOf: book.asOf });
  return { client, analysis, result };
}

describe('scoring client, in-thread', () => {
  it('falls back to the in-thread engine when there is no Worker (as under jest)', () => {
    expect(createScoringClient(null).offThread).toBe(false);
    expect(createScoringClient(() => new (globalThis as unknown as { Worker: new (url: string) => Worker }).Worker('x')).offThread).toBe(false);
  });

  it('analyses without sending the rows back, then scores what it kept', async () => {
    const { analysis, result } = await scoredClient();
    expect(analysis.refused).toBeNull();
    expect(analysis).not.toHaveProperty('orders');
    expect(analysis.customerCount).toBe(80);
    expect(analysis.orderCount).toBeGreaterThan(2000);
    expect(result).not.toHaveProperty('cache');
    const direct = analyseWorkbook(input);
    const expected = scoreCustomers({ customers: direct.customers, orders: direct.orders, config, asOf: book.asOf });
    expect(result.tierCounts).toEqual(expected.tierCounts);
    expect(result.customers.map((c) => c.score)).toEqual(expected.customers.map((c) => c.score));
    // Rows on the customer sheet, for links: C00001 is on row 2 below the header.
    expect(result.customerRows['C00001']).toBe(2);
  });

  it('previews the saved configuration as "nobody moves"', async () => {
    const { client, result } = await scoredClient();
    const preview = await client.call('preview', { config });
    expect(preview.moved).toBe(0);
    const diagonal = preview.matrix.map((row, i) => row[i]);
    const unscored = result.customers.filter((c) => c.tier === null).length;
    expect(diagonal).toEqual(withUnscored(result.tierCounts, unscored));
  });

  it('previews other weights: the counts a full re-score gives, and a matrix that adds up both ways', async () => {
    const { client, result } = await scoredClient();
    const changed: ScoringConfig = { ...config, weights: { profitMargin: 80, paymentEfficiency: 0 } };
    const preview = await client.call('preview', { config: changed });
    const direct = analyseWorkbook(input);
    const full = scoreCustomers({ customers: direct.customers, orders: direct.orders, config: changed, asOf: book.asOf });
    expect(preview.tierCounts).toEqual(full.tierCounts);
    const unscoredBefore = result.customers.filter((c) => c.tier === null).length;
    const unscoredAfter = full.customers.filter((c) => c.tier === null).length;
    expect(rowSums(preview.matrix)).toEqual(withUnscored(result.tierCounts, unscoredBefore));
    expect(colSums(preview.matrix)).toEqual(withUnscored(full.tierCounts, unscoredAfter));
    const movedByHand = full.customers.filter((c, i) => c.tier !== result.customers[i]?.tier).length;
    expect(preview.moved).toBe(movedByHand);
    expect(preview.moved).toBeGreaterThan(0);
  });

  it('previews a score-based tier rule and another profile', async () => {
    const { client } = await scoredClient();
    const byScore = await client.call('preview', { config: { ...config, tierRule: { kind: 'score', cutoffs: [90, 80, 70, 60, 50] } } });
    expect(Object.values(byScore.tierCounts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const distributor = await client.call('preview', { config: { ...config, profileId: 'distributor', weights: {} } });
    // The sample has only the credit index of the distributor indicators: scored customers are those with one.
    const direct = analyseWorkbook(input);
    const full = scoreCustomers({ customers: direct.customers, orders: direct.orders, config: { ...config, profileId: 'distributor' }, asOf: book.asOf });
    expect(distributor.tierCounts).toEqual(full.tierCounts);
  });

  it('refuses to preview before anything was scored, and reports the reason', async () => {
    const client = new InThreadClient();
    await expect(client.call('preview', { config })).rejects.toThrow(/Run the scoring once/);
  });

  it('fits predictive CLV on the kept orders, with no non-finite figure crossing to the pane', async () => {
    // Seed 4: a sample on which the fit converges (on seed 3 it does not: see the next test).
    const small = generateSampleWorkbook({ customers: 30, orders: 600, seed: 4 });
    const client = new InThreadClient();
    await client.call('analyse', { input: { orders: { sheet: 'Orders', grid: small.orders } } });
    const predictive = await client.call('predictive', { config, asOf: small.asOf });
    const entries = Object.values(predictive.customers);
    const buyers = new Set(analyseWorkbook({ orders: { sheet: 'Orders', grid: small.orders } }).orders.map((o) => o.customerId));
    expect(Object.keys(predictive.customers).sort()).toEqual([...buyers].sort());
    expect(entries.every((e) => e.pAlive !== null && e.pAlive >= 0 && e.pAlive <= 1)).toBe(true);
    expect(entries.every((e) => e.predictedClv === null || (Number.isFinite(e.predictedClv) && e.predictedClv >= 0))).toBe(true);
    expect(predictive.unreliable).toBeNull();
    expect(predictive.basis).toBe('profit');
  });

  it('shows no P(alive) or predicted figure from a fit that did not converge, and says why (docs/clv.md)', async () => {
    const small = generateSampleWorkbook({ customers: 30, orders: 600, seed: 3 });
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: small.orders } });
    expect(fitPredictiveClv(analysis.orders, { asOf: small.asOf, value: 'profit' }).model.bgnbd?.converged).toBe(false);
    const client = new InThreadClient();
    await client.call('analyse', { input: { orders: { sheet: 'Orders', grid: small.orders } } });
    const predictive = await client.call('predictive', { config, asOf: small.asOf });
    expect(predictive.unreliable).toBe('not-converged');
    const entries = Object.values(predictive.customers);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((e) => e.pAlive === null && e.predictedClv === null && e.expectedPurchases === null)).toBe(true);
  });

  it('fits with the configuration for the owned columns, once for a run and the customer view alike', async () => {
    const small = generateSampleWorkbook({ customers: 30, orders: 600, seed: 3 });
    const client = new InThreadClient();
    await client.call('analyse', { input: { orders: { sheet: 'Orders', grid: small.orders } } });
    const monthly = { ...config, predictive: { ...config.predictive, period: 'month' as const } };
    const fit = await client.call('fit', { config: monthly, asOf: small.asOf });
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: small.orders } });
    // The sample states profit: the fit is on profit, like the historical CLV.
    const direct = fitPredictiveClv(analysis.orders, { ...predictiveClvOptions(monthly, small.asOf)!, value: 'profit' });
    expect(fit?.model).toEqual(direct.model);
    expect(fit?.customers).toEqual(direct.customers);
    await expect(client.call('fit', { config: { ...config, predictive: { ...config.predictive, enabled: false } }, asOf: small.asOf })).resolves.toBeNull();
  });
});
