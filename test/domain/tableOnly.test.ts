/**
 * The pipeline without order row objects (`keepOrderRows: false`, as the CLI, the worker and
 * scoreWorkbook run it; docs/benchmarks.md): every step reads the columnar order table. It must
 * give what a caller holding the rows gets (the pane may send rows; their table is then rebuilt
 * from them), and the customer cross-checks must name the rows the sheet itself shows.
 */
import { analyseWorkbook, type WorkbookInput } from '../../src/domain/analyse';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import type { CellValue, Grid } from '../../src/domain/model';
import { studiesReport } from '../../src/domain/studies';
import { checkRows, fitRows, scoreRows, tableOfRows } from '../../src/output/pipeline';
import { generateSampleWorkbook } from '../../src/sample';
import { SAMPLE_CUSTOMER_COLUMNS, SAMPLE_ORDER_COLUMNS } from '../../src/sample/headers';

const sample = generateSampleWorkbook({ customers: 300, orders: 4000, seed: 11 });
const config: ScoringConfig = { ...defaultScoringConfig(), asOf: '2026-01-01' };
const ID = SAMPLE_ORDER_COLUMNS.findIndex((c) => c.field === 'customerId');
const CUSTOMER_ID = SAMPLE_CUSTOMER_COLUMNS.findIndex((c) => c.field === 'customerId');
// A customer sheet that lacks its last 40 customers: their orders are warned about and scored alone.
const customers: Grid = sample.customers.slice(0, sample.customers.length - 40);
const input: WorkbookInput = { orders: { sheet: 'Orders', grid: sample.orders }, customers: { sheet: 'Customers', grid: customers } };

function run(keepOrderRows: boolean, given: WorkbookInput = input) {
  const analysis = analyseWorkbook({ ...given, keepOrderRows });
  const scored = scoreRows(keepOrderRows ? { ...analysis, orderTable: null } : analysis, config, sample.asOf);
  const { cache: _cache, ...result } = scored;
  const orders = keepOrderRows ? analysis.orders : tableOfRows(analysis);
  return {
    analysis,
    result,
    fit: fitRows(orders, config, result.asOf),
    check: checkRows(orders, config, result.asOf),
    studies: studiesReport(keepOrderRows ? { ...analysis, orderTable: null } : analysis, scored, config),
  };
}

describe('the pipeline on the order table alone', () => {
  const rows = run(true);
  const table = run(false);

  it('keeps no order row objects, and the table holds every row the row objects do', () => {
    expect(rows.analysis.orders.length).toBeGreaterThan(3900);
    expect(table.analysis.orders).toEqual([]);
    expect(table.analysis.orderTable?.length).toBe(rows.analysis.orders.length);
  });

  it('gives the same customers, problems, scores, predictive fit, model check and studies as the rows', () => {
    expect(table.analysis.customers).toEqual(rows.analysis.customers);
    expect(table.analysis.problems).toEqual(rows.analysis.problems);
    expect(table.result).toEqual(rows.result);
    expect(table.fit).toEqual(rows.fit);
    expect(table.check).toEqual(rows.check);
    expect(table.studies).toEqual(rows.studies);
    expect(table.studies.plans.lines.length).toBeGreaterThan(0);
    expect(table.studies.products.overall.entries.length).toBeGreaterThan(0);
  });

  it('warns about each customer missing from the customer sheet at the sheet row of its first order', () => {
    const listed = new Set(customers.slice(1).map((r) => String(r[CUSTOMER_ID])));
    const firstRow = new Map<string, number>();
    sample.orders.forEach((r: readonly CellValue[], i) => {
      const id = String(r[ID]);
      if (i > 0 && !listed.has(id) && !firstRow.has(id)) firstRow.set(id, i + 1);
    });
    expect(firstRow.size).toBeGreaterThan(0);
    const warned = table.analysis.problems.filter((p) => p.reason.startsWith('customer not on the customer sheet'));
    expect(new Map(warned.map((p) => [String(p.value), p.row]))).toEqual(firstRow);
    const added = table.analysis.customers.filter((c) => firstRow.has(c.customerId));
    expect(added.map((c) => c.row)).toEqual(added.map((c) => firstRow.get(c.customerId)));
  });

  it('derives the same customers from the orders when there is no customer sheet', () => {
    const only: WorkbookInput = { orders: input.orders };
    const derived = analyseWorkbook({ ...only, keepOrderRows: false });
    expect(derived.derivedCustomers).toBe(true);
    expect(derived.customers).toEqual(analyseWorkbook(only).customers);
    expect(derived.customers.length).toBeGreaterThan(250);
  });
});
