import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import { scoreCustomers } from '../../src/domain/score';
import { extraCustomerColumns } from '../../src/domain/validation/extraColumns';
import type { Grid } from '../../src/domain/model';

const customers: Grid = [
  ['Customer ID', 'Company', 'Loyalty points', 'Region note', 'Distribution reach'],
  ['C1', 'Alpha', 10, 'north', '3'],
  ['C2', 'Beta', 30, 'south', 5],
  ['C3', 'Gamma', '', 'east', 1],
  ['C4', 'Delta', '20', 'west', 4],
];
const orders: Grid = [
  ['Order ID', 'Customer ID', 'Order Date', 'Amount'],
  ['O1', 'C1', 45000, 100],
  ['O2', 'C2', 45010, 100],
  ['O3', 'C3', 45020, 100],
  ['O4', 'C4', 45030, 100],
];

describe('the customer sheet’s other numeric columns', () => {
  it('keeps each unmapped column that holds numbers, by header, per customer', () => {
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, customers: { sheet: 'Customers', grid: customers } });
    const extra = analysis.extraColumns ?? {};
    expect(Object.keys(extra).sort()).toEqual(['Distribution reach', 'Loyalty points']);
    expect([...(extra['Loyalty points'] ?? new Map())]).toEqual([
      ['C1', 10],
      ['C2', 30],
      ['C3', null],
      ['C4', 20],
    ]);
    expect(extraCustomerColumns(customers, analysis.mapping.customers!, false)['Region note']).toBeUndefined();
  });

  it('lets a custom profile score on any of them, through the whole pipeline', () => {
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, customers: { sheet: 'Customers', grid: customers } });
    const config = {
      ...defaultScoringConfig(),
      profileId: 'loyalty',
      customProfile: { id: 'loyalty', label: 'Loyalty', indicators: [{ source: 'Loyalty points', direction: 'higher' as const, weight: 1 }] },
    };
    const result = scoreCustomers({ customers: analysis.customers, orders: analysis.orders, orderTable: analysis.orderTable, extraColumns: analysis.extraColumns, config, asOf: 45100 });
    const score = (id: string) => result.customers.find((c) => c.customerId === id)?.score;
    expect(score('C2')).toBeGreaterThan(score('C4') as number);
    expect(score('C4')).toBeGreaterThan(score('C1') as number);
    expect(result.indicatorsMissing['Loyalty points']).toBe(1);
  });

  it('matches a profile’s source name to a header loosely (the distributor profile’s distributionReach)', () => {
    const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, customers: { sheet: 'Customers', grid: customers } });
    const config = { ...defaultScoringConfig(), profileId: 'distributor' };
    const result = scoreCustomers({ customers: analysis.customers, orders: analysis.orders, extraColumns: analysis.extraColumns, config, asOf: 45100 });
    const reach = (id: string) => result.customers.find((c) => c.customerId === id)?.contributions;
    expect(Object.keys(reach('C2') ?? {})).toContain('distributionReach');
    expect(result.indicatorsMissing.distributionReach).toBe(0);
  });
});
