import { defaultScoringConfig } from '../../../src/domain/config';
import type { PaymentStats } from '../../../src/domain/finance/payment';
import type { CustomerResult } from '../../../src/domain/score';
import { TWELVE_WEIGHTS } from '../../../src/domain/indicators/twelve';
import { contributionBars, countBars, financeOverview, normalisedWeights, outstandingByCustomer, weightRows } from '../../../src/taskpane/state/selectors';
import { presetOf, withPreset } from '../../../src/taskpane/state/presets';
import { catalogues } from '../../../src/taskpane/i18n/messages';
import { sharesWithRemainder } from '../../../src/taskpane/views/weights/TierRuleEditor';

function customer(customerId: string, payment: Partial<PaymentStats>, contributions: Record<string, number> = {}): CustomerResult {
  return {
    customerId,
    name: `Name ${customerId}`,
    businessType: null,
    orders: 1,
    sales: 100,
    profit: null,
    returned: 0,
    returnRate: 0,
    score: 50,
    status: 'rated',
    coverage: 1,
    missingInputs: [],
    tier: 'Gold',
    abc: 'A',
    abcWithinType: 'A',
    rfm: null,
    clv: 100,
    payment: { meanDays: null, medianDays: null, onTimeShare: null, arrears: null, ageing: null, worstBucket: null, paidBeforeDocuments: 0, ...payment },
    shippingDays: null,
    contributions,
    why: [],
    tierChange: null,
    composition: { share: 0, expectedShare: null, gap: null },
  };
}

describe('weights', () => {
  it('lists every indicator of the profile with its share of the total', () => {
    const rows = weightRows(defaultScoringConfig());
    expect(rows.map((r) => r.id)).toEqual(Object.keys(TWELVE_WEIGHTS));
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(100, 9);
    const raised = weightRows({ ...defaultScoringConfig(), weights: { profitMargin: 115 } });
    const total = Object.values(TWELVE_WEIGHTS).reduce((a, b) => a + b, 0) + 100;
    expect(raised[0]?.share).toBeCloseTo((115 / total) * 100, 9);
  });

  it('normalises to whole numbers that add up to exactly 100', () => {
    const rows = weightRows({ ...defaultScoringConfig(), weights: { profitMargin: 33, orderSizeFrequency: 33, orderComposition: 34 } });
    const normal = normalisedWeights(rows);
    expect(Object.values(normal).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Object.values(normal).every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
    // Proportions survive: the largest stays the largest.
    expect(normal.orderComposition).toBeGreaterThanOrEqual(normal.profitMargin as number);
  });

  it('switches profile presets and recognises them', () => {
    const config = defaultScoringConfig();
    const distributor = withPreset(config, 'distributor');
    expect(distributor.profileId).toBe('distributor');
    expect(weightRows(distributor).map((r) => r.id)).toContain('credit');
    const custom = withPreset({ ...config, weights: { profitMargin: 1 } }, 'custom');
    expect(presetOf(custom)).toBe('custom');
    expect(custom.weights).toEqual({});
    expect(weightRows(custom).length).toBeGreaterThan(0);
    expect(withPreset(custom, 'custom')).toBe(custom);
  });

  it("labels the custom starter's indicators in the pane's language (Traditional Chinese catalogue)", () => {
    const labels = {
      sales: catalogues['zh-Hant'].starter_sales,
      profit: catalogues['zh-Hant'].starter_profit,
      orders: catalogues['zh-Hant'].starter_orders,
      paymentDays: catalogues['zh-Hant'].starter_paymentDays,
    };
    const custom = withPreset(defaultScoringConfig(), 'custom', labels);
    expect(custom.customProfile?.indicators.map((i) => i.label)).toEqual(['銷售額', '利潤', '訂單數', '付款天數']);
    expect(weightRows(custom).map((r) => r.label)).toEqual(['銷售額', '利潤', '訂單數', '付款天數']);
    // Without labels (a caller outside the pane): English.
    expect(withPreset(defaultScoringConfig(), 'custom').customProfile?.indicators[3]?.label).toBe('Days to pay');
  });

  it('gives the last tier the share the others leave', () => {
    const shares = sharesWithRemainder([0.01, 0.04, 0.15, 0.3, 0.3, 0.2], 0, 0.1);
    expect(shares.slice(0, 5)).toEqual([0.1, 0.04, 0.15, 0.3, 0.3]);
    expect(shares[5]).toBeCloseTo(0.11, 9);
    expect(sharesWithRemainder([0.5, 0.5, 0, 0, 0, 0], 1, 0.9)[5]).toBe(0);
  });
});

describe('finance overview', () => {
  it('averages over customers with payments, sums ageing, and ranks the slowest', () => {
    const customers = [
      customer('A', { meanDays: 10, onTimeShare: 1, ageing: { notDue: 20, b1_30: 5, b31_60: 0, b61_90: 0, b90plus: 0 } }),
      customer('B', { meanDays: 40, onTimeShare: 0.5, ageing: { notDue: 0, b1_30: 0, b31_60: 7, b61_90: 0, b90plus: 2 } }),
      customer('C', { meanDays: 25, onTimeShare: null, paidBeforeDocuments: 3 }),
      customer('D', {}),
    ];
    const overview = financeOverview(customers, 2);
    expect(overview.customersWithPayments).toBe(3);
    expect(overview.paidBeforeDocuments).toBe(3);
    expect(overview.meanDays).toBeCloseTo(25, 9);
    expect(overview.medianDays).toBe(25);
    expect(overview.onTimeShare).toBeCloseTo(0.75, 9);
    expect(overview.ageing).toEqual({ notDue: 20, b1_30: 5, b31_60: 7, b61_90: 0, b90plus: 2 });
    expect(overview.slowest.map((s) => s.customerId)).toEqual(['B', 'C']);
  });

  it('lists what each customer owes per ageing bucket, sorted by the chosen column and filtered by name or id', () => {
    const customers = [
      customer('A', { ageing: { notDue: 0, b1_30: 100, b31_60: 0, b61_90: 0, b90plus: 50 } }),
      customer('B', { ageing: { notDue: 5, b1_30: 10, b31_60: 300, b61_90: 0, b90plus: 0 } }),
      customer('C', { ageing: { notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 } }),
      customer('D', {}),
      customer('E', { ageing: { notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 150 } }),
    ];
    expect(outstandingByCustomer(customers).map((r) => [r.customerId, r.total])).toEqual([
      ['B', 315],
      ['A', 150],
      ['E', 150],
    ]);
    expect(outstandingByCustomer(customers, 'b90plus').map((r) => r.customerId)).toEqual(['E', 'A', 'B']);
    expect(outstandingByCustomer(customers, 'notDue').map((r) => r.customerId)).toEqual(['B', 'A', 'E']);
    expect(outstandingByCustomer(customers, 'total', ' name e').map((r) => r.customerId)).toEqual(['E']);
    expect(outstandingByCustomer(customers, 'total', 'b')[0]?.ageing).toEqual({ notDue: 5, b1_30: 10, b31_60: 300, b61_90: 0, b90plus: 0 });
  });

  it('has no figures without payment data', () => {
    expect(financeOverview([customer('D', {})])).toMatchObject({ customersWithPayments: 0, meanDays: null, medianDays: null, onTimeShare: null, ageing: null, slowest: [] });
  });
});

describe('bars', () => {
  it('draws contributions largest first, relative to the largest', () => {
    const bars = contributionBars(customer('A', {}, { x: 5, y: 20, z: 10 }), new Map([['y', 'Why']]));
    expect(bars.map((b) => [b.id, b.label, b.width])).toEqual([
      ['y', 'Why', 1],
      ['z', 'z', 0.5],
      ['x', 'x', 0.25],
    ]);
  });

  it('counts in the given order with shares of the total', () => {
    expect(countBars({ B: 1, A: 3 }, ['A', 'B', 'C'])).toEqual([
      { key: 'A', count: 3, share: 0.75 },
      { key: 'B', count: 1, share: 0.25 },
      { key: 'C', count: 0, share: 0 },
    ]);
  });
});
