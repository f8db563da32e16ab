import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import type { Grid } from '../../src/domain/model';
import { monthText } from '../../src/domain/plans/months';
import { scoreCustomers } from '../../src/domain/score';
import { studiesReport } from '../../src/domain/studies';
import { day } from './rows';

const orders: Grid = [
  ['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', 'Product Line', 'Quantity'],
  ['o1', 'D1', '2025-03-10', 600, 120, 'Chairs', 60],
  ['o2', 'D1', '2025-07-10', 300, 30, 'Tables', 3],
  ['o3', 'S1', '2025-05-10', 80, 8, 'Lamps', 8],
  ['o4', 'S2', '2025-06-10', 20, '', 'Rugs', 2],
];
const customers: Grid = [
  ['Customer ID', 'Customer Name', 'Business Type', 'Reply Hours'],
  ['D1', 'Dealer One', '经销商', ''],
  ['S1', 'Store One', 'Regional store', 4],
  ['S2', 'Store Two', 'Regional store', ''],
];
const survey: Grid = [
  ['客户编号', '调查日期', '产品质量', '性价比', '送货', '沟通'],
  ['D1', '2025-11-01', 5, 4, 3, 5],
  ['S2', '2025-11-01', 2, 2, 2, 1],
];

describe('studies from one workbook', () => {
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, customers: { sheet: 'Customers', grid: customers }, survey: { sheet: '满意度', grid: survey } });
  const asOf = day('2026-01-01');

  it('reads the survey beside the other sheets', () => {
    expect(analysis.refused).toBeNull();
    expect(analysis.survey?.rows).toHaveLength(2);
    expect(analysis.mapping.survey?.columns).toEqual({ customerId: 0, surveyDate: 1, productQuality: 2, valueForMoney: 3, serviceDelivery: 4, purchaseCommunication: 5 });
  });

  it('the satisfaction profile scores from the survey alone; customers without a survey have no score', () => {
    const config = { ...defaultScoringConfig(), profileId: 'satisfaction' };
    const result = scoreCustomers({ ...analysis, survey: analysis.survey ?? null, config, asOf });
    const score = (id: string) => result.customers.find((c) => c.customerId === id)?.score;
    expect(score('S1')).toBeNull();
    expect(score('D1') as number).toBeGreaterThan(score('S2') as number);
    expect(result.satisfaction?.customers.get('D1')?.groups).toEqual({ product: 87.5, service: 50, purchase: 100 });
  });

  it('communication efficiency reads the survey communication score when the sheet has no reply hours or rating', () => {
    const result = scoreCustomers({ ...analysis, survey: analysis.survey ?? null, config: defaultScoringConfig(), asOf });
    const comm = result.cache.indicatorIds.indexOf('communicationEfficiency');
    const sub = result.cache.subScores[comm] as Float64Array;
    const at = (id: string) => sub[result.cache.index.ids.indexOf(id)] as number;
    expect(Number.isNaN(at('D1'))).toBe(false); // from the survey
    expect(Number.isNaN(at('S1'))).toBe(false); // from reply hours
    expect(Number.isNaN(at('S2'))).toBe(false); // from the survey
    const without = scoreCustomers({ ...analysis, survey: null, config: defaultScoringConfig(), asOf });
    expect(without.cache.missing.communicationEfficiency).toBe(2);
    expect(result.cache.missing.communicationEfficiency).toBe(0);
  });

  it('products, plans for the distributor, and the satisfaction table', () => {
    const config = { ...defaultScoringConfig(), plans: { ...defaultScoringConfig().plans, growth: 0.5 } };
    const result = scoreCustomers({ ...analysis, survey: analysis.survey ?? null, config, asOf });
    const report = studiesReport(analysis, result, config);
    expect(report.products.basis).toBe('orders');
    expect(report.products.overall.entries.map((e) => `${e.product} ${e.abc}`)).toEqual(['Chairs A', 'Tables A', 'Lamps B', 'Rugs C']);
    expect(report.products.overall.entries[0]?.margin).toBeCloseTo(0.2, 12);
    expect(report.plans.customers).toBe(1);
    expect(report.plans.lines).toHaveLength(24);
    expect(monthText(report.plans.lines[0]?.month ?? 0)).toBe('2026-01');
    const chairs = report.plans.lines.filter((l) => l.productLine === 'Chairs').reduce((a, l) => a + l.targetAmount, 0);
    expect(chairs).toBeCloseTo(900, 1); // 600 x 1.5
    expect(report.satisfaction?.customers.map((c) => c.customerId)).toEqual(['D1', 'S2']);
  });
});
