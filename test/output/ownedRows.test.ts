/**
 * The owned cells read straight from the result columns (src/output/ownedRows.ts, the CLI's
 * customer sheet and --csv file) against ownedValues of each customer's object (the add-in's way):
 * every customer, every language, tier names, tier changes, ageing, missing inputs and the
 * predictive cells in each of their states.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import { dayFromIso } from '../../src/domain/dates';
import { scoreCustomerColumns, scoreCustomers } from '../../src/domain/score';
import { customerAt } from '../../src/domain/scoring/customerColumns';
import { RATING_STATUSES } from '../../src/domain/scoring/coverage';
import { oneDecimal } from '../../src/output/format';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';
import { MODEL_NOT_RELIABLE, ownedValues, type PredictedCells } from '../../src/output/ownedColumns';
import { ownedValuesOfColumns } from '../../src/output/ownedRows';
import { generateSampleWorkbook } from '../../src/sample';

describe('owned cells from the result columns', () => {
  const sample = generateSampleWorkbook({ customers: 300, orders: 3000, seed: 11 });
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: sample.orders }, customers: { sheet: 'Customers', grid: sample.customers } });
  const asOf = dayFromIso('2026-01-01');
  const first = scoreCustomers({ ...analysis, config: defaultScoringConfig(), asOf });
  const previous = first.customers.slice(0, 200).map((c, k) => ({ customerId: c.customerId, score: c.score, tier: k % 3 === 0 ? 'Diamond' : k % 3 === 1 ? 'Lead' : c.tier }));
  // A high minimum share of weight leaves some customers "not enough data", with missing inputs named.
  const configs = [defaultScoringConfig(), { ...defaultScoringConfig(), minCoverage: 0.97 }];
  const predicted: (PredictedCells | undefined)[] = [
    undefined,
    { pAlive: 0.8123, predictedClv: 1234.56, expectedPurchases: 3.21, likelyChurning: false },
    { pAlive: MODEL_NOT_RELIABLE.en, predictedClv: 99.5, expectedPurchases: 0.4, likelyChurning: MODEL_NOT_RELIABLE.en },
    { pAlive: null, predictedClv: null, expectedPurchases: null, likelyChurning: true },
  ];

  it.each(configs.map((config, k) => [k, config] as const))('are ownedValues(customerAt(...)) for every customer (config %i)', (_k, config) => {
    const cols = scoreCustomerColumns({ ...analysis, config, asOf, previous }).columns;
    const statuses = new Set(Array.from(cols.status, (s) => RATING_STATUSES[s]));
    expect(statuses.has('rated')).toBe(true);
    if (config.minCoverage === 0.97) expect(statuses.has('not-enough-data')).toBe(true);
    for (const language of SHEET_LANGUAGES) {
      for (const names of [{}, { Gold: 'Goldish', Lead: 'Base' }]) {
        const owned = ownedValuesOfColumns(cols, language, names);
        for (let i = 0; i < cols.length; i++) {
          const p = predicted[i % predicted.length];
          expect(owned(i, p)).toEqual(ownedValues(customerAt(cols, i), p, language, names));
        }
      }
    }
  });

  it('oneDecimal is toFixed(1) for any number', () => {
    const halves = fc.integer({ min: 0, max: 2_000_000 }).map((k) => (k + 0.5) / 10);
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: false }), fc.double({ min: 0, max: 100 }), fc.double({ min: 0, max: 2e6 }), halves), (x) => {
        expect(oneDecimal(x)).toBe(x.toFixed(1));
      }),
      { numRuns: 5000 },
    );
    for (const x of [0, -0, 0.05, 0.15, 0.25, 1.45, 2.675, 99.95, 999999.95, 1e6, -1.25, Infinity, NaN]) expect(oneDecimal(x)).toBe(x.toFixed(1));
  });
});
