/**
 * DuckDB's chunks handed to JavaScript are freed only when V8 collects their wrappers (the
 * binding frees a chunk in its finalizer; it has no call to free one sooner). V8 collects them
 * when its young generation fills, which the order reader's few allocations take tens of chunks
 * to do: by then DuckDB's allocator has handed out fresh memory for each new chunk, and on this
 * kind of machine memory touched for the first time is what costs (a page fault per 4 KB: about
 * 40,000 per million CSV lines). A young-generation collection every few chunks frees each chunk
 * soon after it was read, and DuckDB reuses its memory for the next ones. Measured in
 * docs/benchmarks.md ("Ninth session: the CSV read's fresh memory").
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'minor' | 'major' }) => void;

let collector: Gc | null | undefined;

/**
 * V8's collection function: the one `--expose-gc` gives when node was started with it, else one
 * from a fresh context made while the flag is set (and the flag cleared again, so no other
 * context gets it). Null when neither works: the read then runs without early collections.
 */
function gcFunction(): Gc | null {
  if (collector !== undefined) return collector;
  const given = (globalThis as { gc?: unknown }).gc;
  if (typeof given === 'function') return (collector = given as Gc);
  try {
    setFlagsFromString('--expose-gc');
    const made = runInNewContext('gc') as unknown;
    collector = typeof made === 'function' ? (made as Gc) : null;
  } catch {
    collector = null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collector;
}

/** Chunks read between two young-generation collections (2,048 lines each; 8 measured best with 4 and 16). */
export const CHUNKS_PER_COLLECTION = 8;

/**
 * A function to call once per chunk fetched: every `every` calls it runs a young-generation
 * collection, which frees the chunks no longer referenced.
 */
export function chunkReleaser(every = CHUNKS_PER_COLLECTION): () => void {
  const gc = gcFunction();
  if (gc === null) return () => undefined;
  let count = 0;
  return () => {
    if (++count % every === 0) gc({ type: 'minor' });
  };
}
