/** The worker's `score` ranks the customers once: the tiers a preview compares against are the scoring's own. */
import { defaultScoringConfig } from '../../../src/domain/config';
import * as rescoreModule from '../../../src/domain/scoring/rescore';
import { generateSampleWorkbook } from '../../../src/sample';
import { InThreadClient } from '../../../src/taskpane/services/scoringWorker';

jest.mock('../../../src/domain/scoring/rescore', () => {
  const actual = jest.requireActual<typeof rescoreModule>('../../../src/domain/scoring/rescore');
  return { ...actual, rescore: jest.fn(actual.rescore) };
});

const book = generateSampleWorkbook({ customers: 60, orders: 1500, seed: 11 });
const input = { orders: { sheet: 'Orders', grid: book.orders }, customers: { sheet: 'Customers', grid: book.customers } };

describe('worker score', () => {
  it('calls rescore once per scoring, and a preview of the saved weights moves nobody', async () => {
    const rescore = rescoreModule.rescore as jest.MockedFunction<typeof rescoreModule.rescore>;
    const client = new InThreadClient();
    const config = defaultScoringConfig();
    await client.call('analyse', { input });
    rescore.mockClear();
    const result = await client.call('score', { config, asOf: book.asOf });
    expect(rescore).toHaveBeenCalledTimes(1);
    const preview = await client.call('preview', { config });
    expect(rescore).toHaveBeenCalledTimes(2);
    expect(preview.moved).toBe(0);
    expect(preview.tierCounts).toEqual(result.tierCounts);
  });
});
