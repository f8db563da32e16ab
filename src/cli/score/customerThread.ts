/**
 * The customer thread: a worker thread that writes the --csv file and the JSON report's customers
 * (customerFiles.ts) while the main thread writes OUT.xlsx and the rest of the report, so the
 * machine's second core makes those bytes (docs/benchmarks.md, "Eighth session: the outputs side by side"). It gets a copy
 * of the customer rows' data when it starts (CustomerRowsSource: typed arrays and strings, no
 * object per customer) and one message per file. A failure there (a file that cannot be written,
 * an error, the thread ending) fails the file's promise with the reason, never leaves it waiting.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CustomerRowsSource } from './customerRows';

/** What the main thread asks: the CSV at `path`, or the customers array into the report at `path` from `position`. */
export type CustomerJob = { kind: 'csv'; path: string } | { kind: 'json'; path: string; position: number } | { kind: 'no-json' };

/** The thread's answer: written (`bytes`: the customers array's length), or why not (`code`: the file system's, as ENOENT). */
export type CustomerReply = { kind: 'csv' | 'json'; ok: true; bytes: number } | { kind: 'csv' | 'json'; ok: false; message: string; code: string | null };

/** The worker's file, bundled beside the compiled command (scripts/cliBuild.cjs). */
export const CUSTOMER_WORKER_FILE = 'customerWorker.cjs';

/**
 * The compiled worker beside the running compiled command, or null: when the command runs from its
 * sources (tsx, a test in process) there is none, and the main thread writes these files itself.
 * TIERS_CUSTOMER_THREAD=0 also keeps them on the main thread.
 */
export function customerWorkerFile(dir: string = __dirname): string | null {
  if (process.env.TIERS_CUSTOMER_THREAD === '0') return null;
  const file = join(dir, CUSTOMER_WORKER_FILE);
  return existsSync(file) ? file : null;
}

export class CustomerThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<CustomerReply['kind'], { resolve: (bytes: number) => void; reject: (error: Error) => void }>();
  private failure: Error | null = null;
  private stopping = false;

  /** `jsonFirst`: the report's customers will be asked for, and are written before the CSV (customerWorker.ts). */
  constructor(file: string, source: CustomerRowsSource, jsonFirst = false) {
    // Only the customer rows' data is copied (not the scored workbook's orders or studies).
    const rows: CustomerRowsSource = {
      result: { columns: source.result.columns, valueBasis: source.result.valueBasis },
      predictive: source.predictive,
      predictiveRow: source.predictiveRow,
      language: source.language,
      tierNames: source.tierNames,
    };
    this.worker = new Worker(file, { workerData: { source: rows, jsonFirst } });
    this.worker.on('message', (reply: CustomerReply) => {
      const waiting = this.waiting.get(reply.kind);
      this.waiting.delete(reply.kind);
      if (reply.ok) waiting?.resolve(reply.bytes);
      else waiting?.reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    this.worker.on('error', (error: Error) => this.fail(new Error(`The thread writing the customers failed: ${error.message}`)));
    this.worker.on('exit', (code) => {
      if (!this.stopping) this.fail(new Error(`The thread writing the customers stopped (exit code ${code}) before its files were written.`));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }

  private jsonAsked = false;

  private ask(job: Exclude<CustomerJob, { kind: 'no-json' }>): Promise<number> {
    if (job.kind === 'json') this.jsonAsked = true;
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiting.has(job.kind)) return Promise.reject(new Error(`The ${job.kind} of the customers is being written already.`));
    return new Promise((resolve, reject) => {
      this.waiting.set(job.kind, { resolve, reject });
      this.worker.postMessage(job);
    });
  }

  /** Writes the --csv file at `path` (customerFiles.ts, writeCustomersCsv). */
  async csv(path: string): Promise<void> {
    await this.ask({ kind: 'csv', path });
  }

  /** Writes the report's customers array into the file at `path` from `position`; resolves to its length in bytes. */
  json(path: string, position: number): Promise<number> {
    return this.ask({ kind: 'json', path, position });
  }

  /** The report's writer ended (written, or failed before it asked for the customers): a CSV waiting for the customers goes on. */
  jsonEnded(): void {
    if (!this.jsonAsked && !this.failure) this.worker.postMessage({ kind: 'no-json' } satisfies CustomerJob);
    this.jsonAsked = true;
  }

  /** Ends the thread (what it was asked is settled by then, or is failed now). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.fail(new Error('The thread writing the customers was stopped.'));
    await this.worker.terminate();
  }
}
