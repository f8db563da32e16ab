/**
 * The customer thread's entry (customerThread.ts; bundled by scripts/cliBuild.cjs beside the
 * command as .cache/cli/customerWorker.cjs): given a copy of the customer rows' data, it writes
 * what the main thread asks for (the --csv file, the JSON report's customers at their place in
 * the report) and says when each is written, or why it failed.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCustomersCsv, writeCustomersJsonAt } from './customerFiles';
import type { CustomerJob, CustomerReply } from './customerThread';
import type { CustomerRowsSource } from './customerRows';

/**
 * This thread runs a little behind the main thread and zlib's (nice 5 on Linux, where a thread's
 * priority is its own): OUT.xlsx waits on its deflate, nothing waits on the CSV, so when the second
 * core is short the deflate gets it first (docs/benchmarks.md, "Eighth session: the outputs side by side").
 */
export const THREAD_NICE = 5;
try {
  if (process.platform === 'linux') setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), THREAD_NICE);
} catch {
  // Not allowed or not Linux: the thread runs at the process's priority.
}

const port = parentPort;
const { source, jsonFirst } = workerData as { source: CustomerRowsSource; jsonFirst: boolean };

/**
 * Settled once the report's customers are written (or failed): when the report is asked for, the
 * CSV waits for it, since the main thread writes the rest of the report only after the customers
 * while nothing waits on the CSV.
 */
let jsonDone: Promise<unknown> = Promise.resolve();
let markJsonDone: () => void = () => undefined;
if (jsonFirst) jsonDone = new Promise<void>((resolve) => (markJsonDone = resolve));

async function run(job: Exclude<CustomerJob, { kind: 'no-json' }>): Promise<CustomerReply> {
  try {
    if (job.kind === 'csv') {
      await writeCustomersCsv(job.path, source);
      return { kind: 'csv', ok: true, bytes: 0 };
    }
    return { kind: 'json', ok: true, bytes: await writeCustomersJsonAt(job.path, job.position, source) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { kind: job.kind, ok: false, message: e instanceof Error ? e.message : String(error), code: typeof e?.code === 'string' ? e.code : null };
  }
}

port?.on('message', (job: CustomerJob) => {
  if (job.kind === 'no-json') return markJsonDone();
  const start = job.kind === 'csv' ? jsonDone : Promise.resolve();
  void start
    .then(() => run(job))
    .then((reply) => {
      port.postMessage(reply);
      if (job.kind === 'json') markJsonDone();
    });
});
