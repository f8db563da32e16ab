import fc from 'fast-check';
import { hasOrderLines, productComposition, productTable, type ProductSale } from '../../../src/domain/products/composition';
import { customerRow, day, orderRow } from '../rows';

const sale = (product: string | null, amount: number, fields: Partial<ProductSale> = {}): ProductSale => ({
  product,
  amount,
  profit: null,
  quantity: null,
  businessType: null,
  ...fields,
});

describe('product composition', () => {
  it('ranks products by sales with cumulative share, ABC by the customers rule, and margin where profit is known', () => {
    // Hand computation, total 1000: Chairs 600 (before 0% -> A), Tables 300 (before 60% -> A),
    // Lamps 80 (before 90% -> B), Beds 10 (before 98% -> C), Rugs 10 (before 99% -> C; tie with Beds, name order).
    const table = productTable([
      sale('Chairs', 500, { profit: 100, quantity: 50 }),
      sale('Chairs', 100, { quantity: 12 }),
      sale('Tables', 300, { profit: 60 }),
      sale('Rugs', 10),
      sale('Lamps', 80),
      sale('Beds', 10),
      sale(null, 999),
    ]);
    expect(table.entries.map((e) => [e.product, e.sales, e.abc])).toEqual([
      ['Chairs', 600, 'A'],
      ['Tables', 300, 'A'],
      ['Lamps', 80, 'B'],
      ['Beds', 10, 'C'],
      ['Rugs', 10, 'C'],
    ]);
    expect(table.entries.map((e) => e.cumulativeShare)).toEqual([0.6, 0.9, 0.98, 0.99, 1]);
    expect(table.entries.map((e) => e.share)).toEqual([0.6, 0.3, 0.08, 0.01, 0.01]);
    const chairs = table.entries[0];
    expect(chairs?.profit).toBe(100);
    expect(chairs?.margin).toBeCloseTo(100 / 500, 12); // only the row that states a profit
    expect(chairs?.marginCoverage).toBeCloseTo(500 / 600, 12);
    expect(chairs?.quantity).toBe(62);
    expect(table.entries[1]?.margin).toBeCloseTo(0.2, 12);
    expect(table.entries[2]?.margin).toBeNull();
    expect(table.entries[2]?.quantity).toBeNull();
    expect(table.abcCounts).toEqual({ A: 2, B: 1, C: 2 });
    expect(table.total).toBe(1000);
  });

  it('uses the configured cut points', () => {
    const table = productTable([sale('x', 50), sale('y', 30), sale('z', 20)], { a: 0.5, b: 0.8 });
    expect(table.entries.map((e) => e.abc)).toEqual(['A', 'B', 'C']);
  });

  it('order-line sheets are told from one-row-per-order sheets by a repeated order id', () => {
    expect(hasOrderLines([{ orderId: 'A' }, { orderId: 'B' }, { orderId: null }, { orderId: null }])).toBe(false);
    expect(hasOrderLines([{ orderId: 'A' }, { orderId: 'B' }, { orderId: 'A' }])).toBe(true);
  });

  it('splits by business type (order first, else the customer) and notes what it cannot rank', () => {
    const customers = [customerRow('c1', { businessType: 'Dealer' }), customerRow('c2', { businessType: 'Store' })];
    const orders = [
      orderRow('c1', day('2025-01-01'), 100, { orderId: 'o1', productLine: 'Chairs' }),
      orderRow('c1', day('2025-01-01'), 50, { orderId: 'o1', productLine: 'Tables' }),
      orderRow('c2', day('2025-02-01'), 70, { orderId: 'o2', productLine: 'Tables' }),
      orderRow('c2', day('2025-02-01'), 5, { orderId: 'o3', productLine: 'Chairs', businessType: 'Dealer' }),
      orderRow('c2', day('2025-03-01'), 9, { orderId: 'o4' }),
    ];
    const comp = productComposition(orders, customers, { productMapped: true });
    expect(comp.basis).toBe('orderLines');
    expect(comp.overall.entries.map((e) => [e.product, e.sales])).toEqual([
      ['Tables', 120],
      ['Chairs', 105],
    ]);
    expect(comp.unassigned).toEqual({ rows: 1, sales: 9 });
    expect(comp.byBusinessType.map((g) => [g.businessType, g.table.entries.map((e) => `${e.product}:${e.sales}:${e.abc}`).join(' ')])).toEqual([
      ['Dealer', 'Chairs:105:A Tables:50:A'], // Tables: 105 of 155 = 68% before it, still A
      ['Store', 'Tables:70:A'],
    ]);
    expect(comp.notices).toContainEqual({ code: 'products-rows-without-product', count: 1 });

    const none = productComposition(orders, customers, { productMapped: false });
    expect(none.basis).toBe('none');
    expect(none.overall.entries).toEqual([]);
    expect(none.notices).toEqual([{ code: 'products-not-ranked' }]);
  });

  it('sums every (business type, product) pair right when there are more than 2^20 of them (1,100 types x 1,000 products)', () => {
    // Plain sums over the rows, by name, are the oracle.
    const orders = Array.from({ length: 2600 }, (_, i) =>
      orderRow(`c${i % 7}`, day('2025-01-01'), 1 + (i % 13), {
        orderId: `o${i}`,
        productLine: `P${i % 1000}`,
        businessType: `T${i % 1100}`,
        quantity: i % 3 === 0 ? null : 2,
        profit: i % 4 === 0 ? null : 1,
      }),
    );
    const comp = productComposition(orders, [], { productMapped: true });
    const expected = new Map<string, { sales: number; rows: number; quantity: number | null; profit: number | null }>();
    for (const o of orders) {
      const key = `${o.businessType}|${o.productLine}`;
      const e = expected.get(key) ?? { sales: 0, rows: 0, quantity: null, profit: null };
      e.sales += o.amount;
      e.rows++;
      if (o.quantity !== null) e.quantity = (e.quantity ?? 0) + o.quantity;
      if (o.profit !== null) e.profit = (e.profit ?? 0) + o.profit;
      expected.set(key, e);
    }
    const actual = new Map<string, { sales: number; rows: number; quantity: number | null; profit: number | null }>();
    for (const g of comp.byBusinessType) for (const e of g.table.entries) actual.set(`${g.businessType}|${e.product}`, { sales: e.sales, rows: e.rows, quantity: e.quantity, profit: e.profit });
    expect(comp.byBusinessType).toHaveLength(1100);
    expect(actual).toEqual(expected);
    expect(comp.overall.entries).toHaveLength(1000);
    expect(comp.overall.entries.reduce((s, e) => s + e.rows, 0)).toBe(2600);
  });

  it('cumulative share reaches 1 and classes never improve down the ranking', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 40 }), (rows) => {
        const table = productTable(rows.map(([p, a]) => sale(p, a)));
        const last = table.entries[table.entries.length - 1];
        expect(last?.cumulativeShare).toBeCloseTo(1, 9);
        for (let k = 1; k < table.entries.length; k++) {
          const [prev, cur] = [table.entries[k - 1], table.entries[k]];
          expect((cur?.sales ?? 0) <= (prev?.sales ?? 0)).toBe(true);
          expect((cur?.abc ?? 'A') >= (prev?.abc ?? 'A')).toBe(true);
        }
      }),
    );
  });
});
