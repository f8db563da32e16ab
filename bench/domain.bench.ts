/**
 * Scoring-engine benchmark: 1,000,000 order rows of 100,000 customers, typed rows -> every
 * output, peak memory, rescore after a weight change, and the same aggregates / ABC / RFM in
 * DuckDB for comparison (DuckDB's load time is reported apart and not counted). DuckDB runs twice
 * over: with the string ids (against our phases plus our interning of those ids, "string ids end
 * to end") and with our table's integer codes for the same ids (against our phases from the table).
 * Run: npx tsx bench/domain.bench.ts [orders] [customers]   (or: npm run bench -- domain)
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { cpus } from 'node:os';
import { aggregateTable, indexCustomersOfTable } from '../src/domain/aggregate';
import { defaultScoringConfig } from '../src/domain/config';
import { paymentStats } from '../src/domain/finance/payment';
import { DEFAULT_PROFILE } from '../src/domain/indicators/twelve';
import { scoreCustomers } from '../src/domain/score';
import { buildCache } from '../src/domain/scoring/prepare';
import { rescore } from '../src/domain/scoring/rescore';
import { abcClasses, abcWithinGroups } from '../src/domain/segments/abc';
import { rfmScores } from '../src/domain/segments/rfm';
import { orderTableFromRows, scratchOrderTable } from '../src/domain/validation/orderTable';
import type { OrderTable } from '../src/domain/model';
import { syntheticBook } from './domainSyntheticBook';

const orderCount = Number(process.argv[2] ?? 1_000_000);
const customerCount = Number(process.argv[3] ?? 100_000);

let peakRss = 0;
/** Peak RSS before our from-rows phases (which add the scratch table) in any round so far. */
let tablePathPeakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** CPU time of the whole process (all threads: GC helpers, DuckDB workers) since `from`, in ms. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** Wall time under `label`, CPU time under `label` + CPU_SUFFIX. */
const CPU_SUFFIX = ' [cpu]';

/**
 * Each phase starts on a collected heap (with --expose-gc, as `npm run bench` runs it): the million
 * row objects make a full collection cost 0.3-0.7 s, and without this one lands in whichever phase
 * happens to cross the heap's limit, e.g. the order table from rows (0.5-0.7 s on its own, 1.3-1.9 s
 * with one or two of them; docs/benchmarks.md, "Seventh session").
 */
function time<T>(label: string, times: Map<string, number>, f: () => T): T {
  gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = f();
  times.set(label, performance.now() - t0);
  times.set(label + CPU_SUFFIX, cpuMs(c0));
  sample();
  return out;
}

async function timeAsync(label: string, times: Map<string, number>, f: () => Promise<unknown>): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  times.set(label, performance.now() - t0);
  times.set(label + CPU_SUFFIX, cpuMs(c0));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Duck {
  threads: number;
  /** 'strings': the ids as text (DuckDB hashes them); 'codes': our table's integer codes for the same ids. */
  ids: 'strings' | 'codes';
  db: DuckDBConnection;
  loadMs: number;
  close(): void;
}

async function loadDuckdb(book: Book, threads: number, ids: Duck['ids'], table: OrderTable): Promise<Duck> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const db: DuckDBConnection = await instance.connect();
  const t0 = performance.now();
  const idType = ids === 'codes' ? 'INTEGER' : 'VARCHAR';
  await db.run(`CREATE TABLE orders (customer_id ${idType}, order_id ${idType}, order_date INTEGER, amount DOUBLE, profit DOUBLE)`);
  const app = await db.createAppender('orders');
  if (ids === 'codes') {
    for (let i = 0; i < table.length; i++) {
      app.appendInteger(table.customer[i] as number);
      const order = table.orderId[i] as number;
      if (order < 0) app.appendNull();
      else app.appendInteger(order);
      app.appendInteger(table.orderDate[i] as number);
      app.appendDouble(table.amount[i] as number);
      const profit = table.profit[i] as number;
      if (Number.isNaN(profit)) app.appendNull();
      else app.appendDouble(profit);
      app.endRow();
    }
  }
  for (const o of ids === 'codes' ? [] : book.orders) {
    app.appendVarchar(o.customerId);
    if (o.orderId === null) app.appendNull();
    else app.appendVarchar(o.orderId);
    app.appendInteger(o.orderDate);
    app.appendDouble(o.amount);
    if (o.profit === null) app.appendNull();
    else app.appendDouble(o.profit);
    app.endRow();
  }
  app.closeSync();
  const loadMs = performance.now() - t0;
  return {
    threads,
    ids,
    db,
    loadMs,
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

/** The same aggregates (count of distinct orders, sales, profit, last date), ABC and RFM scores. */
async function duckdbRound(duck: Duck, asOf: number): Promise<Map<string, number>> {
  const { db } = duck;
  const times = new Map<string, number>();
  await timeAsync('aggregates', times, () =>
    db.run(`CREATE OR REPLACE TABLE agg AS SELECT customer_id, count(DISTINCT order_id) AS orders, sum(amount) AS sales,
      sum(profit) AS profit, max(order_date) AS last_day FROM orders GROUP BY customer_id`),
  );
  await timeAsync('abc', times, () =>
    db.runAndReadAll(`SELECT customer_id, CASE
        WHEN coalesce(sum(sales) OVER w, 0) / (SELECT sum(sales) FROM agg) < 0.75 THEN 'A'
        WHEN coalesce(sum(sales) OVER w, 0) / (SELECT sum(sales) FROM agg) < 0.95 THEN 'B' ELSE 'C' END AS abc
      FROM agg WINDOW w AS (ORDER BY sales DESC, customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`),
  );
  await timeAsync('rfm', times, () =>
    db.runAndReadAll(`WITH v AS (SELECT customer_id, ${asOf} - last_day AS recency, orders, sales FROM agg),
      q AS (SELECT quantile_cont(recency, [0.2, 0.4, 0.6, 0.8]) AS rq, quantile_cont(orders, [0.2, 0.4, 0.6, 0.8]) AS fq,
                   quantile_cont(sales, [0.2, 0.4, 0.6, 0.8]) AS mq FROM v)
      SELECT customer_id,
        5 - ((recency >= rq[1] + 1)::INT + (recency >= rq[2] + 1)::INT + (recency >= rq[3] + 1)::INT + (recency >= rq[4] + 1)::INT) AS r,
        1 + (orders >= fq[1] + 1)::INT + (orders >= fq[2] + 1)::INT + (orders >= fq[3] + 1)::INT + (orders >= fq[4] + 1)::INT AS f,
        1 + (sales >= mq[1] + 1)::INT + (sales >= mq[2] + 1)::INT + (sales >= mq[3] + 1)::INT + (sales >= mq[4] + 1)::INT AS m
      FROM v, q`),
  );
  return times;
}

type Book = ReturnType<typeof syntheticBook>;

/**
 * Our phases from the order table (as analyseWorkbook hands it over, like DuckDB's table: its
 * build is timed apart, under "order table from rows"), and the whole pipeline from the table
 * and from rows alone (scoreCustomers then builds the table itself).
 */
function ours(book: Book, table: OrderTable): { times: Map<string, number>; rescoreMs: number[]; rescoreCpuMs: number[] } {
  const times = new Map<string, number>();
  const config = defaultScoringConfig();
  const index = time('index customers', times, () => indexCustomersOfTable(book.customers, table));
  const agg = time('aggregate orders', times, () => aggregateTable(index, table, book.asOf, null));
  const cache = time('indicators (sub-scores)', times, () => buildCache(index, agg, DEFAULT_PROFILE, book.asOf));
  time('scores + tiers', times, () => rescore(cache, DEFAULT_PROFILE.weights, config.tierRule));
  time('ABC (overall + per type)', times, () => {
    abcClasses(agg.sales);
    return abcWithinGroups(agg.sales, index.businessTypes);
  });
  time('RFM', times, () =>
    rfmScores(
      agg.lastDay.map((d) => book.asOf - d),
      agg.orders.map((k) => (k === 0 ? NaN : k)),
      agg.sales,
      'r-package',
    ),
  );
  time('finance (payment, ageing)', times, () => paymentStats(index, book.orders, book.asOf));
  time('scoreCustomers, given the table', times, () => scoreCustomers({ customers: book.customers, orders: book.orders, orderTable: table, config, asOf: book.asOf }));
  tablePathPeakRss = Math.max(tablePathPeakRss, peakRss);
  time(FROM_ROWS_TABLE, times, () => scratchOrderTable(book.orders));
  time('scoreCustomers, from rows only', times, () => scoreCustomers({ customers: book.customers, orders: book.orders, config, asOf: book.asOf }));
  const changed = { ...DEFAULT_PROFILE.weights, profitMargin: 30, claimReasonableness: 2 };
  const rescoreMs: number[] = [];
  const rescoreCpuMs: number[] = [];
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rescore(cache, k % 2 ? changed : DEFAULT_PROFILE.weights, config.tierRule);
    rescoreMs.push(performance.now() - t0);
    rescoreCpuMs.push(cpuMs(c0));
  }
  return { times, rescoreMs, rescoreCpuMs };
}

const ROUNDS = 3;
const COMPARABLE = ['index customers', 'aggregate orders', 'ABC (overall + per type)', 'RFM'];
/** Building the table from the row objects: added to COMPARABLE for the "from rows" ratio. */
const FROM_ROWS_TABLE = 'order table from rows';

/** Per label, every round's time. */
function collect(into: Map<string, number[]>, times: Map<string, number>): void {
  for (const [label, ms] of times) into.set(label, [...(into.get(label) ?? []), ms]);
}

const fmt = (xs: readonly number[], digits = 0): string =>
  `min ${Math.min(...xs)
    .toFixed(digits)
    .padStart(5)} ms, median ${median([...xs])
    .toFixed(digits)
    .padStart(5)} ms`;
const fmtWithCpu = (rounds: Map<string, number[]>, label: string, digits = 0): string => `${fmt(rounds.get(label) ?? [], digits)}; cpu ${fmt(rounds.get(label + CPU_SUFFIX) ?? [], digits)}`;

async function main(): Promise<void> {
  gc?.();
  sample();
  const t0 = performance.now();
  const book = syntheticBook(customerCount, orderCount);
  const generateMs = performance.now() - t0;
  const table = orderTableFromRows(book.orders);
  gc?.();
  sample();
  const dataRss = process.memoryUsage().rss;
  console.log(`data: ${book.orders.length.toLocaleString('en')} order rows, ${book.customers.length.toLocaleString('en')} customers (generated in ${generateMs.toFixed(0)} ms, seed 7)`);
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, node ${process.version}; ${ROUNDS} interleaved rounds, ours then DuckDB`);

  const ourRounds = new Map<string, number[]>();
  const rescoreMs: number[] = [];
  const rescoreCpuMs: number[] = [];
  const processCpu = process.cpuUsage();
  // Round 0 of ours runs before DuckDB holds its copies of the data, so its peak RSS is ours alone.
  const first = ours(book, table);
  const ourPeak = peakRss;
  const ourTablePeak = tablePathPeakRss;
  collect(ourRounds, first.times);
  rescoreMs.push(...first.rescoreMs.slice(1));
  rescoreCpuMs.push(...first.rescoreCpuMs.slice(1));
  const ducks: Duck[] = [];
  for (const ids of ['strings', 'codes'] as const) for (const threads of [...new Set([1, cpus().length])]) ducks.push(await loadDuckdb(book, threads, ids, table));
  const duckRounds = ducks.map(() => new Map<string, number[]>());
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) {
      const mine = ours(book, table);
      collect(ourRounds, mine.times);
      rescoreMs.push(...mine.rescoreMs.slice(1));
      rescoreCpuMs.push(...mine.rescoreCpuMs.slice(1));
    }
    for (const [k, duck] of ducks.entries()) collect(duckRounds[k] as Map<string, number[]>, await duckdbRound(duck, book.asOf));
  }
  for (const label of ourRounds.keys()) if (!label.endsWith(CPU_SUFFIX)) console.log(`ours  ${label.padEnd(32)} ${fmtWithCpu(ourRounds, label)}`);
  console.log(`ours  rescore after a weight change   ${fmt(rescoreMs, 1)}; cpu ${fmt(rescoreCpuMs, 1)} (${rescoreMs.length} runs)`);
  console.log(`process CPU over all rounds (ours and DuckDB): ${(cpuMs(processCpu) / 1000).toFixed(1)} s`);
  console.log(
    `RSS with the input rows and their order table loaded: ${mb(dataRss)}; peak RSS in our first round (sampled after each phase, before DuckDB is loaded): ${mb(ourTablePeak)} before the from-rows phases, ${mb(ourPeak)} with them`,
  );
  const best = (label: string): number => Math.min(...(ourRounds.get(label) ?? [NaN]));
  const ourComparable = COMPARABLE.reduce((sum, label) => sum + best(label), 0);
  const ourComparableCpu = COMPARABLE.reduce((sum, label) => sum + best(label + CPU_SUFFIX), 0);
  const ourFromRows = ourComparable + best(FROM_ROWS_TABLE);
  const ourFromRowsCpu = ourComparableCpu + best(FROM_ROWS_TABLE + CPU_SUFFIX);
  for (const [k, duck] of ducks.entries()) {
    const rounds = duckRounds[k] as Map<string, number[]>;
    const duckBest = (label: string): number => Math.min(...(rounds.get(label) ?? [NaN]));
    const comparable = duckBest('aggregates') + duckBest('abc') + duckBest('rfm');
    const comparableCpu = duckBest('aggregates' + CPU_SUFFIX) + duckBest('abc' + CPU_SUFFIX) + duckBest('rfm' + CPU_SUFFIX);
    const name = `duckdb threads=${duck.threads} ids=${duck.ids}`;
    console.log(`${name}: load ${duck.loadMs.toFixed(0)} ms (not counted)`);
    for (const label of ['aggregates', 'abc', 'rfm']) console.log(`${name} ${label.padEnd(10)} ${fmtWithCpu(rounds, label)}`);
    const ratio = (what: string, wall: number, cpu: number): void =>
      console.log(
        `ratio ${what} ours/duckdb(threads=${duck.threads}, ids=${duck.ids}), best rounds, aggregates + ABC + RFM: wall ${wall.toFixed(0)} / ${comparable.toFixed(0)} = ${(wall / comparable).toFixed(2)}; cpu ${cpu.toFixed(0)} / ${comparableCpu.toFixed(0)} = ${(cpu / comparableCpu).toFixed(2)}`,
      );
    // Like with like: our interned codes against DuckDB given the same codes; our interning
    // (the table build from rows) against DuckDB hashing the string ids.
    if (duck.ids === 'codes') ratio('[from the order table, same integer codes]', ourComparable, ourComparableCpu);
    else {
      ratio('[from the order table]', ourComparable, ourComparableCpu);
      ratio('[string ids end to end: from rows, table build included]', ourFromRows, ourFromRowsCpu);
    }
    duck.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
