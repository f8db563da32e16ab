/**
 * A file written on libuv's thread pool: each write names its position and is handed over at
 * once, so the main thread goes on making the next bytes while the kernel copies these (a
 * million-line run writes about 470 MB; as writeSync calls that was over half a second of the
 * main thread, docs/benchmarks.md, "Seventh session: the outputs"). Bytes handed over must not
 * change until `close` resolves (each caller hands over buffers it never writes again).
 */
import { close, open, write } from 'node:fs';

/** Bytes being written before a producer that asks (`ready`) waits for them. */
export const QUEUE_BYTES = 16 << 20;

export class FileQueue {
  private queued = 0;
  private pending = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  private constructor(private readonly fd: number) {}

  /** `flags` 'w' makes the file empty (or new); 'r+' writes into it as it is (a part of a file another writer writes). */
  static opened(path: string, flags: 'w' | 'r+' = 'w'): Promise<FileQueue> {
    return new Promise((resolve, reject) => open(path, flags, (error, fd) => (error ? reject(error) : resolve(new FileQueue(fd)))));
  }

  /**
   * Writes `bytes` at `position`; `written` is called once they are (their buffer may be used
   * again). `held`: bytes kept in memory anyway (a view of the input), not counted against QUEUE_BYTES.
   */
  write(bytes: Uint8Array, position: number, held = false, written?: () => void): void {
    if (bytes.length === 0) {
      written?.();
      return;
    }
    const counted = held ? 0 : bytes.length;
    this.queued += counted;
    this.pending++;
    const step = (from: number): void => {
      write(this.fd, bytes, from, bytes.length - from, position + from, (error, count) => {
        if (!error && from + count < bytes.length) return step(from + count);
        if (error && !this.failure) this.failure = error;
        this.queued -= counted;
        this.pending--;
        written?.();
        const wake = this.wake;
        this.wake = null;
        wake?.();
      });
    };
    step(0);
  }

  /** Null when the producer may go on; otherwise resolves once the queued bytes are under QUEUE_BYTES (or a write failed). */
  ready(): Promise<void> | null {
    if (this.failure) return Promise.reject(this.failure);
    if (this.queued <= QUEUE_BYTES) return null;
    return this.until(() => this.queued <= QUEUE_BYTES);
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done() && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }

  /** Waits for every write, then closes the file; throws the first write's error. */
  async close(): Promise<void> {
    try {
      await this.until(() => this.pending === 0);
    } finally {
      await this.untilIdleAfterFailure();
      await new Promise<void>((resolve, reject) => close(this.fd, (error) => (error ? reject(error) : resolve())));
    }
  }

  /** After a failure, the other writes still running finish before the file is closed. */
  private async untilIdleAfterFailure(): Promise<void> {
    while (this.pending > 0) await new Promise<void>((resolve) => (this.wake = resolve));
  }
}
