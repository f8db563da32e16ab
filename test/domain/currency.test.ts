/**
 * Currencies (docs/scoring.md, "Currencies"): an order sheet in several currencies is converted to
 * one base with rates from a rates sheet or the configuration, and refused without them, naming
 * the currencies found. Mixed currencies are never summed.
 */
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig, guardedScoringConfigSchema, migrateConfig, type ScoringConfig } from '../../src/domain/config';
import { isRatesSheetName, ratesFromSheet } from '../../src/domain/currency';
import { detectMapping } from '../../src/domain/mapping/detectMapping';
import type { CellValue } from '../../src/domain/model';
import { scoreRows, scoreWorkbook } from '../../src/output/pipeline';
import { day } from './rows';

const asOf = day('2024-12-31');
const base: ScoringConfig = { ...defaultScoringConfig(), asOf: '2024-12-31' };

const orders: CellValue[][] = [
  ['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Profit', 'Currency'],
  ['1', 'A', '2024-01-10', 100, 20, 'USD'],
  ['2', 'A', '2024-02-10', 700, 140, 'CNY'],
  ['3', 'B', '2024-03-10', 50, 10, 'eur'],
  ['4', 'B', '2024-04-10', 350, 70, 'CNY'],
];

const sales = (grid: CellValue[][], config: ScoringConfig, rates?: CellValue[][]) => {
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid }, currency: config.currency, ...(rates ? { rates: { sheet: '汇率', grid: rates } } : {}) });
  expect(analysis.refused).toBeNull();
  const result = scoreRows(analysis, config, asOf);
  return { analysis, by: Object.fromEntries(result.customers.map((c) => [c.customerId, [c.sales, c.profit]])) };
};

describe('an order sheet in several currencies', () => {
  it("is converted to the base with the configuration's rates", () => {
    const config = { ...base, currency: { base: 'CNY', rates: { USD: 7, EUR: 8 } } };
    const { by, analysis } = sales(orders, config);
    expect(by).toEqual({ A: [1400, 280], B: [750, 150] });
    expect(analysis.currency).toEqual({ base: 'CNY', currencies: ['CNY', 'EUR', 'USD'], applied: { USD: 7, EUR: 8 }, rows: 2 });
    expect(analysis.messages).toContain('Amounts in CNY, EUR, USD were converted to CNY (EUR 8, USD 7; 2 rows).');
  });

  it('is converted with the rates of a rates sheet (汇率: 币种, 汇率), the currency at rate 1 being the base', () => {
    const rates: CellValue[][] = [
      ['币种', '汇率'],
      ['CNY', 1],
      ['USD', 7],
      ['EUR', '8'],
    ];
    expect(sales(orders, base, rates).by).toEqual({ A: [1400, 280], B: [750, 150] });
  });

  it('takes the one currency without a rate as the base', () => {
    const { analysis } = sales(orders, { ...base, currency: { base: null, rates: { USD: 7, EUR: 8 } } });
    expect(analysis.currency?.base).toBe('CNY');
  });

  it('stops without rates, listing the currencies found, and scores nothing', () => {
    const outcome = scoreWorkbook({ workbook: { orders: { sheet: 'Orders', grid: orders } }, config: base, asOf, previous: [] });
    expect(outcome.result).toBeNull();
    expect(outcome.analysis.refused).toEqual({
      message:
        'Sheet "Orders" holds amounts in 3 currencies (CNY, EUR, USD) and there is no exchange rate for CNY, EUR, USD. Tiers never adds up different currencies: add a sheet named "Rates" with the columns Currency and Rate (units of your base currency per unit), or set "currency" (base and rates) in the configuration, and run again. Nothing was scored or written.',
      currencies: ['CNY', 'EUR', 'USD'],
      missing: ['CNY', 'EUR', 'USD'],
      refusal: { code: 'currencies-without-rates', values: { sheet: 'Orders', count: 3, currencies: 'CNY, EUR, USD', missing: 'CNY, EUR, USD' } },
    });
  });

  it('names only the currencies still without a rate', () => {
    const outcome = scoreWorkbook({ workbook: { orders: { sheet: 'Orders', grid: orders } }, config: { ...base, currency: { base: 'CNY', rates: { USD: 7 } } }, asOf, previous: [] });
    expect(outcome.analysis.refused?.missing).toEqual(['EUR']);
    expect(outcome.analysis.refused?.message).toContain('(CNY, EUR, USD) and there is no exchange rate for EUR.');
  });

  it('leaves a sheet in one currency as it is', () => {
    const one = orders.map((row, r) => (r === 0 ? row : [...row.slice(0, 5), 'USD']));
    const { by, analysis } = sales(one, base);
    expect(by).toEqual({ A: [800, 160], B: [400, 80] });
    expect(analysis.currency).toBeNull();
  });

  it('reads blank currency cells as the base', () => {
    const blanks = orders.map((row, r) => (r === 2 || r === 4 ? [...row.slice(0, 5), ''] : row));
    const { by } = sales(blanks, { ...base, currency: { base: 'CNY', rates: { USD: 7, EUR: 8 } } });
    expect(by).toEqual({ A: [1400, 280], B: [750, 150] });
  });
});

describe('currency configuration and sheets', () => {
  it('is part of the zod schema, upper-cased, and a bad rate is refused there', () => {
    const loaded = migrateConfig({ ...base, currency: { base: ' cny', rates: { USD: 7.1 } } });
    expect(loaded.ok && loaded.config.currency).toEqual({ base: 'CNY', rates: { USD: 7.1 } });
    expect(guardedScoringConfigSchema.safeParse({ ...base, currency: { base: null, rates: { USD: -1 } } }).success).toBe(false);
    const damaged = migrateConfig({ ...base, currency: { base: null, rates: { USD: 0 } } });
    expect(damaged.ok && damaged.config.currency).toEqual({ base: null, rates: {} });
  });

  it('maps the usual currency headers', () => {
    for (const header of ['Currency', 'Currency Code', 'CCY', '币种', '货币', '币别', '幣別', '幣種', '结算币种']) {
      expect(detectMapping([['Customer ID', 'Order date', 'Amount', header]], 'orders', 'S').mapping.columns).toHaveProperty('currency', 3);
    }
  });

  it('recognises a rates sheet by its name and reads its rows', () => {
    expect(['Rates', 'Exchange rates', 'FX', '汇率', '匯率表', 'fx_rates'].every(isRatesSheetName)).toBe(true);
    expect(['Orders', 'Customers', 'Operators'].some(isRatesSheetName)).toBe(false);
    expect(ratesFromSheet('Rates', [['note'], ['Currency', 'Rate'], ['usd', 7.1], ['EUR', 'x']])).toEqual({
      rates: { USD: 7.1 },
      notes: [{ code: 'rates-row-unreadable', sheet: 'Rates', row: 4, currency: 'EUR' }],
    });
  });
});
