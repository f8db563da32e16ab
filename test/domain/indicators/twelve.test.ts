import { DEFAULT_PROFILE, TWELVE_WEIGHTS } from '../../../src/domain/indicators/twelve';
import { prepareScoring } from '../../../src/domain/scoring/prepare';
import { customerRow, day, orderRow } from '../rows';

const asOf = day('2024-01-01');
/** Sub-scores of one indicator by customer id, for customers built to differ only in that input. */
function subScores(indicator: string, customers: ReturnType<typeof customerRow>[], orders: ReturnType<typeof orderRow>[]): Record<string, number> {
  const cache = prepareScoring(customers, orders, DEFAULT_PROFILE, asOf);
  const k = cache.indicatorIds.indexOf(indicator);
  expect(k).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(cache.index.ids.map((id, i) => [id, cache.subScores[k]?.[i] as number]));
}

const o = (id: string, fields: Parameters<typeof orderRow>[3] = {}, amount = 100, date = day('2023-06-01')) => orderRow(id, date, amount, fields);

describe('the twelve default indicators', () => {
  it('has twelve indicators with weights summing to 100', () => {
    expect(DEFAULT_PROFILE.indicators).toHaveLength(12);
    expect(Object.values(TWELVE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Object.keys(TWELVE_WEIGHTS).sort()).toEqual(DEFAULT_PROFILE.indicators.map((d) => d.id).sort());
  });

  it('1 profit margin: higher is better, no profit = missing', () => {
    const s = subScores('profitMargin', [], [o('a', { profit: 10 }), o('b', { profit: 30 }), o('c')]);
    expect(s).toEqual({ a: 0, b: 100, c: NaN });
  });

  it('1 also weighs the share of total profit', () => {
    const s = subScores('profitMargin', [], [o('a', { profit: 10 }, 20), o('b', { profit: 30 }, 300), o('c', { profit: 60 }, 100)]);
    // margin: a .5, b .1, c .6 -> 50, 0, 100; profit share: a 10, b 30, c 60 -> 0, 50, 100
    expect(s).toEqual({ a: 25, b: 25, c: 100 });
  });

  it('2 order size and frequency: mean of both parts', () => {
    const orders = [o('a', {}, 100), o('b', {}, 300), o('c', {}, 100), o('c', {}, 100)];
    // mean amount: a 100, b 300, c 100 -> 25, 100, 25; orders per year: a 1, b 1, c 2 -> 25, 25, 100
    expect(subScores('orderSizeFrequency', [], orders)).toEqual({ a: 25, b: 62.5, c: 62.5 });
  });

  it('3 order composition: fewer product types is better', () => {
    expect(subScores('orderComposition', [], [o('a', { productTypes: 5 }), o('b', { productTypes: 1 })])).toEqual({ a: 0, b: 100 });
  });

  it('4 payment terms: more prepayment, fewer credit days', () => {
    const s = subScores('paymentTerms', [], [o('a', { prepaymentShare: 1, creditDays: 0 }), o('b', { prepaymentShare: 0, creditDays: 60 }), o('c', { prepaymentShare: 0.5 })]);
    expect(s).toEqual({ a: 100, b: 0, c: 50 });
  });

  it('5 industry influence: manager rating', () => {
    const s = subScores('industryInfluence', [customerRow('a', { industryInfluence: 5 }), customerRow('b', { industryInfluence: 1 }), customerRow('c')], []);
    expect(s).toEqual({ a: 100, b: 0, c: NaN });
  });

  it('6 cooperation length: earlier first order is better', () => {
    const s = subScores('cooperationLength', [], [o('a', {}, 100, day('2015-01-01')), o('b', {}, 100, day('2023-01-01'))]);
    expect(s).toEqual({ a: 100, b: 0 });
  });

  it('7 new-product development: conversion of inquiries, missing without inquiries', () => {
    const s = subScores(
      'newProductDevelopment',
      [
        customerRow('a', { newProductInquiries: 10, newProductOrders: 5 }),
        customerRow('b', { newProductInquiries: 10, newProductOrders: 1 }),
        customerRow('c', { newProductInquiries: 0, newProductOrders: 0 }),
      ],
      [],
    );
    expect(s).toEqual({ a: 100, b: 0, c: NaN });
  });

  it('8 shipping and 9 payment efficiency: fewer days is better', () => {
    const orders = [
      o('a', { readyDate: day('2023-06-02'), shippedDate: day('2023-06-04'), documentsReceivedDate: day('2023-07-01'), paidDate: day('2023-08-01') }),
      o('b', { readyDate: day('2023-06-02'), shippedDate: day('2023-06-20'), documentsReceivedDate: day('2023-07-01'), paidDate: day('2023-07-05') }),
    ];
    expect(subScores('shippingEfficiency', [], orders)).toEqual({ a: 100, b: 0 });
    expect(subScores('paymentEfficiency', [], orders)).toEqual({ a: 0, b: 100 });
  });

  it('10 price sensitivity: bargaining rounds first, discount when no rounds', () => {
    const s = subScores('priceSensitivity', [], [o('a', { bargainingRounds: 1, discount: 0.5 }), o('b', { bargainingRounds: 3 }), o('c', { discount: 0.1 })]);
    // rounds: a 100, b 0; discount (a 0.5, c 0.1): c 100
    expect(s).toEqual({ a: 100, b: 0, c: 100 });
  });

  it('11 communication: reply hours preferred, else rating', () => {
    const s = subScores(
      'communicationEfficiency',
      [customerRow('a', { replyHours: 2, communicationRating: 1 }), customerRow('b', { replyHours: 48 }), customerRow('c', { communicationRating: 4 })],
      [],
    );
    expect(s).toEqual({ a: 100, b: 0, c: 100 });
  });

  it('12 claims: fewer per order, more reasonable; no claims recorded = missing', () => {
    const s = subScores('claimReasonableness', [], [o('a', { claimsCount: 0 }), o('b', { claimsCount: 2, claimsReasonable: 2 }), o('c', { claimsCount: 2, claimsReasonable: 0 }), o('d')]);
    // claims per order: a 0 -> 100, b/c 2 -> 25; reasonable share: b 1 -> 100, c 0 -> 0
    expect(s).toEqual({ a: 100, b: 62.5, c: 12.5, d: NaN });
  });

  it('reports how many customers lack each indicator', () => {
    const cache = prepareScoring([customerRow('x')], [o('a', { profit: 1 }), o('b')], DEFAULT_PROFILE, asOf);
    expect(cache.missing.profitMargin).toBe(2);
    expect(cache.missing.orderSizeFrequency).toBe(1);
    expect(cache.missing.industryInfluence).toBe(3);
  });
});
