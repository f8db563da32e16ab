/**
 * Fuzzing: fast-check builds tables with random headers (known synonyms mixed with noise),
 * random cell types, unicode, blanks, huge and non-finite values and number-like text, and runs
 * them through mapping, validation and scoring (and a smaller number through the adapter). Nothing
 * may throw; everything wrong must come out as a well-formed problem or a refusal.
 */
import fc from 'fast-check';
import { analyseWorkbook } from '../../src/domain/analyse';
import { defaultScoringConfig } from '../../src/domain/config';
import type { CellProblem, CellValue } from '../../src/domain/model';
import { scoreCustomers } from '../../src/domain/score';
import { createSimulator } from '../../src/simulator';
import { AS_OF, CUSTOMER_HEADER, ORDER_HEADER, serial, typed } from '../fixtures/bad-workbooks/base';
import { checkedRun } from './support/runCase';

const SEED = 20261122;

const KNOWN_HEADERS = [...ORDER_HEADER, ...CUSTOMER_HEADER, '客户编号', '订单日期', '金额', 'Customer', 'Date', 'Sales', 'Cost', 'Paid date', 'Discount', 'Rating', 'Credit days'] as const;

const NUMBERISH_TEXT = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e308', '0x1F', '１２３', '1,234.5', '(12)', '12%', '−3', '¥1e3', '٣٤', '1.2.3', '', ' ', '\u00a0'];
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];
const DATEISH_TEXT = ['2024-02-29', '2023-02-29', '31/12/2024', '12/31/2024', '01/02/2024', '2024年13月1日', '0000-01-01', '1899-12-31', 'Feb 30, 2024', '20241301'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CellValue>('', null) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: serial('2015-01-01'), max: serial('2026-12-31') }) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...NUMBERISH_TEXT, ...ERRORS, ...DATEISH_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 2 ** 53 + 1) },
);

/** Ids drawn from a small pool so that orders and customers meet (and collide). */
const id: fc.Arbitrary<CellValue> = fc.oneof(fc.constantFrom<CellValue>('C1', 'C2', ' c1 ', 'C3', 1001, '1001', '１００１', '', '#N/A'), fc.string({ maxLength: 4 }));

const header = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(...KNOWN_HEADERS) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom<CellValue>('', null, 42, true)) },
);

/** A table: optional junk rows above, a header row, then rows; column 0 often holds ids. */
const table: fc.Arbitrary<CellValue[][]> = fc
  .integer({ min: 1, max: 7 })
  .chain((width) =>
    fc
      .tuple(
        fc.array(fc.array(cell, { minLength: 0, maxLength: width }), { maxLength: 2 }),
        fc.array(header, { minLength: width, maxLength: width }),
        fc.array(fc.tuple(id, fc.array(cell, { minLength: width - 1, maxLength: width - 1 })), { maxLength: 25 }),
      )
      .map(([junk, head, rows]) => [...junk, head, ...rows.map(([i, rest]) => [i, ...rest])]),
  );

/** Mostly readable, sometimes hostile: so that scoring is reached with hostile cells among good ones. */
const mostly = (good: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: cell });

const ORDER_CELLS: Record<string, fc.Arbitrary<CellValue>> = {
  'Order ID': cell,
  'Customer ID': id,
  'Order date': mostly(fc.integer({ min: serial('2020-01-01'), max: serial('2025-12-31') })),
  Amount: mostly(fc.oneof(fc.double({ min: -1e6, max: 1e9, noNaN: true }), fc.constantFrom<CellValue>('1,234.50', '¥99', '(12)', 1e300))),
  Profit: cell,
};

/** A table that surely maps as orders (headers in any order), with fuzzed cells under it. */
const ordersTable: fc.Arbitrary<CellValue[][]> = fc
  .shuffledSubarray([...ORDER_HEADER] as string[], { minLength: ORDER_HEADER.length })
  .chain((head) => fc.array(fc.tuple(...head.map((h) => ORDER_CELLS[h] ?? cell)), { minLength: 1, maxLength: 30 }).map((rows) => [head as CellValue[], ...rows]));

function expectWellFormed(problem: CellProblem): void {
  expect(Number.isInteger(problem.row) && problem.row >= 1).toBe(true);
  expect(typeof problem.reason === 'string' && problem.reason.length > 0).toBe(true);
  expect(['error', 'warning']).toContain(problem.severity);
  expect(problem.column === null || typeof problem.column === 'string').toBe(true);
}

const tally = { cases: 0, scored: 0, refused: 0, problems: 0 };

/** Mapping, validation and scoring of one workbook; throws only what the property should catch. */
function analyseAndScore(orders: CellValue[][], customers: CellValue[][] | null): void {
  tally.cases++;
  const analysis = analyseWorkbook({ orders: { sheet: 'Orders', grid: orders }, ...(customers ? { customers: { sheet: 'Customers', grid: customers } } : {}) });
  analysis.problems.forEach(expectWellFormed);
  expect(analysis.problemCount).toBeGreaterThanOrEqual(analysis.problems.length);
  tally.problems += analysis.problemCount;
  if (analysis.refused) {
    tally.refused++;
    expect(analysis.refused.message.length).toBeGreaterThan(0);
    return;
  }
  tally.scored++;
  for (const order of analysis.orders) {
    expect(Number.isFinite(order.amount)).toBe(true);
    expect(Number.isInteger(order.orderDate)).toBe(true);
  }
  const result = scoreCustomers({ customers: analysis.customers, orders: analysis.orders, config: defaultScoringConfig(), asOf: AS_OF });
  expect(result.customers.length).toBe(new Set(analysis.customers.map((c) => c.customerId)).size);
  for (const c of result.customers) {
    if (c.score !== null) expect(c.score >= 0 && c.score <= 100).toBe(true);
    // NaN only where docs/clv.md says so: on the profit basis, for a customer whose order or return rows state no profit.
    if (Number.isNaN(c.clv)) expect(result.valueBasis).toBe('profit');
  }
}

describe('fuzzing mapping, validation and scoring', () => {
  afterAll(() => console.log(`fuzz: ${tally.cases} workbooks, ${tally.scored} scored, ${tally.refused} refused, ${tally.problems} problems reported`));

  it('random tables as order and customer sheets: nothing throws, problems are well formed', () => {
    fc.assert(
      fc.property(table, fc.option(table, { nil: null }), (orders, customers) => analyseAndScore(orders, customers)),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('well-mapped order sheets full of hostile cells: nothing throws, every accepted amount is finite', () => {
    const before = { ...tally };
    fc.assert(
      fc.property(ordersTable, fc.option(table, { nil: null }), (orders, customers) => analyseAndScore(orders, customers)),
      { seed: SEED + 1, numRuns: 150 },
    );
    // The generator must reach scoring, not only refusals.
    expect(tally.scored - before.scored).toBeGreaterThan((tally.cases - before.cases) / 4);
  });
});

describe('fuzzing through the adapter', () => {
  it('random workbooks through runScoring: an outcome every time, the user cells unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(ordersTable, fc.option(table, { nil: null }), async (orders, customers) => {
        const sim = createSimulator({ sheets: [...(customers ? [{ name: 'Customers', rows: typed(customers) }] : []), { name: 'Orders', rows: typed(orders) }] });
        sim.installGlobals(globalThis);
        const run = await checkedRun(sim);
        expect(run.changedUserCells).toEqual([]);
        expect(run.takenUserColumns).toEqual([]);
        if (!run.outcome.ok) expect(['refused', 'no-data']).toContain(run.outcome.kind);
      }),
      { seed: SEED + 2, numRuns: 30 },
    );
  });
});
