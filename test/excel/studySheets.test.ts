/**
 * The product sheet (table + Pareto chart: sales columns, cumulative line on the secondary axis)
 * and the plan table on the emulated host; a re-run after a manager edited a plan row keeps it.
 */
import { PLAN_SHEET, PRODUCTS_SHEET } from '../../src/output/sheets';
import { defaultScoringConfig } from '../../src/domain/config';
import { generateSampleWorkbook } from '../../src/sample';
import { createSimulator } from '../../src/simulator';
import type { CellValue } from '../../src/domain/model';
import { expectOk, rowsOf, run, sampleBook, sheetValues, type Book } from './helpers';

describe('the product and plan sheets in the workbook', () => {
  it('writes the product table in sales order with a combined Pareto chart, once however often it runs', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    expectOk(await run(book));
    const values = sheetValues(book, PRODUCTS_SHEET);
    expect(values[0]!.slice(0, 6)).toEqual(['Rank', 'Product', 'Sales', 'Cumulative share', 'Share', 'ABC']);
    const overall = values.slice(1).filter((r) => r[10] === 'All');
    expect(overall.length).toBeGreaterThan(1);
    const sales = overall.map((r) => r[2] as number);
    expect(sales).toEqual([...sales].sort((a, b) => b - a));
    expect(overall.at(-1)![3]).toBeCloseTo(1, 6);
    const wb = book.sim.workbook;
    const charts = wb.charts.filter((c) => c.name === 'Tiers Products Pareto');
    expect(charts).toHaveLength(1);
    const chart = charts[0]!;
    const series = wb.chartSeries(chart);
    expect(series.map((s) => s.name)).toEqual(['Sales', 'Cumulative share']);
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.seriesTypes?.[1]).toBe('Line');
    expect(chart.seriesAxes?.[1]).toBe('Secondary');
    expect(series[0]!.values!.rect).toEqual({ r0: 1, r1: overall.length, c0: 2, c1: 2 });
  });

  it('re-running after a manager edited a plan row keeps the edit; untouched rows are rewritten', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const before = sheetValues(book, PLAN_SHEET);
    expect(before[0]![0]).toBe('Customer ID');
    expect(before.length).toBeGreaterThan(12);
    const sheet = book.sim.workbook.sheetByName(PLAN_SHEET)!;
    // The manager raises row 3's target and writes a support note.
    const target = before[2]![4] as number;
    book.sim.workbook.writeValues(sheet.id, 2, 4, [[target + 1000]]);
    book.sim.workbook.writeValues(sheet.id, 2, 8, [['Co-op advertising']]);
    expectOk(await run(book));
    const after = sheetValues(book, PLAN_SHEET);
    expect(after[2]![4]).toBe(target + 1000);
    expect(after[2]![8]).toBe('Co-op advertising');
    expect(after[2]![13]).toBe(before[2]![13]);
    expect(after.length).toBe(before.length);
    // Untouched rows are rewritten as before, but for the cumulative target, which carries the edit on.
    const withoutCumulative = (row: readonly unknown[]) => row.filter((_, c) => c !== 6);
    for (const r of [1, 3, 4]) expect(withoutCumulative(after[r]!)).toEqual(withoutCumulative(before[r]!));
    expect(after[1]![6]).toBe(before[1]![6]);
    expect(after[3]![0]).toBe(after[2]![0]);
    expect(after[3]![3]).toBe(after[2]![3]);
    expect(after[3]![6]).toBeCloseTo((before[3]![6] as number) + 1000, 2);
  });
});

describe('re-writing a plan table with many rows a manager edited', () => {
  it('keeps every edit and its cell format, refreshes the derived figures, and costs about what a re-run without edits costs', async () => {
    const book = sampleBook({ customers: 120, orders: 2400 });
    expectOk(await run(book));
    const wb = book.sim.workbook;
    const sheet = wb.sheetByName(PLAN_SHEET)!;
    const before = sheetValues(book, PLAN_SHEET);
    expect(before.length).toBeGreaterThan(100);
    // A re-run with nothing edited: what writing the table costs.
    book.sim.stats.reset();
    expectOk(await run(book));
    const plain = book.sim.stats.totalRequestBytes;
    expect(sheetValues(book, PLAN_SHEET)).toEqual(before);
    // Every other row edited: a support note, and on every sixth row a new target in a format of the manager's.
    const edited: number[] = [];
    for (let r = 1; r < before.length; r += 2) {
      wb.writeValues(sheet.id, r, 8, [[`Visit ${r}`]]);
      edited.push(r);
    }
    for (let r = 1; r < before.length; r += 6) {
      wb.writeValues(sheet.id, r, 4, [[(before[r]![4] as number) + 10]]);
      sheet.cells.numberFormats.writeBlock(r, 4, [['0.000']]);
    }
    book.sim.stats.reset();
    expectOk(await run(book));
    const withEdits = book.sim.stats.totalRequestBytes;
    const after = sheetValues(book, PLAN_SHEET);
    expect(after.length).toBe(before.length);
    for (const r of edited) {
      expect(after[r]![8]).toBe(`Visit ${r}`);
      expect(after[r]![13]).toBe(before[r]![13]);
    }
    for (let r = 1; r < before.length; r += 6) {
      expect(after[r]![4]).toBe((before[r]![4] as number) + 10);
      expect(sheet.cells.numberFormats.get(r, 4)).toBe('0.000');
    }
    // Rows nobody edited are rewritten whole (their check unchanged); cumulative targets carry the raised targets on.
    for (let r = 2; r < before.length; r += 2) expect(after[r]![13]).toBe(before[r]![13]);
    for (let r = 1; r < before.length; r++) {
      if (after[r]![0] !== after[r - 1]![0] || after[r]![3] !== after[r - 1]![3]) continue;
      expect(after[r]![6]).toBeCloseTo((after[r - 1]![6] as number) + (after[r]![4] as number), 2);
    }
    // Written in blocks: the edited rows cost their derived cells, not a request per cell.
    expect(withEdits).toBeLessThan(plain * 1.2);
  });
});

describe('the satisfaction survey in the workbook', () => {
  it('is found beside the customer and order sheets, and the satisfaction profile scores the surveyed customers only', async () => {
    const sample = generateSampleWorkbook({ customers: 40, orders: 600, seed: 7 });
    const sim = createSimulator({
      sheets: [
        { name: 'Customers', rows: rowsOf(sample.customers) },
        { name: 'Orders', rows: rowsOf(sample.orders) },
        { name: 'Survey', rows: rowsOf(sample.survey) },
      ],
    });
    sim.installGlobals(globalThis);
    const book = { sim, asOf: sample.asOf };
    expectOk(await run(book, { config: { ...defaultScoringConfig(), profileId: 'satisfaction' } }));
    const values = sheetValues(book, 'Customers');
    const scoreColumn = values[0]!.indexOf('Tiers score');
    const ratingColumn = values[0]!.indexOf('Tiers rating');
    const surveyed = new Set(sample.survey.slice(1).map((r) => String(r[0])));
    let scored = 0;
    for (const row of values.slice(1)) {
      const score = row[scoreColumn];
      // A customer without orders is never rated, surveyed or not (docs/scoring.md, "Coverage").
      if (surveyed.has(String(row[0])) && row[ratingColumn] !== 'not rated: no orders') {
        expect(typeof score).toBe('number');
        scored++;
      } else expect(score === null || score === '').toBe(true);
    }
    expect(scored).toBeGreaterThan(5);
    // The survey sheet itself is read, never written.
    expect(sheetValues(book, 'Survey')).toEqual(sample.survey.map((r) => r.map((v) => (v === '' ? null : v))));
  });
});

describe('actual against plan on the dashboard', () => {
  const column = 30; // AE
  const block = (book: Book) => sheetValues(book, 'Tiers Dashboard').map((r) => r.slice(column, column + 6));
  /** Per month of the "Tiers Plans" sheet: the sum of its target amounts, and its customers. */
  const planSums = (book: Book) => {
    const sums = new Map<string, { target: number; customers: Set<string> }>();
    for (const r of sheetValues(book, 'Tiers Plans').slice(1)) {
      if (r[0] === null) continue;
      const s = sums.get(String(r[2])) ?? { target: 0, customers: new Set<string>() };
      s.target += r[4] as number;
      s.customers.add(String(r[0]));
      sums.set(String(r[2]), s);
    }
    return sums;
  };

  it('sums the plan per month, leaves months without actuals blank, lists who is furthest behind, and clears a longer old block', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    let table = block(book);
    expect(table[0]![0]).toBe('Plan by month: all planned customers');
    expect(table[1]).toEqual(['Month', 'Target', 'Actual', 'Gap', 'Gap %', 'Customers behind']);
    let sums = planSums(book);
    expect(sums.size).toBe(12);
    // The analysis date is 2026-01-01: every plan month is still ahead, so target only.
    [...sums.keys()].sort().forEach((month, k) => {
      const r = table[2 + k]!;
      expect(r[0]).toBe(month);
      expect(r[1]).toBeCloseTo(sums.get(month)!.target, 2);
      expect(r.slice(2)).toEqual([null, null, null, null]);
    });
    expect(table.flat()).toContain('No plan month has actuals yet');
    // The "Tiers Plans" rows alike: actual amount, actual quantity, gap and gap % (J-M) empty, not 0 and minus the target.
    const planRows = () =>
      sheetValues(book, PLAN_SHEET)
        .slice(1)
        .filter((r) => r[0] !== null);
    expect(planRows().length).toBeGreaterThan(12);
    for (const r of planRows()) expect(r.slice(9, 13)).toEqual([null, null, null, null]);
    // As an earlier version wrote them: actual 0 and gap -target on a March row a manager has since edited.
    const plansSheet = book.sim.workbook.sheetByName(PLAN_SHEET)!;
    const marchAt = sheetValues(book, PLAN_SHEET).findIndex((r) => r[2] === '2026-03');
    const marchTarget = sheetValues(book, PLAN_SHEET)[marchAt]![4] as number;
    book.sim.workbook.writeValues(plansSheet.id, marchAt, 7, [['Visit in week 1', null, 0, null, -marchTarget, -1]]);

    // Sales come in for January and February; an earlier version's per-customer list sits at AE.
    const planned = [...sums.get('2026-01')!.customers].sort();
    const orders = sheetValues(book, 'Orders');
    const template = orders.find((r) => r[1] === planned[0])!;
    const added: CellValue[][] = [];
    const sold = new Map<string, number>();
    planned.slice(0, 6).forEach((id, k) => {
      for (const [month, day] of [
        ['2026-01', 46037],
        ['2026-02', 46063],
      ] as const) {
        const amount = k === 0 ? 1_000_000 : 10 + k; // the first customer beats its target
        const shift = day - (template[2] as number);
        added.push(template.map((v, c) => (c === 0 ? `SO-X${added.length}` : c === 1 ? id : c === 3 ? amount : c === 4 ? 1 : typeof v === 'number' && v > 40000 && c !== 3 ? v + shift : v)));
        sold.set(`${id} ${month}`, amount);
      }
    });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Orders').getRangeByIndexes(orders.length, 0, added.length, template.length).values = rowsOf(added) as never;
      const stale = Array.from({ length: 400 }, (_, k) => [`'STALE ${k}`, "'2026-01", 1, 2, 3, 4]);
      ctx.workbook.worksheets.getItem('Tiers Dashboard').getRangeByIndexes(0, column, stale.length, 6).values = stale;
      await ctx.sync();
    });
    expectOk(await run(book, { asOf: book.asOf + 59 })); // 2026-03-01: plan months from March
    table = block(book);
    expect(table.flat().some((v) => typeof v === 'string' && v.startsWith('STALE'))).toBe(false);
    sums = planSums(book);
    const months = [...sums.keys()].sort();
    expect(months[0]).toBe('2026-01');
    months.forEach((month, k) => {
      const r = table[2 + k]!;
      const s = sums.get(month)!;
      expect(r[0]).toBe(month);
      expect(r[1]).toBeCloseTo(s.target, 2);
      if (month >= '2026-03') return expect(r.slice(2)).toEqual([null, null, null, null]);
      const actual = [...s.customers].reduce((a, id) => a + (sold.get(`${id} ${month}`) ?? 0), 0);
      expect(r[2]).toBeCloseTo(actual, 2);
      expect(r[3]).toBeCloseTo(actual - s.target, 2);
      expect(r[4]).toBeCloseTo((actual - s.target) / s.target, 4);
      expect(r[5]).toBe(s.customers.size - 1);
    });
    // On the plan sheet: January and February rows have actuals (summing to the sales), March on none.
    const soldPerMonth = new Map<string, number>();
    for (const r of planRows()) {
      const month = String(r[2]);
      if (month >= '2026-03') {
        expect([month, ...r.slice(9, 13)]).toEqual([month, null, null, null, null]);
        continue;
      }
      expect(typeof r[9]).toBe('number');
      expect(r[11]).toBeCloseTo((r[9] as number) - (r[4] as number), 2);
      soldPerMonth.set(month, (soldPerMonth.get(month) ?? 0) + (r[9] as number));
    }
    // A row counts its own line only, the dashboard every line: at most the dashboard's actual, the big sale among them.
    expect(soldPerMonth.get('2026-01')).toBeGreaterThanOrEqual(1_000_000);
    expect(soldPerMonth.get('2026-01')).toBeLessThanOrEqual((table[2]![2] as number) + 0.005);
    // The manager's March row kept its note; the old zeros are gone.
    expect(sheetValues(book, PLAN_SHEET)[marchAt]!.slice(7, 13)).toEqual(['Visit in week 1', null, null, null, null, null]);
    // The shortfalls: every planned customer but the first, over January and February.
    const title = 2 + months.length + 1;
    expect(String(table[title]![0])).toMatch(/^Furthest behind plan/);
    const listed = table.slice(title + 2).filter((r) => r[0] !== null);
    expect(listed).toHaveLength(Math.min(20, planned.length - 1));
    const gaps = listed.map((r) => r[3] as number);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    for (const r of listed) {
      const id = /\(([^)]+)\)$/.exec(String(r[0]))?.[1] ?? String(r[0]);
      expect(id).not.toBe(planned[0]);
      expect(sums.get('2026-01')!.customers.has(id)).toBe(true);
      expect(r[4]).toBeCloseTo((r[3] as number) / (r[1] as number), 4);
      expect(r[3]).toBeCloseTo((r[2] as number) - (r[1] as number), 2);
      expect(r[5]).toBe(2);
    }
    // Below the new block, nothing of the old one is left.
    expect(
      table
        .slice(title + 2 + listed.length)
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    expect(table.length).toBeGreaterThan(title + 2 + listed.length);
  });
});
