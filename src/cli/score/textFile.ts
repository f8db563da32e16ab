/**
 * Text written to a file piece by piece: each piece is encoded straight into a buffer of a few
 * megabytes, written out when full, so a report of hundreds of megabytes is never one string, nor
 * a joined string, nor its UTF-8 copy.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export const FLUSH_BYTES = 1 << 22;

export interface TextFile {
  /** Appends text; written out once the buffer is full. */
  out(text: string): void;
}

function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
}

/** Opens `path` for writing, runs `write` with a TextFile on it, writes what is left and closes it. */
export function writeTextFile(path: string, write: (file: TextFile) => void, flushBytes = FLUSH_BYTES): void {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(flushBytes);
    let used = 0;
    write({
      out(text) {
        // A UTF-16 unit takes at most 3 bytes of UTF-8 (a pair, 4 for 2).
        if (text.length * 3 > flushBytes - used) {
          writeAll(fd, buffer, used);
          used = 0;
          if (text.length * 3 > flushBytes) {
            const bytes = Buffer.from(text, 'utf8');
            writeAll(fd, bytes, bytes.length);
            return;
          }
        }
        used += buffer.write(text, used, 'utf8');
      },
    });
    writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}
