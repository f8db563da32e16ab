/**
 * What the scored customers hold on the heap: the run's result with the customers as columns
 * (scoreCustomerColumns) and, on top of it, one object per customer (customerList, what
 * scoreCustomers returns), each measured after a full collection (heap used plus array buffers);
 * with the CPU time of each step.
 * Not part of `npm run bench` (docs/benchmarks.md, "Sixth session: per-customer results as columns").
 * Run: node --expose-gc --import tsx bench/resultHeap.ts [customers=100000] [orderRows=1000000]
 */
import { defaultScoringConfig } from '../src/domain/config';
import { scoreCustomerColumns } from '../src/domain/score';
import { customerList } from '../src/domain/scoring/customerColumns';
import { orderTableFromRows } from '../src/domain/validation/orderTable';
import { syntheticBook } from './domainSyntheticBook';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');
const collect = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers; // typed arrays' storage lies outside the heap
};
const cpu = <T>(f: () => T): { value: T; seconds: number } => {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { value, seconds: (used.user + used.system) / 1e6 };
};
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const customers = Number(process.argv[2] ?? 100_000);
const rows = Number(process.argv[3] ?? 1_000_000);
const book = syntheticBook(customers, rows);
const orderTable = orderTableFromRows(book.orders);
book.orders.length = 0;
const input = { customers: book.customers, orderTable, config: defaultScoringConfig(), asOf: book.asOf };

const before = collect();
const scored = cpu(() => scoreCustomerColumns(input));
const withColumns = collect();
const listed = cpu(() => customerList(scored.value.columns));
const withObjects = collect();
const n = scored.value.columns.length;
console.log(`${n} customers, ${rows} order rows`);
console.log(`scoreCustomerColumns: ${scored.seconds.toFixed(2)} s CPU; the result holds ${mb(withColumns - before)} (${((withColumns - before) / n).toFixed(0)} bytes per customer)`);
console.log(`customerList on top: ${listed.seconds.toFixed(2)} s CPU; the objects hold ${mb(withObjects - withColumns)} more (${((withObjects - withColumns) / n).toFixed(0)} bytes per customer)`);
if (listed.value.length !== n) throw new Error('customerList length');
