/**
 * Honest predictive CLV (docs/clv.md, "Value basis" and "When the model is not reliable"), through a
 * whole run of the adapter on workbooks of the shapes issue 14 describes.
 */
import { fitPredictiveClv } from '../../src/domain/clv/predictive/predictive';
import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso, isoFromDay } from '../../src/domain/dates';
import type { CellValue, Grid } from '../../src/domain/model';
import { OWNED_COLUMNS, ownedHeader } from '../../src/output/ownedColumns';
import { createSimulator } from '../../src/simulator';
import { orderRow } from '../domain/rows';
import { columnOf, expectOk, rowsOf, run, sheetValues, type Book } from './helpers';

/** A seeded generator, so the workbooks are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const TODAY = dayFromIso('2026-12-04');

function orderBook(grid: Grid): Book {
  const sim = createSimulator({ sheets: [{ name: 'Orders', rows: rowsOf(grid) }] });
  sim.installGlobals(globalThis);
  return { sim, asOf: TODAY };
}

/**
 * Orders of past years (2019-2021): `regular` customers buying every few weeks up to the last day,
 * and `once` customers who bought once in 2019 and never again (RFM "Lost" at the last order);
 * the first `quiet` regular customers stop buying after March 2020.
 */
function pastYears(options: { regular: number; once: number; profit: boolean; quiet?: number }): Grid {
  const rand = lcg(12345);
  const end = dayFromIso('2021-12-31');
  const header = ['Customer ID', 'Order date', 'Amount', ...(options.profit ? ['Profit'] : [])];
  const rows: CellValue[][] = [header];
  for (let c = 1; c <= options.regular + options.once; c++) {
    const id = `C${String(c).padStart(3, '0')}`;
    let day = dayFromIso('2019-01-01') + Math.floor(rand() * 300);
    const gap = 20 + Math.floor(rand() * 60);
    const stop = c <= options.once ? day : c <= options.once + (options.quiet ?? 0) ? dayFromIso('2020-03-31') : end;
    while (day <= stop) {
      const amount = 100 + Math.floor(rand() * 400);
      rows.push([id, isoFromDay(day), amount, ...(options.profit ? [Math.round(amount * (0.1 + 0.3 * rand()))] : [])]);
      day += Math.max(1, Math.round(gap * (0.5 + rand())));
    }
  }
  return rows;
}

const header = (key: string, basis: 'profit' | 'sales') =>
  ownedHeader(
    OWNED_COLUMNS.find((s) => s.key === key)!,
    basis,
  );

/** Per customer id, the values of the given columns of the derived customer sheet. */
function columns(book: Book, headers: readonly string[]): Map<string, unknown[]> {
  const values = sheetValues(book, 'Tiers Customers');
  const at = headers.map((h) => columnOf(book, 'Tiers Customers', h));
  expect(at.every((c) => c >= 0)).toBe(true);
  return new Map(values.slice(1).map((row) => [String(row[0]), at.map((c) => row[c] ?? null)]));
}

/** The orders as the domain reads them, for the fit the test compares with. */
function ordersOf(grid: Grid) {
  return grid.slice(1).map((r, i) => orderRow(String(r[0]), dayFromIso(String(r[1])), Number(r[2]), { profit: r[3] === undefined ? null : Number(r[3]), row: i + 2 }));
}

describe('one value basis for historical and predicted CLV', () => {
  it('a workbook with profit: both CLV columns are profit, and their headers say so', async () => {
    const grid = pastYears({ regular: 40, once: 0, profit: true, quiet: 8 });
    const book = orderBook(grid);
    const config = { ...defaultScoringConfig(), asOf: '2021-06-30' };
    expectOk(await run(book, { config }));
    const cells = columns(book, [header('clv', 'profit'), header('predictedClv', 'profit')]);
    const profitOf = new Map<string, number>();
    // Historical CLV is over the whole order history (docs/clv.md).
    for (const r of grid.slice(1)) profitOf.set(String(r[0]), (profitOf.get(String(r[0])) ?? 0) + Number(r[3]));
    const onProfit = fitPredictiveClv(ordersOf(grid), { asOf: dayFromIso('2021-06-30'), value: 'profit' });
    const onSales = fitPredictiveClv(ordersOf(grid), { asOf: dayFromIso('2021-06-30'), value: 'amount' });
    expect(cells.size).toBe(40);
    for (const [id, [historical, predicted]] of cells) {
      expect(historical).toBeCloseTo(profitOf.get(id)!, 2);
      expect(predicted).toBeCloseTo(onProfit.customers.get(id)!.predictedClv, 2);
      // The sales basis would give another figure: the columns are not on sales.
      const sales = onSales.customers.get(id)!.predictedClv;
      if (sales > 10) expect(Math.abs((predicted as number) - sales)).toBeGreaterThan(1);
    }
    const heads = sheetValues(book, 'Tiers Customers')[0]!;
    expect(heads).toContain('Tiers CLV (profit)');
    expect(heads).toContain('Tiers predicted CLV (profit)');
    expect(heads).not.toContain('Tiers CLV (sales)');
  });

  it('a workbook without profit or cost: both are sales; a re-run after adding profit renames them in place', async () => {
    const grid = pastYears({ regular: 30, once: 0, profit: false, quiet: 8 });
    const book = orderBook(grid);
    const config = { ...defaultScoringConfig(), asOf: '2021-06-30' };
    expectOk(await run(book, { config }));
    const cells = columns(book, [header('clv', 'sales'), header('predictedClv', 'sales')]);
    const salesOf = new Map<string, number>();
    for (const r of grid.slice(1)) salesOf.set(String(r[0]), (salesOf.get(String(r[0])) ?? 0) + Number(r[2]));
    const onSales = fitPredictiveClv(ordersOf(grid), { asOf: dayFromIso('2021-06-30'), value: 'amount' });
    for (const [id, [historical, predicted]] of cells) {
      expect(historical).toBeCloseTo(salesOf.get(id)!, 2);
      expect(predicted).toBeCloseTo(onSales.customers.get(id)!.predictedClv, 2);
    }
    const before = sheetValues(book, 'Tiers Customers')[0]!;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Orders').getRange(`D1:D${grid.length}`).values = grid.map((_, r) => [r === 0 ? 'Profit' : 10]);
      await context.sync();
    });
    expectOk(await run(book, { config }));
    const after = sheetValues(book, 'Tiers Customers')[0]!;
    expect(after.indexOf('Tiers CLV (profit)')).toBe(before.indexOf('Tiers CLV (sales)'));
    expect(after.indexOf('Tiers predicted CLV (profit)')).toBe(before.indexOf('Tiers predicted CLV (sales)'));
    expect(after).not.toContain('Tiers CLV (sales)');
    expect(after.length).toBe(before.length);
  });
});

describe('a fit that says nobody drops out', () => {
  // Issue 14: a workbook of past years, its last order years ago, scored as of its last order. The
  // customers who bought more than once kept buying to the end; ten bought once in 2019.
  const grid = pastYears({ regular: 50, once: 10, profit: true });
  const last = grid.slice(1).reduce((m, r) => (String(r[1]) > m ? String(r[1]) : m), '');

  it('is what the domain finds on this workbook (drop-out parameter a near 0)', () => {
    const fit = fitPredictiveClv(ordersOf(grid), { asOf: dayFromIso(last), value: 'profit' });
    expect(fit.model.bgnbd!.a).toBeLessThan(1e-3);
    expect(fit.reliability).toMatchObject({ reliable: false, reason: 'no-dropout' });
    // What the issue saw: P(alive) 100% for every customer, the 2019 one-time buyers included.
    expect([...fit.customers.values()].every((c) => c.pAlive > 0.999)).toBe(true);
  });

  it('writes "model not reliable for this data" in P(alive) and likely churning, and says why', async () => {
    const book = orderBook(grid);
    const summary = expectOk(await run(book, { config: { ...defaultScoringConfig(), asOf: last } }));
    expect(summary.asOf).toBe(last);
    const cells = columns(book, ['Tiers P(alive)', 'Tiers likely churning', header('predictedClv', 'profit')]);
    expect(cells.size).toBe(60);
    for (const [pAlive, churning, predicted] of cells.values()) {
      expect(pAlive).toBe('model not reliable for this data');
      expect(churning).toBe('model not reliable for this data');
      expect(typeof predicted).toBe('number');
    }
    expect(summary.warnings.join(' ')).toMatch(/no customer ever stops buying/);
  });

  it('in a workbook with Chinese headers, says it in Chinese, and names the basis so in the CLV headers', async () => {
    const chinese = [['客户编号', '订单日期', '金额', '利润'], ...grid.slice(1)];
    const book = orderBook(chinese);
    expectOk(await run(book, { config: { ...defaultScoringConfig(), asOf: last } }));
    const heads = sheetValues(book, 'Tiers Customers')[0]!;
    // The workbook's language follows its Chinese headers (docs/sheet-language.md): every owned header is Chinese.
    expect(heads).toContain('Tiers 客户终身价值 (毛利)');
    expect(heads).toContain('Tiers 预测客户终身价值 (毛利)');
    const cells = columns(book, ['Tiers 活跃概率', 'Tiers 可能流失']);
    for (const [pAlive, churning] of cells.values()) expect([pAlive, churning]).toEqual(['模型对此数据不可靠', '模型对此数据不可靠']);
    // Re-run on the English copy of the same data: the columns are found again and renamed in place, not added.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Orders').getRange('A1:D1').values = [['Customer ID', 'Order date', 'Amount', 'Profit']];
      await context.sync();
    });
    expectOk(await run(book, { config: { ...defaultScoringConfig(), asOf: last } }));
    const again = sheetValues(book, 'Tiers Customers')[0]!;
    expect(again.indexOf('Tiers CLV (profit)')).toBe(heads.indexOf('Tiers 客户终身价值 (毛利)'));
    expect(again.length).toBe(heads.length);
  });

  it('a reliable fit on the same customers (some go quiet after buying repeatedly) writes the figures', async () => {
    const quiet = pastYears({ regular: 50, once: 10, profit: true, quiet: 8 });
    const book = orderBook(quiet);
    expectOk(await run(book, { config: { ...defaultScoringConfig(), asOf: last } }));
    const cells = columns(book, ['Tiers P(alive)', 'Tiers likely churning']);
    const fit = fitPredictiveClv(ordersOf(quiet), { asOf: dayFromIso(last), value: 'profit' });
    expect(fit.reliability.reliable).toBe(true);
    for (const [id, [pAlive, churning]] of cells) {
      expect(pAlive).toBeCloseTo(fit.customers.get(id)!.pAlive, 4);
      expect(churning).toBe(fit.customers.get(id)!.likelyChurning);
    }
    expect([...cells.values()].some(([, churning]) => churning === true)).toBe(true);
  });
});
