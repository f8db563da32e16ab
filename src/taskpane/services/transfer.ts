/**
 * Moving big data across the worker boundary in slices. postMessage copies on the sending and the
 * receiving thread; one 1,000,000-row grid or 100,000 results in one message would block the pane
 * for a long time, so grids go in row slices and results come back in pages.
 */
import type { WorkbookInput } from '../../domain/analyse';
import type { PredictiveClvResult, PredictiveCustomer } from '../../domain/clv/predictive/predictive';
import type { AnalysisSummary, ScoringSummary, WorkerCalls } from '../../worker/protocol';
import type { ScoringClient } from './scoringWorker';

export const STAGE_ROWS = 20_000;
export const PAGE_CUSTOMERS = 5_000;

/** Stages the sheets slice by slice, then analyses them in the worker. */
export async function analyseInSlices(client: ScoringClient, input: WorkbookInput, rowsPerSlice = STAGE_ROWS): Promise<AnalysisSummary> {
  const sheets = [
    { kind: 'orders' as const, sheet: input.orders },
    ...(input.customers ? [{ kind: 'customers' as const, sheet: input.customers }] : []),
    ...(input.survey ? [{ kind: 'survey' as const, sheet: input.survey }] : []),
  ];
  for (const { kind, sheet } of sheets) {
    const { grid } = sheet;
    let at = 0;
    do {
      await client.call('stage', { sheet: kind, name: sheet.sheet, rows: grid.slice(at, at + rowsPerSlice), first: at === 0 });
      at += rowsPerSlice;
    } while (at < grid.length);
  }
  // The rates sheet is a few rows: it goes with the call.
  return client.call('analyse', {
    staged: {
      ...(input.mapping ? { mapping: input.mapping } : {}),
      ...(input.readOptions ? { readOptions: input.readOptions } : {}),
      ...(input.currency ? { currency: input.currency } : {}),
      ...(input.rates ? { rates: input.rates } : {}),
    },
  });
}

/** Scores in the worker and fetches the customers page by page. */
export async function scoreInPages(client: ScoringClient, params: WorkerCalls['score']['params'], perPage = PAGE_CUSTOMERS): Promise<ScoringSummary> {
  const summary = await client.call('score', { ...params, page: true });
  const customers: ScoringSummary['customers'] = [];
  for (let from = 0; from < summary.customerCount; from += perPage) {
    const page = await client.call('customers', { from, to: from + perPage });
    for (const c of page) customers.push(c);
  }
  return { ...summary, customers };
}

/** Fits the predictive model in the worker and fetches its per-customer figures page by page. */
export async function fitInPages(client: ScoringClient, params: Omit<WorkerCalls['fit']['params'], 'page'>, perPage = PAGE_CUSTOMERS): Promise<PredictiveClvResult | null> {
  const fit = await client.call('fit', { ...params, page: true });
  if (!fit) return null;
  const customers = new Map<string, PredictiveCustomer>();
  for (let from = 0; from < fit.customerCount; from += perPage) {
    for (const [id, figures] of await client.call('fitCustomers', { from, to: from + perPage })) customers.set(id, figures);
  }
  const { customerCount: _count, ...model } = fit;
  return { ...model, customers };
}
