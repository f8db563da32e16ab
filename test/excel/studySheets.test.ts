/**
 * The product sheet (table + Pareto chart: sales columns, cumulative line on the secondary axis)
 * and the plan table on the emulated host; a re-run after a manager edited a plan row keeps it.
 */
import { PLAN_SHEET, PRODUCTS_SHEET } from '../../src/output/sheets';
import { defaultScoringConfig } from '../../src/domain/config';
import { generateSampleWorkbook } from '../../src/sample';
import { createSimulator } from '../../src/simulator';
import { expectOk, rowsOf, run, sampleBook, sheetValues } from './helpers';

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
  it('lists every planned customer and month with target, actual and gap, matching the plan table', async () => {
    const book = sampleBook();
    expectOk(await run(book));
    const dashboard = sheetValues(book, 'Tiers Dashboard');
    const table = dashboard.map((r) => r.slice(30, 36)).filter((r) => r.some((v) => v !== null));
    expect(table[0]).toEqual(['Plan: customer', 'Month', 'Target', 'Actual', 'Gap', 'Gap %']);
    // The plan table's targets summed per customer and month are the dashboard's targets.
    const plans = sheetValues(book, 'Tiers Plans').slice(1);
    const sums = new Map<string, number>();
    for (const r of plans) sums.set(`${r[0]} ${r[2]}`, (sums.get(`${r[0]} ${r[2]}`) ?? 0) + (r[4] as number));
    expect(table.length - 1).toBe(sums.size);
    for (const r of table.slice(1)) {
      const id = /\(([^)]+)\)$/.exec(String(r[0]))?.[1] ?? String(r[0]);
      expect(r[2]).toBeCloseTo(sums.get(`${id} ${r[1]}`)!, 2);
      expect(r[4]).toBeCloseTo((r[3] as number) - (r[2] as number), 2);
      if (r[2] !== 0) expect(r[5]).toBeCloseTo((r[4] as number) / (r[2] as number), 4);
    }
  });
});
