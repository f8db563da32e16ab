/** Grids cross to the worker in slices and results come back in pages: the same answer as in one piece. */
import { defaultScoringConfig } from '../../../src/domain/config';
import { generateSampleWorkbook } from '../../../src/sample';
import { InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import { analyseInSlices, fitInPages, scoreInPages } from '../../../src/taskpane/services/transfer';

const book = generateSampleWorkbook({ customers: 40, orders: 900, seed: 11 });
const input = { orders: { sheet: 'Orders', grid: book.orders }, customers: { sheet: 'Customers', grid: book.customers } };
const params = { config: defaultScoringConfig(), asOf: book.asOf };

describe('sliced transfer', () => {
  it('fetches the predictive fit page by page, equal to the fit in one message', async () => {
    const book = generateSampleWorkbook({ customers: 40, orders: 800, seed: 9 });
    const client = new InThreadClient();
    await client.call('analyse', { input: { orders: { sheet: 'Orders', grid: book.orders } } });
    const whole = await client.call('fit', { config: defaultScoringConfig(), asOf: book.asOf });
    const paged = await fitInPages(client, { config: defaultScoringConfig(), asOf: book.asOf }, 7);
    expect(paged?.customers.size).toBe(whole?.customerCount);
    expect(paged?.customers).toEqual(whole?.customers);
    expect(paged?.model).toEqual(whole?.model);
  });

  it('analyses and scores the same in slices and pages as in one message', async () => {
    const whole = new InThreadClient();
    const wholeAnalysis = await whole.call('analyse', { input });
    const wholeResult = await whole.call('score', params);

    const sliced = new InThreadClient();
    const calls: string[] = [];
    const counting = { ...sliced, offThread: false, dispose: () => undefined, call: ((kind, p) => (calls.push(kind), sliced.call(kind, p))) as InThreadClient['call'] };
    const slicedAnalysis = await analyseInSlices(counting, input, 97);
    const slicedResult = await scoreInPages(counting, params, 7);

    expect(slicedAnalysis).toEqual(wholeAnalysis);
    expect(slicedResult).toEqual(wholeResult);
    // 901 order rows in slices of 97 -> 10 slices; 41 customer rows -> 1; 40 customers in pages of 7 -> 6.
    expect(calls.filter((k) => k === 'stage')).toHaveLength(11);
    expect(calls.filter((k) => k === 'customers')).toHaveLength(6);
  });

  it('stages an order-only workbook and forgets the staged rows once analysed', async () => {
    const client = new InThreadClient();
    await analyseInSlices(client, input, 500);
    const ordersOnly = await analyseInSlices(client, { orders: input.orders }, 500);
    expect(ordersOnly.derivedCustomers).toBe(true);
    await expect(client.call('analyse', { staged: {} })).rejects.toThrow(/No order rows were staged/);
  });
});
