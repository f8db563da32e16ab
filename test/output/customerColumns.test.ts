/**
 * The customers kept as columns (src/domain/scoring/customerColumns.ts, read by the CLI) against
 * the same run as one object per customer (read by the add-in): every consumer that has a columns
 * path (dashboard, snapshot rows, tier movement again, plans) gives what its object path gives.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso, isoFromDay } from '../../src/domain/dates';
import { scoreCustomerColumns, scoreCustomers, type ScoreInput } from '../../src/domain/score';
import { customerAt, customerList } from '../../src/domain/scoring/customerColumns';
import { studiesReport } from '../../src/domain/studies';
import { dashboardBlocks } from '../../src/output/dashboard';
import { freshSnapshot, freshSnapshotOfColumns, withColumnMovementAsOf, withMovementAsOf, type SnapshotRow } from '../../src/output/snapshots';
import { generateSampleWorkbook } from '../../src/sample';

describe('customers as columns', () => {
  const sample = generateSampleWorkbook({ customers: 300, orders: 3000, seed: 7 });
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: sample.orders }, customers: { sheet: 'Customers', grid: sample.customers } });
  const config = { ...defaultScoringConfig(), plans: { ...defaultScoringConfig().plans, tiers: ['Gold' as const], ids: ['C0003'] } };
  const asOf = dayFromIso('2026-01-01');
  // A previous snapshot: some customers, one gone, tiers shuffled, so every kind of change occurs.
  const first = scoreCustomers({ ...analysis, config, asOf });
  const previous = first.customers.slice(0, 200).map((c, k) => ({ customerId: c.customerId, score: c.score, tier: k % 3 === 0 ? 'Diamond' : k % 3 === 1 ? 'Lead' : c.tier }));
  previous.push({ customerId: 'gone-1', score: 50, tier: 'Gold' });
  const input = { ...analysis, config, asOf, previous } as ScoreInput;
  const list = scoreCustomers(input);
  const cols = scoreCustomerColumns(input);

  it('the sample has what the comparisons need', () => {
    expect(analysis.refused).toBeNull();
    expect(cols.columns.length).toBeGreaterThan(250);
    expect(list.customers.some((c) => c.payment.ageing !== null)).toBe(true);
    expect(new Set(list.customers.map((c) => c.tierChange))).toEqual(new Set(['up', 'down', 'same', 'new']));
    expect(list.goneCustomers).toEqual(['gone-1']);
  });

  it('customerAt gives the object scoreCustomers gives, through JSON too', () => {
    for (let i = 0; i < cols.columns.length; i += 17) {
      expect(customerAt(cols.columns, i)).toEqual(list.customers[i]);
      expect(JSON.stringify(customerAt(cols.columns, i))).toBe(JSON.stringify(list.customers[i]));
    }
  });

  it('the dashboard blocks are the same from columns', () => {
    expect(dashboardBlocks({ ...cols, columns: cols.columns })).toEqual(dashboardBlocks(list));
  });

  it("this run's snapshot rows are the same from columns", () => {
    expect(freshSnapshotOfColumns('r1', '2026-01-01', cols.columns)).toEqual(freshSnapshot('r1', '2026-01-01', list.customers));
  });

  it('tier movement measured again is the same from columns', () => {
    const rows: SnapshotRow[] = previous.map((p) => ({ runId: 'old', asOf: '2025-06-30', ...p }));
    const guessed = isoFromDay(asOf + 10); // not the date used, so movement is measured again
    const fromList = withMovementAsOf(list, rows, guessed);
    const fromColumns = withColumnMovementAsOf(cols, rows, guessed);
    expect(fromColumns.goneCustomers).toEqual(fromList.goneCustomers);
    expect(customerList(fromColumns.columns)).toEqual(fromList.customers);
    const none = withColumnMovementAsOf(cols, [], guessed);
    expect(customerList(none.columns).every((c) => c.tierChange === null)).toBe(true);
    expect(customerList(none.columns)).toEqual(withMovementAsOf(list, [], guessed).customers);
  });

  it('the plans (a tier, an id, the distributors) are the same from columns', () => {
    const fromColumns = studiesReport(analysis, cols, config);
    expect(fromColumns.plans.customers).toBeGreaterThan(1);
    expect(fromColumns).toEqual(studiesReport(analysis, list, config));
  });
});
