/**
 * The amount owed per ageing bucket as owned columns (docs/scoring.md section 5): values checked
 * against the Orders sheet aged by hand in this test, and a workbook written by the previous
 * version (no bucket columns, old bucket names in "Tiers ageing") re-run without a duplicated or
 * orphaned column.
 */
import { PREVIOUS_HEADERS } from '../fixtures/previousOwnedHeaders';
import { AGEING_BUCKETS, AGEING_NAMES, type AgeingBucket } from '../../src/domain/finance/ageing';
import { dayFromIso, excelSerialFromDay } from '../../src/domain/dates';
import { OWNED_COLUMNS, ownedHeader, type OwnedColumnSpec } from '../../src/output/ownedColumns';
import type { RunOutcome } from '../../src/excel/runScoring';
import { generateSampleWorkbook } from '../../src/sample';
import { orderHeaders } from '../../src/sample/headers';
import { createSimulator } from '../../src/simulator';
import { columnOf, expectOk, rowsOf, run, sampleBook, sheetValues, workbookState, type Book } from './helpers';

const header = (spec: OwnedColumnSpec) => ownedHeader(spec, 'profit');
const BUCKET_HEADERS = AGEING_BUCKETS.map((b) => `Tiers ${AGEING_NAMES.en[b]}`);

/** What each customer owes per bucket, aged here from the Orders sheet the helpers' book holds. */
function agedByHand(asOfIso: string): Map<string, Record<AgeingBucket, number>> {
  const orders = generateSampleWorkbook({ customers: 40, orders: 600, seed: 7 }).orders;
  const col = (name: string): number => orders[0]!.indexOf(name);
  const [customer, ordered, credit, docs, arrears] = [col('Customer ID'), col('Order date'), col('Credit days'), col('Documents received'), col('Arrears')];
  const asOf = excelSerialFromDay(dayFromIso(asOfIso));
  const out = new Map<string, Record<AgeingBucket, number>>();
  for (const row of orders.slice(1)) {
    const owed = Number(row[arrears] || 0);
    if (owed === 0) continue;
    const from = typeof row[docs] === 'number' ? row[docs] : (row[ordered] as number);
    const age = asOf - (from + Number(row[credit] || 0));
    const bucket: AgeingBucket = age <= 0 ? 'notDue' : age <= 30 ? 'b1_30' : age <= 60 ? 'b31_60' : age <= 90 ? 'b61_90' : 'b90plus';
    const id = String(row[customer]);
    const sums = out.get(id) ?? { notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 };
    sums[bucket] += owed;
    out.set(id, sums);
  }
  return out;
}

describe('amount owed per ageing bucket, as owned columns', () => {
  it('writes one column per bucket, "Tiers " + the pane\'s bucket name, with the amounts the Orders sheet gives', async () => {
    const book = sampleBook();
    const summary = expectOk(await run(book));
    const values = sheetValues(book, 'Customers');
    const columns = BUCKET_HEADERS.map((h) => values[0]!.indexOf(h));
    expect(columns.every((c) => c > 0)).toBe(true);
    // Finance's columns side by side: arrears, the worst bucket, then the buckets in age order.
    const arrears = columnOf(book, 'Customers', 'Tiers arrears');
    expect(columns).toEqual(AGEING_BUCKETS.map((_, k) => arrears + 2 + k));
    const expected = agedByHand(summary.asOf);
    let notDue = 0;
    let overdue = 0;
    for (const row of values.slice(1)) {
      const id = String(row[0]);
      const sums = expected.get(id) ?? { notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 };
      AGEING_BUCKETS.forEach((b, k) => expect([id, b, row[columns[k]!]]).toEqual([id, b, expect.closeTo(sums[b], 2)]));
      notDue += sums.notDue;
      overdue += sums.b1_30;
    }
    // The sample has both amounts not yet due and amounts 1-30 days overdue: the split is exercised.
    expect(notDue).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);

    // The dashboard's native ageing chart is drawn from amounts: its block holds each bucket column's sum.
    const chart = book.sim.workbook.charts.find((c) => c.name === 'Tiers payment ageing')!;
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.source && book.sim.workbook.address(chart.source)).toMatch(/!P1:Q6$/);
    const block = sheetValues(book, 'Tiers Dashboard')
      .slice(0, 6)
      .map((r) => [r[15], r[16]]);
    expect(block.slice(1).map((r) => r[0])).toEqual(AGEING_BUCKETS.map((b) => AGEING_NAMES.en[b]));
    columns.forEach((c, k) => {
      const sum = values.slice(1).reduce((total, r) => total + (typeof r[c] === 'number' ? r[c] : 0), 0);
      expect(block[k + 1]![1]).toBeCloseTo(sum, 1);
    });
  });

  it('in a workbook with Chinese headers, heads them with the Chinese names, found again when the headers turn English', async () => {
    const sample = generateSampleWorkbook({ customers: 40, orders: 600, seed: 7, language: 'zh' });
    const sim = createSimulator({
      sheets: [
        { name: '客户', rows: rowsOf(sample.customers) },
        { name: '订单', rows: rowsOf(sample.orders) },
      ],
    });
    sim.installGlobals(globalThis);
    const book: Book = { sim, asOf: sample.asOf };
    expectOk(await run(book));
    const zh = sheetValues(book, '客户')[0]!;
    const columns = AGEING_BUCKETS.map((b) => zh.indexOf(`Tiers ${AGEING_NAMES['zh-CN'][b]}`));
    expect(columns.every((c) => c > 0)).toBe(true);
    expect(zh.filter((h) => typeof h === 'string' && BUCKET_HEADERS.includes(h))).toEqual([]);
    book.sim.workbook.writeValues(book.sim.workbook.sheetByName('订单')!.id, 0, 0, [orderHeaders('en')]);
    expectOk(await run(book));
    const en = sheetValues(book, '客户')[0]!;
    expect(BUCKET_HEADERS.map((h) => en.indexOf(h))).toEqual(columns);
    expect(en.length).toBe(zh.length);
  });

  it('re-runs a workbook written by the previous version (no bucket columns) without duplicating or orphaning a column', async () => {
    const book = sampleBook();
    const userWidth = sheetValues(book, 'Customers')[0]!.length;
    const old = await runAsPreviousVersion(book);
    expectOk(old);
    const oldHeader = sheetValues(book, 'Customers')[0]!;
    expect(BUCKET_HEADERS.filter((h) => oldHeader.includes(h))).toEqual([]);
    expect(oldHeader.slice(userWidth)).toEqual(PREVIOUS_HEADERS);
    const oldAgeing = oldHeader.indexOf('Tiers ageing');
    expect(sheetValues(book, 'Customers').some((r) => r[oldAgeing] === '0-30 days')).toBe(true);

    expectOk(await run(book));
    const after = sheetValues(book, 'Customers');
    const headers = after[0]!;
    // Every owned column once; the previous ones where they were, the new ones after them.
    for (const spec of OWNED_COLUMNS) expect([header(spec), headers.filter((h) => h === header(spec)).length]).toEqual([header(spec), 1]);
    PREVIOUS_HEADERS.forEach((h, k) => expect(headers.indexOf(h)).toBe(userWidth + k));
    expect(headers.slice(userWidth + PREVIOUS_HEADERS.length)).toEqual(BUCKET_HEADERS);
    // Nothing left of the previous run: no column without an owned header, no old bucket name.
    expect(headers.length).toBe(userWidth + OWNED_COLUMNS.length);
    expect(after.some((r) => r.some((v) => v === '0-30 days'))).toBe(false);
    const wb = book.sim.workbook;
    expect(wb.names.filter((n) => n.name.startsWith('Tiers_col_'))).toHaveLength(OWNED_COLUMNS.length);
    // And it is settled: one more run changes nothing.
    const state = workbookState(book);
    expectOk(await run(book));
    expect(workbookState(book)).toEqual(state);
  });
});

/** The previous version's worst-bucket names (not yet due was part of 0-30). */
const PREVIOUS_NAMES: Record<AgeingBucket, string> = { notDue: '0-30 days', b1_30: '0-30 days', b31_60: '31-60 days', b61_90: '61-90 days', b90plus: 'over 90 days' };

/**
 * A run of the previous version: the same adapter with the previous output plan's owned columns
 * (no bucket columns; the worst bucket under its old names), loaded in isolation.
 */
async function runAsPreviousVersion(book: Book): Promise<RunOutcome> {
  let outcome: RunOutcome | undefined;
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../../src/output/ownedColumns', () => {
      const actual = jest.requireActual<typeof import('../../src/output/ownedColumns')>('../../src/output/ownedColumns');
      const previous = actual.OWNED_COLUMNS.filter((s) => !s.key.startsWith('owed_')).map((s) =>
        s.key === 'ageing' ? { ...s, value: (r: Parameters<OwnedColumnSpec['value']>[0]) => (r.payment.worstBucket ? PREVIOUS_NAMES[r.payment.worstBucket] : null) } : s,
      );
      return { ...actual, OWNED_COLUMNS: previous, OWNED_HEADER_TEXTS: previous.flatMap((s) => [s.header, `${s.header} (profit)`, `${s.header} (sales)`]) };
    });
    const { runScoring } = await import('../../src/excel/runScoring');
    const { scoreLocally } = await import('../../src/excel/scoreLocally');
    outcome = await runScoring({ asOf: book.asOf, score: scoreLocally, runId: 'run-0', now: () => new Date('2025-12-01T00:00:00Z') });
  });
  if (!outcome) throw new Error('the previous version did not run');
  return outcome;
}
