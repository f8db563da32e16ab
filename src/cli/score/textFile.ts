/**
 * Text written to a file piece by piece: each piece is encoded straight into a buffer of a few
 * megabytes, handed to the file's write queue when full (written on libuv's thread pool while the
 * next buffer fills, src/cli/fileQueue.ts), so a report of hundreds of megabytes is never one
 * string, nor a joined string, nor its UTF-8 copy.
 */
import { FileQueue } from '../fileQueue';

export const FLUSH_BYTES = 1 << 22;

export interface TextFile {
  /** Appends text; handed to the write queue once the buffer is full. */
  out(text: string): void;
  /** Null when writing may go on; otherwise a promise to wait for before more text (the write queue is full). */
  ready(): Promise<void> | null;
}

/** Opens `path` for writing, runs `write` with a TextFile on it, writes what is left and closes it. */
export async function writeTextFile(path: string, write: (file: TextFile) => Promise<void> | void, flushBytes = FLUSH_BYTES): Promise<void> {
  const file = await FileQueue.opened(path);
  let position = 0;
  // Buffers whose bytes are written, to fill again (a handed buffer is the queue's until then).
  const free: Buffer[] = [];
  let buffer: Buffer = Buffer.allocUnsafe(flushBytes);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    const full = buffer;
    file.write(full.subarray(0, used), position, false, () => free.push(full));
    position += used;
    buffer = free.pop() ?? Buffer.allocUnsafe(flushBytes);
    used = 0;
  };
  let finished = false;
  try {
    await write({
      out(text) {
        // A UTF-16 unit takes at most 3 bytes of UTF-8 (a pair, 4 for 2).
        if (text.length * 3 > flushBytes - used) {
          flush();
          if (text.length * 3 > flushBytes) {
            const bytes = Buffer.from(text, 'utf8');
            file.write(bytes, position);
            position += bytes.length;
            return;
          }
        }
        used += buffer.write(text, used, 'utf8');
      },
      ready: () => file.ready(),
    });
    flush();
    finished = true;
  } finally {
    // A failed write's own error is the one reported, not the close's.
    if (finished) await file.close();
    else await file.close().catch(() => undefined);
  }
}
