/**
 * The fit with its customers as columns (fitPredictiveColumnsOfTable, the CLI's form) holds the
 * same figures as the Map form (fitPredictiveClvOfTable, checked against the published CDNOW
 * figures in predictive.test.ts), customer by customer.
 */
import { fitPredictiveClvOfTable, fitPredictiveColumnsOfTable, predictiveCustomerAt } from '../../../../src/domain/clv/predictive/predictive';
import { orderTableFromRows } from '../../../../src/domain/validation/orderTable';
import { CDNOW_CALIBRATION_END, cdnowOrders, order } from './cdnowFixtures';

describe('the predictive fit as columns', () => {
  it('gives every fitted customer the figures of the Map form, with the same model and warnings', () => {
    const table = orderTableFromRows(cdnowOrders());
    const options = { asOf: CDNOW_CALIBRATION_END, period: 'week' as const, value: 'amount' as const, purchasesOnly: true };
    const columns = fitPredictiveColumnsOfTable(table, table.customerIds.length, options);
    const mapped = fitPredictiveClvOfTable(table, options);
    expect(columns.customers.length).toBe(2357);
    expect(columns.customers.length).toBe(mapped.customers.size);
    expect(columns.model).toEqual(mapped.model);
    expect(columns.reliability).toEqual(mapped.reliability);
    expect(columns.warnings).toEqual(mapped.warnings);
    for (let k = 0; k < columns.customers.length; k++) {
      const id = table.customerIds[columns.customerCodes[k] as number] as string;
      expect([id, predictiveCustomerAt(columns.customers, k)]).toEqual([id, mapped.customers.get(id)]);
    }
  });

  it('says what it skipped as the Map form does, and fits nobody when nothing is left', () => {
    const table = orderTableFromRows([order('A', NaN, 10), order('A', 100, Infinity), order('B', 200, 5)]);
    const options = { asOf: 50, value: 'amount' as const };
    const columns = fitPredictiveColumnsOfTable(table, table.customerIds.length, options);
    const mapped = fitPredictiveClvOfTable(table, options);
    expect(columns.customers.length).toBe(0);
    expect(columns.warnings).toEqual(mapped.warnings);
    expect(columns.warnings.map((w) => w.code)).toEqual(['orders-skipped', 'no-customers']);
  });
});
