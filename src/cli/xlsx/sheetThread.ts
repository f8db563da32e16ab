/**
 * The sheet thread: a worker thread that inflates and scans the order sheet's XML while the main
 * thread reads the other sheets and pushes the rows already scanned into the order reader, so the
 * read uses the machine's second core (docs/benchmarks.md, "Ninth session: the .xlsx read on two
 * threads"). The package's bytes are in shared memory (`sharedFileBytes`), so the thread reads the
 * part where it lies, and the rows come back as batches of typed arrays, transferred
 * (cellBatches.ts). The thread runs at most `ahead` batches ahead of the main thread. A failure
 * there fails the read with the reason: a damaged part as the main thread's own scan would
 * report it, an error in the thread or its early end as a SheetThreadError.
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CellValue } from '../../domain/model';
import { batchBuffers, emptyBatch, replayBatch, type CellBatch } from './cellBatches';
import type { SharedTexts } from './sheetScanner';
import type { ZipEntry } from './zipEntries';

/** What the thread is given: the package's bytes (shared) and the part to scan. */
export interface SheetJob {
  buffer: SharedArrayBuffer;
  byteOffset: number;
  byteLength: number;
  entry: ZipEntry;
  /** Texts in the workbook's shared string table (the thread reads indexes, the main thread the texts). */
  sharedSize: number;
  /** Empty batches to fill (transferred): as many as the thread may fill before the main thread has taken one. */
  batches: CellBatch[];
}

/** The thread's messages: a batch of rows, the end of the sheet (`rows`: the last row's number), or why it failed. */
export type SheetReply = { kind: 'batch'; batch: CellBatch } | { kind: 'end'; rows: number } | { kind: 'error'; message: string };

/** The worker's file, bundled beside the compiled command (scripts/cliBuild.cjs). */
export const SHEET_WORKER_FILE = 'sheetWorker.cjs';

/** Batches the thread may run ahead, about 0.9 MB each (cellBatches.ts): allocated by the main thread, handed back and forth. */
export const BATCHES_AHEAD = 32;

/**
 * The compiled worker beside the running compiled command, or null: when the command runs from its
 * sources (tsx, a test in process) there is none, and the main thread scans the sheet itself.
 * TIERS_SHEET_THREAD=0 also keeps the scan on the main thread.
 */
export function sheetWorkerFile(dir: string = __dirname): string | null {
  if (process.env.TIERS_SHEET_THREAD === '0') return null;
  const file = join(dir, SHEET_WORKER_FILE);
  return existsSync(file) ? file : null;
}

/** The file's bytes in shared memory, for a sheet thread to read without a copy. */
export async function sharedFileBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.from(new SharedArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/** The thread itself failed (an error in it, or it ended early): not a fault of the workbook. */
export class SheetThreadError extends Error {}

export class SheetThread {
  private readonly worker: Worker;
  private readonly queue: CellBatch[] = [];
  private taken = 0;
  private lastRow: number | null = null;
  private failure: Error | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  /** Starts scanning `entry` of the package `bytes` (shared memory: sharedFileBytes), the part of sheet `sheet`. */
  constructor(file: string, bytes: Buffer, entry: ZipEntry, sheet: string, sharedSize: number, ahead = BATCHES_AHEAD) {
    if (!(bytes.buffer instanceof SharedArrayBuffer)) throw new Error('the package is not in shared memory');
    const batches = Array.from({ length: Math.max(1, ahead) }, () => emptyBatch());
    const job: SheetJob = { buffer: bytes.buffer, byteOffset: bytes.byteOffset, byteLength: bytes.byteLength, entry, sharedSize, batches };
    this.worker = new Worker(file, { workerData: job, transferList: batches.flatMap(batchBuffers) });
    this.worker.on('message', (reply: SheetReply) => {
      if (reply.kind === 'batch') this.queue.push(reply.batch);
      else if (reply.kind === 'end') this.lastRow = reply.rows;
      else this.fail(new Error(reply.message));
      this.notify();
    });
    this.worker.on('error', (error: Error) => this.fail(new SheetThreadError(`The thread reading sheet "${sheet}" failed: ${error.message}`)));
    this.worker.on('exit', (code) => {
      if (!this.stopping && this.lastRow === null) this.fail(new SheetThreadError(`The thread reading sheet "${sheet}" stopped (exit code ${code}) before the sheet was read.`));
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }

  /**
   * Every row of the sheet to `sink`, in order, through one reused array (ScanOptions.reuseRow),
   * shared-string cells resolved by `shared`; `onProgress` about every `every` rows. Resolves to
   * the last row's number once the sheet is read; rejects with the thread's failure.
   */
  async replay(shared: SharedTexts, sink: (r: number, cells: CellValue[]) => void, onProgress?: (rows: number) => void, every = 100_000): Promise<number> {
    const row: CellValue[] = [];
    let next = every;
    for (;;) {
      if (this.failure) throw this.failure;
      const batch = this.queue[this.taken];
      if (batch !== undefined) {
        this.queue[this.taken++] = undefined as unknown as CellBatch;
        if (this.taken > 1024) {
          this.queue.splice(0, this.taken);
          this.taken = 0;
        }
        const last = replayBatch(batch, shared, sink, row);
        batch.texts = [];
        this.worker.postMessage(batch, batchBuffers(batch));
        if (last >= next) {
          onProgress?.(last);
          while (next <= last) next += every;
        }
        continue;
      }
      if (this.lastRow !== null) return this.lastRow;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Ends the thread (done or not). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}
