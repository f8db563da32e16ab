/**
 * The predictive fit (BG/NBD + Gamma-Gamma) on the machine's second core while the main thread
 * scores: the fit reads only the order table and the analysis date, never the scores
 * (docs/cli.md, "The predictive fit's thread"). A worker thread runs the compiled command's own
 * file (scripts/cliBuild.cjs) and is sent copies of the five order columns the fit reads; it sends
 * back the fitted customers as columns. Where the command runs from its TypeScript sources (tsx,
 * jest) there is no compiled file to start, and the fit runs in this thread: the same code either
 * way (fitPredictiveColumnsOfTable), so the same figures.
 */
import { Worker, parentPort } from 'node:worker_threads';
import { fitPredictiveColumnsOfTable, type PredictiveClvColumns, type TableFitOptions } from '../../domain/clv/predictive/predictive';
import type { SummaryTable } from '../../domain/clv/predictive/summary';
import type { OrderTable } from '../../domain/model';

/** The fit with its customers as columns: row k is the order table's customer code `customerCodes[k]`. */
export type ColumnsFit = PredictiveClvColumns & { customerCodes: Int32Array };

interface FitJob {
  table: SummaryTable;
  customerCount: number;
  options: TableFitOptions;
}

type FitAnswer = { ok: true; fit: ColumnsFit } | { ok: false; message: string };

/** The fit in this thread. */
export function fitHere(table: OrderTable, options: TableFitOptions): ColumnsFit {
  return fitPredictiveColumnsOfTable(table, table.customerIds.length, options);
}

/** A fit started now and awaited later. */
export interface PendingFit {
  result: Promise<ColumnsFit>;
}

/**
 * A thread waiting for one fit, started before the order sheet is read so that it has loaded the
 * compiled file by the time the orders are in; null when the command does not run compiled.
 */
export class FitThread {
  /** Set when the thread failed or ended before it answered (it may fail while it loads, before any job). */
  private ended: Error | null = null;
  private readonly waiting: ((error: Error) => void)[] = [];

  private constructor(private readonly worker: Worker) {
    // Waiting for a job must not keep the process alive (a run that refuses its input ends without one).
    worker.unref();
    const end = (error: Error): void => {
      this.ended ??= error;
      for (const reject of this.waiting.splice(0)) reject(this.ended);
    };
    worker.on('error', end);
    // A thread that ends without answering must not leave the run waiting (after an answer this rejects nothing).
    worker.on('exit', (code) => end(new Error(`The predictive fit's thread ended (code ${code}) without an answer`)));
  }

  /** `file`: the compiled command (this module's own file when it runs compiled). */
  static start(file: string = __filename): FitThread | null {
    if (!file.endsWith('.cjs')) return null;
    try {
      return new FitThread(new Worker(`require(${JSON.stringify(file)}).fitThreadMain();`, { eval: true }));
    } catch {
      return null;
    }
  }

  /**
   * Sends copies of the columns the fit reads (the table stays the main thread's) and resolves
   * with the fit; the thread ends after it. A thread that fails or ends without answering rejects
   * (scoreGridsFitApart then fits in its own thread).
   */
  fit(table: OrderTable, options: TableFitOptions): PendingFit {
    const profit = options.value === 'profit' ? table.profit.slice() : new Float64Array(0);
    const job: FitJob = {
      table: { length: table.length, orderDate: table.orderDate.slice(), customer: table.customer.slice(), amount: table.amount.slice(), quantity: table.quantity.slice(), profit },
      customerCount: table.customerIds.length,
      options,
    };
    const { worker } = this;
    if (this.ended) return { result: Promise.reject(this.ended) };
    worker.ref();
    const result = new Promise<ColumnsFit>((resolve, reject) => {
      this.waiting.push(reject);
      worker.once('message', (answer: FitAnswer) => {
        void worker.terminate();
        if (answer.ok) resolve(answer.fit);
        else reject(new Error(`The predictive fit's thread failed: ${answer.message}`));
      });
    });
    worker.postMessage(job, buffersOf([job.table.orderDate, job.table.customer, job.table.amount, job.table.quantity, profit]));
    return { result };
  }

  /** Ends a thread that was given no job. */
  stop(): void {
    void this.worker.terminate();
  }
}

/** The buffers of arrays this module made (never shared ones): moved to the other thread, not copied. */
function buffersOf(arrays: readonly (Float64Array | Int32Array | Uint8Array)[]): ArrayBuffer[] {
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The thread's side: one job, one answer (src/cli/main.ts's fitThreadMain runs it). */
export function serveFit(): void {
  const port = parentPort;
  if (!port) throw new Error('serveFit runs in the fit thread only');
  port.once('message', (job: FitJob) => {
    let answer: FitAnswer;
    try {
      answer = { ok: true, fit: fitPredictiveColumnsOfTable(job.table, job.customerCount, job.options) };
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
    const c = answer.fit.customers;
    port.postMessage(answer, buffersOf([c.x, c.tx, c.T, c.zbar, c.pAlive, c.expectedPurchases, c.expectedAverageValue, c.predictedClv, c.likelyChurning, answer.fit.customerCodes]));
  });
}
