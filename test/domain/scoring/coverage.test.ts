import fc from 'fast-check';
import { defaultScoringConfig } from '../../../src/domain/config';
import { scoreCustomers } from '../../../src/domain/score';
import { rescore } from '../../../src/domain/scoring/rescore';
import { customerRow, day, orderRow } from '../rows';

const asOf = day('2024-06-30');

/** Three customers with full order data, one with a rating and no orders, one with orders lacking most inputs. */
function workbook() {
  const full = (id: string, k: number) => [
    orderRow(id, day('2022-01-10') + k, 1000 + 100 * k, {
      orderId: `${id}-1`,
      profit: 200 + k,
      productTypes: 2,
      creditDays: 30,
      shippedDate: day('2022-01-20') + k,
      documentsReceivedDate: day('2022-01-25'),
      paidDate: day('2022-02-20') + k,
      bargainingRounds: k,
      claimsCount: 0,
    }),
    orderRow(id, day('2023-05-10') + k, 800 + 50 * k, {
      orderId: `${id}-2`,
      profit: 150,
      productTypes: 3,
      creditDays: 45,
      shippedDate: day('2023-05-15') + k,
      documentsReceivedDate: day('2023-05-20'),
      paidDate: day('2023-06-20'),
      bargainingRounds: 1,
      claimsCount: 1,
      claimsReasonable: 1,
    }),
  ];
  const customers = ['a', 'b', 'c'].map((id, k) => customerRow(id, { industryInfluence: k + 2, replyHours: 4 + k, newProductInquiries: 4, newProductOrders: k }));
  customers.push(customerRow('idle', { replyHours: 1 })); // the example: reply time only, no orders
  const orders = [...full('a', 0), ...full('b', 1), ...full('c', 2), orderRow('thin', day('2024-01-05'), 500)];
  return { customers, orders };
}

describe('coverage', () => {
  it('a customer with no orders is not rated, whatever its one input says', () => {
    const r = scoreCustomers({ ...workbook(), config: defaultScoringConfig(), asOf });
    const idle = r.customers.find((c) => c.customerId === 'idle');
    expect(idle?.status).toBe('not-rated');
    expect(idle?.score).toBeNull();
    expect(idle?.tier).toBeNull();
  });

  it('below the minimum share of weight the customer is "not enough data", with the missing inputs named', () => {
    const r = scoreCustomers({ ...workbook(), config: defaultScoringConfig(), asOf });
    const thin = r.customers.find((c) => c.customerId === 'thin');
    // Only order size/frequency (15) and cooperation length (8) of the 100 points the data has.
    expect(thin?.coverage).toBeCloseTo(23 / 100, 10);
    expect(thin?.status).toBe('not-enough-data');
    expect(thin?.score).toBeNull();
    expect(thin?.tier).toBeNull();
    expect(thin?.missingInputs.slice(0, 3)).toEqual(['Order profit margin', 'Payment terms', 'Payment efficiency']);
    const a = r.customers.find((c) => c.customerId === 'a');
    expect(a?.status).toBe('rated');
    expect(a?.coverage).toBeCloseTo(1, 10);
    expect(a?.tier).not.toBeNull();
  });

  it('the minimum is configurable: at 0.2 the thin customer is rated', () => {
    const r = scoreCustomers({ ...workbook(), config: { ...defaultScoringConfig(), minCoverage: 0.2 }, asOf });
    expect(r.customers.find((c) => c.customerId === 'thin')?.status).toBe('rated');
  });

  it('an indicator nobody in the data has does not count against anyone (order-only workbooks are rated)', () => {
    const orders = [orderRow('x', day('2023-01-01'), 100), orderRow('y', day('2023-02-01'), 300), orderRow('y', day('2024-02-01'), 300)];
    const r = scoreCustomers({ customers: [], orders, config: defaultScoringConfig(), asOf });
    expect(r.customers.map((c) => [c.status, c.coverage])).toEqual([
      ['rated', 1],
      ['rated', 1],
    ]);
  });

  it('property: rated exactly when the customer has orders and its coverage reaches the minimum; scaling weights changes no status', () => {
    const base = scoreCustomers({ ...workbook(), config: defaultScoringConfig(), asOf });
    const ids = base.cache.indicatorIds;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: ids.length, maxLength: ids.length }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (ws, min, scale) => {
          const weights = Object.fromEntries(ids.map((id, k) => [id, ws[k] as number]));
          const scaled = Object.fromEntries(ids.map((id, k) => [id, (ws[k] as number) * scale]));
          const one = rescore(base.cache, weights, defaultScoringConfig().tierRule, min);
          const two = rescore(base.cache, scaled, defaultScoringConfig().tierRule, min);
          for (let i = 0; i < one.status.length; i++) {
            const hasOrders = (base.cache.agg.orders[i] as number) > 0;
            const cov = one.coverage[i] as number;
            expect(one.status[i] === 0).toBe(hasOrders && cov > 0 && cov >= min - 1e-12);
            expect(Number.isNaN(one.scores[i] as number)).toBe(one.status[i] !== 0);
            expect(two.status[i]).toBe(one.status[i]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
