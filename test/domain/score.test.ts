import { rfmRows } from '../fixtures/rfm/rfmCsv';
import fc from 'fast-check';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import type { CustomerRow, OrderRow } from '../../src/domain/model';
import { scoreCustomers, type ScoringResult } from '../../src/domain/score';
import { rescore } from '../../src/domain/scoring/rescore';
import { customerRow, day, orderRow } from './rows';

const asOf = day('2024-06-30');

/** A small random book of customers and orders with every optional input sometimes present. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const customerArb = (id: string) =>
  fc
    .record({
      industryInfluence: maybe(fc.integer({ min: 1, max: 5 })),
      communicationRating: maybe(fc.integer({ min: 1, max: 5 })),
      replyHours: maybe(fc.integer({ min: 1, max: 72 })),
      newProductInquiries: maybe(fc.integer({ min: 1, max: 20 })),
      newProductOrders: maybe(fc.integer({ min: 0, max: 5 })),
      businessType: fc.constantFrom('dealer', 'store', null),
    })
    .map((f): CustomerRow => customerRow(id, f));
const orderArb = (ids: string[]) =>
  fc
    .record({
      customerId: fc.constantFrom(...ids),
      orderId: maybe(fc.integer({ min: 1, max: 40 }).map((k) => `o${k}`)),
      orderDate: fc.integer({ min: day('2019-01-01'), max: asOf }),
      amount: fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100),
      profit: maybe(fc.integer({ min: -2000, max: 5000 }).map((c) => c / 100)),
      productTypes: maybe(fc.integer({ min: 1, max: 6 })),
      prepaymentShare: maybe(fc.constantFrom(0, 0.3, 0.5, 1)),
      creditDays: maybe(fc.constantFrom(0, 30, 60, 90)),
      shipLag: maybe(fc.integer({ min: 0, max: 30 })),
      payLag: maybe(fc.integer({ min: 0, max: 120 })),
      bargainingRounds: maybe(fc.integer({ min: 0, max: 5 })),
      claimsCount: maybe(fc.integer({ min: 0, max: 3 })),
      arrears: maybe(fc.integer({ min: 0, max: 500 })),
    })
    .map(({ customerId, orderDate, shipLag, payLag, ...f }): OrderRow =>
      orderRow(customerId, orderDate, f.amount, {
        ...f,
        shippedDate: shipLag === null ? null : orderDate + shipLag,
        documentsReceivedDate: payLag === null ? null : orderDate + 20,
        paidDate: payLag === null ? null : orderDate + 20 + payLag,
      }),
    );
const bookArb = fc.integer({ min: 2, max: 12 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  return fc.record({ customers: fc.tuple(...ids.map(customerArb)), orders: fc.array(orderArb(ids), { minLength: 1, maxLength: 60 }) });
});

const run = (customers: readonly CustomerRow[], orders: readonly OrderRow[], config: ScoringConfig = defaultScoringConfig()): ScoringResult => scoreCustomers({ customers, orders, config, asOf });
const scoreOf = (r: ScoringResult, id: string): number | null => r.customers.find((c) => c.customerId === id)?.score ?? null;

describe('scoreCustomers', () => {
  it('explains every score: contributions add up to it, and why lists the top three', () => {
    const customers = [customerRow('a', { industryInfluence: 5, name: 'Alpha' }), customerRow('b', { industryInfluence: 1 }), customerRow('c')];
    const orders = [orderRow('a', day('2020-01-01'), 1000, { profit: 300, shippedDate: day('2020-01-03') }), orderRow('b', day('2024-01-01'), 100, { profit: 5, shippedDate: day('2024-01-20') })];
    const r = run(customers, orders);
    const a = r.customers[0];
    expect(a?.name).toBe('Alpha');
    expect(a?.score).not.toBeNull();
    const total = Object.values(a?.contributions ?? {}).reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(a?.score ?? NaN, 10);
    expect(a?.why).toHaveLength(3);
    const points = (a?.why ?? []).map((w) => w.points);
    expect(points).toEqual([...points].sort((x, y) => y - x));
    // c has no input at all: no score, no tier
    expect(r.customers[2]).toMatchObject({ customerId: 'c', score: null, tier: null, rfm: null, abc: 'C' });
    expect(r.indicatorsMissing.industryInfluence).toBe(1);
    expect(r.tierCounts.Diamond + r.tierCounts.Platinum + r.tierCounts.Gold + r.tierCounts.Bronze + r.tierCounts.Iron + r.tierCounts.Lead).toBe(2);
  });

  it('reproduces the R rfm package through the whole pipeline', () => {
    const lines = rfmRows;
    const orders = lines('rfm_data_orders.csv').map(([id, date, revenue]) => orderRow(id as string, day(date as string), Number(revenue)));
    const r = run([], orders, { ...defaultScoringConfig(), asOf: '2006-12-31' });
    const got = new Map(r.customers.map((c) => [c.customerId, c]));
    let matched = 0;
    for (const [id, rd, tc, am, rs, fs, ms, seg] of lines('rfm_data_orders_expected.csv')) {
      const c = got.get(id as string);
      expect([c?.rfm?.recencyDays, c?.orders, c?.sales, c?.rfm?.r, c?.rfm?.f, c?.rfm?.m, c?.rfm?.segment]).toEqual([Number(rd), Number(tc), Number(am), Number(rs), Number(fs), Number(ms), seg]);
      matched++;
    }
    expect(matched).toBe(995);
  });

  it('reports tier movement against a previous snapshot', () => {
    const customers = [customerRow('a', { industryInfluence: 5 }), customerRow('b', { industryInfluence: 1 })];
    const r = scoreCustomers({
      customers,
      // Same orders, so the manager rating alone separates them.
      orders: [orderRow('a', asOf - 10, 100), orderRow('b', asOf - 10, 100)],
      config: { ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [75, 65, 55, 45, 35] } },
      asOf,
      previous: [
        { customerId: 'a', score: 50, tier: 'Bronze' },
        { customerId: 'z', score: 50, tier: 'Bronze' },
      ],
    });
    expect(r.customers.map((c) => [c.tier, c.tierChange])).toEqual([
      // Order size, frequency and cooperation tie at 50 (weight 31); the rating adds 100 or 0 (weight 8).
      ['Gold', 'up'],
      ['Iron', 'new'],
    ]);
    expect(r.goneCustomers).toEqual(['z']);
  });

  it('property: scores stay within [0, 100]', () => {
    fc.assert(
      fc.property(bookArb, ({ customers, orders }) => {
        for (const c of run(customers, orders).customers) if (c.score !== null) expect(c.score >= 0 && c.score <= 100).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('property: a better rating or faster shipping never lowers that customer score', () => {
    fc.assert(
      fc.property(bookArb, fc.nat(), fc.boolean(), ({ customers, orders }, pick, viaOrders) => {
        const target = customers[pick % customers.length] as CustomerRow;
        const before = scoreOf(run(customers, orders), target.customerId);
        let after: number | null;
        if (viaOrders) {
          // shipping days enter one indicator only: ship every order of the target one day sooner
          const sooner = orders.map((o) => (o.customerId === target.customerId && o.shippedDate !== null ? { ...o, shippedDate: o.shippedDate - 1 } : o));
          after = scoreOf(run(customers, sooner), target.customerId);
        } else {
          const better = customers.map((c) => (c === target && c.industryInfluence !== null ? { ...c, industryInfluence: c.industryInfluence + 1 } : c));
          after = scoreOf(run(better, orders), target.customerId);
        }
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('property: multiplying all weights by a constant changes nothing', () => {
    fc.assert(
      fc.property(bookArb, fc.integer({ min: 2, max: 1000 }), ({ customers, orders }, factor) => {
        const base = run(customers, orders);
        const weights = Object.fromEntries(Object.entries(base.cache.profile.weights).map(([k, v]) => [k, v * factor]));
        const scaled = rescore(base.cache, weights, defaultScoringConfig().tierRule);
        base.customers.forEach((c, i) => {
          if (c.score === null) expect(scaled.scores[i]).toBeNaN();
          else expect(scaled.scores[i]).toBeCloseTo(c.score, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('property: shuffling the input rows changes nothing', () => {
    fc.assert(
      fc.property(bookArb, fc.infiniteStream(fc.nat()), ({ customers, orders }, randoms) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            const j = (randoms.next().value as number) % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const a = run(customers, orders);
        const b = run(shuffle(customers), shuffle(orders));
        const strip = (r: ScoringResult) => ({ ...r, cache: null });
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 60 },
    );
  });

  it('ABC per business type and overall are reported', () => {
    const orders = [orderRow('a', asOf, 80), orderRow('b', asOf, 15), orderRow('c', asOf, 5)];
    const customers = [customerRow('a', { businessType: 'x' }), customerRow('b', { businessType: 'y' }), customerRow('c', { businessType: 'y' })];
    const r = run(customers, orders);
    expect(r.customers.map((c) => c.abc + c.abcWithinType)).toEqual(['AA', 'BA', 'CB']);
    expect(r.abcCounts).toEqual({ A: 1, B: 1, C: 1 });
    expect(r.customers.map((c) => c.composition.share)).toEqual([0.8, 0.15, 0.05]);
  });
});
