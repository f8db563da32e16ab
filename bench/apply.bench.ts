/**
 * Apply after a preview on a large book, through the pane's controller over the real port on the
 * emulated host (scoring engine in-thread): the first Run, then Apply of a previewed weight change.
 * Reports each one's time, syncs, bytes, the order-sheet rows read and the syncs that read them. Table in docs/benchmarks.md.
 * Run: npx tsx bench/apply.bench.ts [customers=100000] [orders=1000000]
 */
import '../test/support/officeJs';
import { installDom } from '../test/taskpane/support/paneHarness';
import { applyBench, applyDraft, runThenPreview, type ApplyMeasure } from '../test/taskpane/support/applyRun';

const customers = Number(process.argv[2] ?? 100_000);
const orders = Number(process.argv[3] ?? 1_000_000);

const line = (label: string, m: ApplyMeasure): string =>
  `| ${label} | ${(m.ms / 1000).toFixed(2)} | ${m.syncs} | ${(m.bytes / 1_000_000).toFixed(1)} | ${m.orderRowsRead.toLocaleString('en-US')} | ${m.orderSyncs} | ${m.phases ? [m.phases.readingMs, m.phases.scoringMs, m.phases.writingMs].map((ms) => (ms / 1000).toFixed(1)).join(' / ') : 'n/a'} |`;

async function main(): Promise<void> {
  await installDom();
  const bench = await applyBench(customers, orders);
  console.log(`${customers.toLocaleString('en-US')} customers, ${orders.toLocaleString('en-US')} orders`);
  console.log('| step | s | syncs | MB | order rows read | syncs reading orders | read / score / write s |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  console.log(line('Run, then preview', await bench.measure(() => runThenPreview(bench))));
  console.log(line('Apply', await bench.measure(() => applyDraft(bench))));
  bench.dispose();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
