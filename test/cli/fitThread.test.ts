/**
 * The predictive fit's thread (src/cli/score/fitThread.ts): the compiled command run as a worker
 * thread fits the same figures as the fit in this thread, which test/domain/clv/predictive checks
 * against the published CDNOW parameters and predictions.
 */
import { fitPredictiveClvOfTable, predictiveCustomerAt } from '../../src/domain/clv/predictive/predictive';
import { orderTableFromRows } from '../../src/domain/validation/orderTable';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FitThread, fitHere } from '../../src/cli/score/fitThread';
import { scoreGrids, scoreGridsFitApart } from '../../src/cli/score/scoreGrids';
import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import { generateSampleWorkbook } from '../../src/sample';
import { CDNOW_CALIBRATION_END, cdnowOrders } from '../domain/clv/predictive/cdnowFixtures';

interface CliBuild {
  compiledCli: () => string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS, run by bin/tiers.js as is
const cliBuild = require('../../scripts/cliBuild.cjs') as CliBuild;

describe('the predictive fit in a thread of its own', () => {
  const table = orderTableFromRows(cdnowOrders());
  const options = { asOf: CDNOW_CALIBRATION_END, period: 'week' as const, horizonMonths: 12, monthlyDiscountRate: 0.01, churnThreshold: 0.5, value: 'amount' as const, purchasesOnly: true };

  it('gives the figures of the fit in this thread, customer by customer, and those of the Map form', async () => {
    const bundle = cliBuild.compiledCli();
    expect(bundle).not.toBeNull();
    const thread = FitThread.start(bundle as string);
    expect(thread).not.toBeNull();
    const apart = await (thread as FitThread).fit(table, options).result;
    const here = fitHere(table, options);
    expect(apart.customers.length).toBe(2357);
    expect(apart).toEqual(here);
    expect(apart.model.bgnbd?.converged).toBe(true);
    // The Map form (the pane's) from the same table: the same customer, figure for figure.
    const mapped = fitPredictiveClvOfTable(table, options);
    expect(mapped.model).toEqual(apart.model);
    for (let k = 0; k < apart.customers.length; k++) {
      expect(mapped.customers.get(table.customerIds[apart.customerCodes[k] as number] as string)).toEqual(predictiveCustomerAt(apart.customers, k));
    }
    // The table was copied, not moved: it is whole here.
    expect(table.orderDate.length).toBe(table.length);
  });

  it('rejects when the thread cannot run (here: no such compiled file), and the run then fits in its own thread', async () => {
    const broken = FitThread.start(join(tmpdir(), 'no-such-dir', 'tiers.cjs')) as FitThread;
    expect(broken).not.toBeNull();
    await expect(broken.fit(table, options).result).rejects.toThrow();
    const sample = generateSampleWorkbook({ customers: 60, orders: 900, seed: 5 });
    const sheets = () => [
      { name: 'Customers', grid: sample.customers.map((r) => [...r]) },
      { name: 'Orders', grid: sample.orders.map((r) => [...r]) },
    ];
    const scoreOptions = { config: defaultScoringConfig(), asOf: dayFromIso('2026-01-01'), lenient: true };
    const here = scoreGrids(sheets(), scoreOptions);
    const fallen = await scoreGridsFitApart(sheets(), scoreOptions, undefined, FitThread.start(join(tmpdir(), 'no-such-dir', 'tiers.cjs')));
    expect(here.ok && fallen.ok).toBe(true);
    if (here.ok && fallen.ok) {
      expect(fallen.predictive?.customers.length).toBeGreaterThan(0);
      expect(fallen.predictive).toEqual(here.predictive);
      expect(fallen.predictiveRow).toEqual(here.predictiveRow);
    }
  });

  it('is not started where the command runs from its sources (the fit then runs in this thread)', () => {
    expect(FitThread.start('/somewhere/src/cli/score/fitThread.ts')).toBeNull();
  });
});
