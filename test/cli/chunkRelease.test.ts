/**
 * chunkRelease.ts: DuckDB's chunks are freed when V8 collects their wrappers; the releaser must run
 * a young-generation collection every `every` chunks (seen through Node's own record of each
 * collection, PerformanceObserver 'gc'), and must leave no other context with `gc`.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { chunkReleaser } from '../../src/cli/orders/chunkRelease';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('chunkReleaser', () => {
  it('runs a young-generation collection on every `every`-th call, and none on the calls between', async () => {
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) kinds.push((entry as unknown as { detail: { kind: number } }).detail.kind);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      const release = chunkReleaser(4);
      const minors = (): number => kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MINOR).length;
      await settle();
      const before = minors();
      for (let k = 0; k < 3; k++) release();
      await settle();
      expect(minors()).toBe(before);
      release();
      await settle();
      expect(minors()).toBe(before + 1);
      for (let k = 0; k < 8; k++) release();
      await settle();
      expect(minors()).toBe(before + 3);
    } finally {
      observer.disconnect();
    }
  });

  it('leaves --expose-gc cleared: a new context has no gc', () => {
    chunkReleaser();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
