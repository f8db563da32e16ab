/**
 * The sheet thread's entry (sheetThread.ts; bundled by scripts/cliBuild.cjs beside the command as
 * .cache/cli/sheetWorker.cjs): inflates and scans one worksheet part of the package the main
 * thread read into shared memory, and posts its rows in batches (cellBatches.ts). The batches'
 * memory is the main thread's: it hands the thread empty batches at the start and each batch back
 * once its rows are taken; the thread waits for one before it scans the next piece of the part,
 * so it runs at most that many batches ahead. A failure is posted as its message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchBuffers, CellBatchWriter, emptyBatch, SharedIndexes, type CellBatch } from './cellBatches';
import { SheetScanner } from './sheetScanner';
import type { SheetJob, SheetReply } from './sheetThread';
import { entryStream } from './zipEntries';

const port = parentPort;
const job = workerData as SheetJob;
const free: CellBatch[] = [...job.batches];
let wake: (() => void) | null = null;

port?.on('message', (batch: CellBatch) => {
  free.push(batch);
  wake?.();
  wake = null;
});

const post = (reply: SheetReply, transfer: ArrayBuffer[] = []): void => port?.postMessage(reply, transfer);

async function scan(): Promise<void> {
  const bytes = Buffer.from(job.buffer, job.byteOffset, job.byteLength);
  const refs = new SharedIndexes(job.sharedSize);
  // A piece of very short rows may fill more batches than are free: a fresh one then (rare).
  const writer = new CellBatchWriter(
    refs,
    () => free.pop() ?? emptyBatch(),
    (batch) => post({ kind: 'batch', batch }, batchBuffers(batch)),
  );
  const scanner = new SheetScanner(refs, (r, cells) => writer.add(r, cells), { reuseRow: true });
  for await (const chunk of entryStream(bytes, job.entry)) {
    while (free.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    scanner.push(chunk as Buffer);
  }
  scanner.finish();
  writer.flush();
  post({ kind: 'end', rows: scanner.rowCount });
}

scan().catch((error: unknown) => post({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
