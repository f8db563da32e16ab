/** The dashboard's ageing block (src/output/dashboard.ts): amounts per bucket, named as the pane and the bucket columns name them. */
import { AGEING_BUCKETS, AGEING_NAMES } from '../../src/domain/finance/ageing';
import { dashboardBlocks, type DashboardResult } from '../../src/output/dashboard';
import type { SheetLanguage } from '../../src/output/language';

const customer = (sales: number, ageing: Record<string, number> | null) => ({ sales, payment: { ageing } });

const result = {
  customers: [customer(100, { notDue: 120.5, b1_30: 10, b31_60: 0, b61_90: 0, b90plus: 7 }), customer(50, { notDue: 0, b1_30: 30.25, b31_60: 40, b61_90: 0, b90plus: 0 }), customer(10, null)],
  tierCounts: {},
  whaleCurve: { points: [] },
  seasonality: { index: null },
} as unknown as DashboardResult;

describe('dashboard ageing block', () => {
  it.each<SheetLanguage>(['en', 'zh-CN', 'zh-TW'])('holds the amount outstanding per bucket, not yet due apart, in %s', (language) => {
    const block = dashboardBlocks(result, language).find((b) => b.chart === 'Tiers payment ageing')!;
    // Hand sums: not yet due 120.5; 1-30 days 10 + 30.25; 31-60 days 40; 61-90 days 0; over 90 days 7.
    expect(block.rows).toEqual([
      [AGEING_NAMES[language].notDue, 120.5],
      [AGEING_NAMES[language].b1_30, 40.25],
      [AGEING_NAMES[language].b31_60, 40],
      [AGEING_NAMES[language].b61_90, 0],
      [AGEING_NAMES[language].b90plus, 7],
    ]);
    expect(block.rows).toHaveLength(AGEING_BUCKETS.length);
    expect(block.type).toBe('ColumnClustered');
  });
});
