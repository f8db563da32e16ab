/**
 * Text written to a file piece by piece: each piece is encoded straight into a buffer of a few
 * megabytes (JsonBytes, which also writes the report's flat rows as bytes), handed to the file's
 * write queue when full (written on libuv's thread pool while the next buffer fills,
 * src/cli/fileQueue.ts), so a report of hundreds of megabytes is never one string, nor a joined
 * string, nor its UTF-8 copy.
 */
import { FileQueue } from '../fileQueue';
import { JsonBytes } from './jsonBytes';

export const FLUSH_BYTES = 1 << 22;

/**
 * Bytes made between two turns of the event loop: OUT.xlsx is written at the same time
 * (commands/score.ts, writeOutputs), and its deflate and file writes go on only when their
 * callbacks get a turn of the main thread.
 */
export const TURN_BYTES = 1 << 20;

/** A turn of the event loop (other writers' callbacks run). */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface TextFile {
  /** Appends text; handed to the write queue once the buffer is full. */
  out(text: string): void;
  /** Where bytes may be written directly (between pieces of text). */
  bytes: JsonBytes;
  /** Hands a full buffer over; then null when writing may go on, or a promise to wait for first (the write queue is full). Called between pieces. */
  ready(): Promise<void> | null;
  /**
   * The next bytes written by someone else (a worker thread, customerThread.ts) into the same file
   * at `position`; `write` resolves to how many it wrote, and this file's text goes on after them.
   */
  elsewhere(write: (path: string, position: number) => Promise<number>): Promise<void>;
}

/** Where a text file's bytes go: from `position` (0) of the file opened with `flags` ('w': made empty; 'r+': as it is, for a part of a file another writer writes). */
export interface TextFileAt {
  flags?: 'w' | 'r+';
  position?: number;
}

/** Opens `path` for writing, runs `write` with a TextFile on it, writes what is left and closes it; resolves to the number of bytes written. */
export async function writeTextFile(path: string, write: (file: TextFile) => Promise<void> | void, flushBytes = FLUSH_BYTES, at: TextFileAt = {}): Promise<number> {
  const file = await FileQueue.opened(path, at.flags);
  const start = at.position ?? 0;
  const size = flushBytes + (flushBytes >> 2);
  const bytes = new JsonBytes(flushBytes);
  let position = start;
  // Buffers whose bytes are written, to fill again (a handed buffer is the queue's until then).
  const free: Buffer[] = [];
  const hand = (full: Buffer): void => {
    // Only a buffer of its own, as JsonBytes allocates it, is filled again (never a slice of Node's shared pool).
    const whole = full.byteOffset === 0 && full.buffer.byteLength === size ? Buffer.from(full.buffer) : null;
    file.write(full, position, false, whole ? () => free.push(whole) : undefined);
    position += full.length;
  };
  let finished = false;
  let turned = start;
  try {
    await write({
      out(text) {
        bytes.utf8(text);
        if (bytes.full) hand(bytes.take(free.pop()));
      },
      bytes,
      ready() {
        if (bytes.full) hand(bytes.take(free.pop()));
        const wait = file.ready();
        if (wait || position + bytes.length - turned < TURN_BYTES) return wait;
        turned = position + bytes.length;
        return turn();
      },
      async elsewhere(other) {
        hand(bytes.take(free.pop()));
        position += await other(path, position);
        turned = position;
      },
    });
    hand(bytes.finish());
    finished = true;
  } finally {
    // A failed write's own error is the one reported, not the close's.
    if (finished) await file.close();
    else await file.close().catch(() => undefined);
  }
  return position - start;
}
