/**
 * Every Excel.run entry point on 100,000- and 1,000,000-order books (orders / 10 customers, a
 * contact list of orders / 20 rows), through the simulator with Excel on the web's 5 MB caps on.
 * Per entry point: syncs, largest request and response, total bytes, wall and CPU time (the
 * process's user + system: adapter, client library and emulated host); the targets are no
 * sync over 5 MB and syncs <= total bytes / 4.5 MB + 10. Table in docs/benchmarks.md.
 * Run: npx tsx bench/entryPoints.bench.ts [orders ...]   (default 100000; `npm run bench -- --heavy` adds 1000000).
 * A missed target is printed ("NOT met") and counted at the end; the exit code stays 0 (scripts/bench.mjs).
 */
// Microsoft's client library in front of the emulated host, as in jest (test/support/officeJs.ts).
import '../test/support/officeJs';
import { loadavg } from 'node:os';
import { entryPointBook, MAX_SYNC_BYTES, sweepEntryPoints, type EntryPointRow } from '../test/excel/entryPoints';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const MB = 1_000_000;

function line(orders: number, r: EntryPointRow): string {
  const met = r.maxRequestBytes <= MAX_SYNC_BYTES && r.maxResponseBytes <= MAX_SYNC_BYTES && r.syncs <= r.syncTarget;
  return `| ${orders.toLocaleString('en-US')} | ${r.entryPoint} | ${r.syncs} | ${r.syncTarget.toFixed(1)} | ${(r.maxRequestBytes / MB).toFixed(2)} | ${(r.maxResponseBytes / MB).toFixed(2)} | ${(r.totalBytes / MB).toFixed(1)} | ${(r.ms / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${met ? 'met' : 'NOT met'} |`;
}

async function main(): Promise<void> {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('| orders | entry point | syncs | target | max request MB | max response MB | total MB | wall s | CPU s | limits |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
  let missed = 0;
  for (const orders of sizes.length ? sizes : [100_000]) {
    const sim = entryPointBook(orders);
    await sweepEntryPoints(sim, (row) => {
      const text = line(orders, row);
      if (text.endsWith('NOT met |')) missed++;
      console.log(text);
    });
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`targets: ${missed === 0 ? 'all met' : `${missed} NOT met`}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
