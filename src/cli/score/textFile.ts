/**
 * Text written to a file piece by piece: pieces are gathered up to a few million characters and
 * written together, so a report of hundreds of megabytes is never one string (nor its UTF-8 copy).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export const FLUSH_CHARS = 1 << 22;

export interface TextFile {
  /** Appends text; written out once the gathered pieces reach the flush size. */
  out(text: string): void;
}

/** Opens `path` for writing, runs `write` with a TextFile on it, writes what is left and closes it. */
export function writeTextFile(path: string, write: (file: TextFile) => void, flushChars = FLUSH_CHARS): void {
  const fd = openSync(path, 'w');
  try {
    let parts: string[] = [];
    let size = 0;
    write({
      out(text) {
        parts.push(text);
        size += text.length;
        if (size >= flushChars) {
          writeSync(fd, parts.join(''));
          parts = [];
          size = 0;
        }
      },
    });
    if (parts.length > 0) writeSync(fd, parts.join(''));
  } finally {
    closeSync(fd);
  }
}
