import { defaultScoringConfig } from '../../src/domain/config';
import type { CellValue } from '../../src/domain/model';
import { jsonReport } from '../../src/cli/score/jsonReport';
import { scoreGrids, type MutableSheet } from '../../src/cli/score/scoreGrids';
import { planGrid, PLAN_SHEET } from '../../src/domain/plans/table';

// The JSON report as a reader of the file sees it: plain data, read by key.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const day = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

function sheets(): MutableSheet[] {
  const orders: CellValue[][] = [['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', 'Product Line', 'Quantity']];
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    orders.push([`a${m}`, 'D1', `2025-${mm}-10`, 120, 12, 'Chairs', 12]);
    orders.push([`b${m}`, 'S1', `2025-${mm}-12`, 30, 3, 'Lamps', 3]);
  }
  return [
    { name: 'Orders', grid: orders },
    {
      name: 'Customers',
      grid: [
        ['Customer ID', 'Customer Name', 'Business Type'],
        ['D1', 'Dealer One', 'Distributor'],
        ['S1', 'Shop', 'Store'],
      ],
    },
    {
      name: 'Survey',
      grid: [
        ['Customer ID', 'Survey Date', 'Quality', 'Delivery', 'Communication'],
        ['D1', '2025-10-01', 5, 4, 3],
      ],
    },
  ];
}

describe('tiers score: products, satisfaction and plans in the JSON report', () => {
  const options = { config: defaultScoringConfig(), asOf: day('2026-01-01'), lenient: false };

  it('reports products by sales with ABC, the survey, and a 12-month plan for the distributor', () => {
    const scored = scoreGrids(sheets(), options);
    if (!scored.ok) throw new Error(scored.messages.join('\n'));
    const json: Json = JSON.parse(JSON.stringify(jsonReport(scored, []))); // as written: the long lists are made item by item
    expect(json.sheets.survey).toBe('Survey');
    expect(json.products.products.map((p: Json) => [p.product, p.sales, p.abc, p.margin])).toEqual([
      ['Chairs', 1440, 'A', 0.1],
      ['Lamps', 360, 'B', 0.1],
    ]);
    expect(json.satisfaction.customers[0]).toMatchObject({ id: 'D1', groups: { product: 100, service: 75, purchase: 50 }, overall: 75 });
    expect(json.plans.startMonth).toBe('2026-01');
    expect(json.plans.rows).toHaveLength(12);
    expect(json.plans.rows[0]).toMatchObject({ customerId: 'D1', month: '2026-01', productLine: 'Chairs', targetAmount: 120, targetQuantity: 12, edited: false });
    // Every plan month is from the plan start on: none has begun, so no actual, gap or gap % (null, not 0).
    expect(json.plans.progress).toHaveLength(12);
    expect(json.plans.progress[0]).toEqual({ customerId: 'D1', month: '2026-01', target: 120, actual: null, gapAmount: null, gapPct: null });
    expect(json.plans.progress.every((p: Json) => p.actual === null && p.gapAmount === null && p.gapPct === null)).toBe(true);
  });

  it('a re-run keeps the plan row a manager edited in the Tiers Plans sheet', () => {
    const first = scoreGrids(sheets(), options);
    if (!first.ok) throw new Error(first.messages.join('\n'));
    const table = planGrid(first.studies.plans.lines, 'en');
    (table[2] as CellValue[])[4] = 200; // February target 120 -> 200
    const growth = { ...options, config: { ...options.config, plans: { ...options.config.plans, growth: 0.5 } } };
    const again = scoreGrids([...sheets(), { name: PLAN_SHEET, grid: table }], growth);
    if (!again.ok) throw new Error(again.messages.join('\n'));
    const report: Json = JSON.parse(JSON.stringify(jsonReport(again, [])));
    const rows = report.plans.rows;
    expect(rows[1]).toMatchObject({ month: '2026-02', targetAmount: 200, edited: true });
    expect(rows[0]).toMatchObject({ month: '2026-01', targetAmount: 180, edited: false });
    const bad = planGrid(first.studies.plans.lines, 'en');
    (bad[3] as CellValue[])[2] = 'soon';
    const refused = scoreGrids([...sheets(), { name: PLAN_SHEET, grid: bad }], options);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.messages[0]).toMatch(/Sheet "Tiers Plans", row 4, column "Month"/);
  });
});
