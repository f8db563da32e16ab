import { createCipheriv } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileQueue, QUEUE_BYTES } from '../../src/cli/fileQueue';

describe('FileQueue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiers-queue-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts every write at its position, whatever order they finish in, waiting when too much is queued', async () => {
    let seed = 3;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    // Bytes that never repeat in step with a piece (a misplaced piece shows): an AES-CTR key stream,
    // fixed by its key, made natively (the same loop over 50 MB in JavaScript took seconds of CPU).
    const expected = createCipheriv('aes-128-ctr', Buffer.alloc(16, 3), Buffer.alloc(16)).update(Buffer.alloc(3 * QUEUE_BYTES + 12_345));
    const pieces: [number, number][] = [];
    for (let at = 0; at < expected.length;) {
      const n = Math.min(expected.length - at, 1 + Math.floor(random() * 3_000_000));
      pieces.push([at, n]);
      at += n;
    }
    // Out of order: the last piece first, then the rest.
    pieces.unshift(pieces.pop() as [number, number]);
    const path = join(dir, 'out.bin');
    const file = await FileQueue.opened(path);
    let waits = 0;
    const done: number[] = [];
    for (const [at, n] of pieces) {
      file.write(Buffer.from(expected.subarray(at, at + n)), at, false, () => done.push(at));
      const wait = file.ready();
      if (wait) {
        waits++;
        await wait;
      }
    }
    await file.close();
    expect(readFileSync(path).equals(expected)).toBe(true);
    expect(done.length).toBe(pieces.length);
    expect(waits).toBeGreaterThan(0);
  });

  it('rejects a file it cannot open', async () => {
    await expect(FileQueue.opened(join(dir, 'no such dir', 'x.bin'))).rejects.toThrow();
  });
});
