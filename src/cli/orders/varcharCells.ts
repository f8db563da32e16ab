/**
 * The texts of a DuckDB VARCHAR vector as cells, read from the vector's own bytes. DuckDB stores
 * each text of a vector as 16 bytes: its length in bytes (32 bits), then, for a text of at most
 * 12 bytes, the bytes themselves padded with zeros (longer texts hold a prefix and a pointer).
 * Those 16 bytes say which short text a cell holds, so a short text seen before is not decoded
 * again: a small cache per column maps them to the string made the first time. Ids and product
 * names repeat on many lines; each repeat then costs four word compares instead of DuckDB's
 * `getItem` (a BigInt validity test, a TextDecoder call and a fresh string per cell), and hands
 * the order table the very string it interned, which it compares by identity. A column whose
 * texts seldom repeat falls back to a cache of one text (`judge`). Measured in docs/benchmarks.md ("Seventh session: the
 * CSV path").
 */
import type { DuckDBVector } from '@duckdb/node-api';
import type { CellValue } from '../../domain/model';

/** DuckDBTypeId.VARCHAR (the enum is not loaded before DuckDB is: a workbook run never loads it). */
export const VARCHAR = 17;

/** Bytes DuckDB keeps inside a text's 16-byte entry (its `string_t` inline length). */
const INLINE_BYTES = 12;
/** Entries of the cache per column: a direct-mapped table, so at most this many strings are kept alive. */
const CACHE_BITS = 16;

/** Short texts looked up between two judgements of the cache's use (`judge`). */
const JUDGED_AFTER = 1 << 16;

const utf8 = new TextDecoder();

/** A 32-bit mix of a text's four words (length and inline bytes). */
function slotOf(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ w1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ w2, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ w3, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** String.fromCharCode over a typed array's bytes (typed `number | undefined` as indexed; decodeShort reads within the entry). */
const char = String.fromCharCode as (...codes: (number | undefined)[]) => string;

/**
 * The short text in `bytes` (at most 12 bytes): ASCII made directly, in one call (a string built
 * character by character makes a fresh string per character below 13: V8 copies short
 * concatenations), anything else through UTF-8 decoding.
 */
function decodeShort(b: Uint8Array, f: number, length: number, ascii: boolean): string {
  if (!ascii) return utf8.decode(b.subarray(f, f + length));
  switch (length) {
    case 0:
      return '';
    case 1:
      return char(b[f]);
    case 2:
      return char(b[f], b[f + 1]);
    case 3:
      return char(b[f], b[f + 1], b[f + 2]);
    case 4:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3]);
    case 5:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4]);
    case 6:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5]);
    case 7:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6]);
    case 8:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7]);
    case 9:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8]);
    case 10:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9]);
    case 11:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9], b[f + 10]);
    default:
      return char(b[f], b[f + 1], b[f + 2], b[f + 3], b[f + 4], b[f + 5], b[f + 6], b[f + 7], b[f + 8], b[f + 9], b[f + 10], b[f + 11]);
  }
}

/** The vector's entries as 32-bit words (4 per row) and as bytes, or null when they cannot be reached so. */
function entriesOf(vector: DuckDBVector, count: number): { words: Uint32Array; bytes: Uint8Array } | null {
  // The vector's fields are private in the typings: reached structurally; any other shape is read through getItem.
  const view = (vector as unknown as { dataView?: unknown }).dataView;
  if (!(view instanceof DataView) || view.byteOffset % 4 !== 0 || view.byteLength < count * 16) return null;
  return { words: new Uint32Array(view.buffer, view.byteOffset, count * 4), bytes: new Uint8Array(view.buffer, view.byteOffset, count * 16) };
}

/**
 * Reads VARCHAR vectors into cell columns, one instance per column of the file (the cache is the
 * column's). Only on a little-endian machine (the words are read as DuckDB wrote them).
 */
export class VarcharCells {
  private keys = new Uint32Array(4 << CACHE_BITS);
  private texts: (string | undefined)[] = new Array<string | undefined>(1 << CACHE_BITS).fill(undefined);
  private mask = (1 << CACHE_BITS) - 1;
  /** Short texts looked up, and found other than as the previous text, since the cache's use was last judged. */
  private lookups = 0;
  private hits = 0;

  /**
   * The chunk's `count` texts of `vector` into `column` (null where `isNull(i)`); false, with
   * nothing written, when the vector's entries are not reachable (read it through getItem then).
   */
  read(vector: DuckDBVector, count: number, isNull: (i: number) => boolean, column: CellValue[]): boolean {
    const entries = entriesOf(vector, count);
    if (entries === null) return false;
    const { words, bytes } = entries;
    const { keys, texts, mask } = this;
    let lookups = 0;
    let hits = 0;
    let last: string | undefined;
    for (let i = 0; i < count; i++) {
      if (isNull(i)) {
        column[i] = null;
        continue;
      }
      const at = i * 4;
      const w0 = words[at] as number;
      if (w0 > INLINE_BYTES) {
        column[i] = vector.getItem(i) as string | null;
        continue;
      }
      const w1 = words[at + 1] as number;
      const w2 = words[at + 2] as number;
      const w3 = words[at + 3] as number;
      const slot = slotOf(w0, w1, w2, w3) & mask;
      const k = slot * 4;
      const cached = texts[slot];
      lookups++;
      if (cached !== undefined && keys[k] === w0 && keys[k + 1] === w1 && keys[k + 2] === w2 && keys[k + 3] === w3) {
        // Only a hit that the previous text would not have given counts for the full cache.
        if (cached !== last) hits++;
        last = cached;
        column[i] = cached;
        continue;
      }
      const text = decodeShort(bytes, at * 4 + 4, w0, ((w1 | w2 | w3) & 0x80808080) === 0);
      keys[k] = w0;
      keys[k + 1] = w1;
      keys[k + 2] = w2;
      keys[k + 3] = w3;
      texts[slot] = text;
      last = text;
      column[i] = text;
    }
    this.judge(lookups, hits);
    return true;
  }

  /**
   * A column whose texts seldom repeat within the cache's reach (order ids; customer ids when
   * there are millions) keeps a cache of one entry: the previous text, which an order's next line
   * repeats. Each lookup of the full cache misses the processor's caches, which costs more than
   * the decode it would save (docs/benchmarks.md, "Seventh session: the CSV path").
   */
  private judge(lookups: number, hits: number): void {
    if (this.mask === 0) return;
    this.lookups += lookups;
    this.hits += hits;
    if (this.lookups < JUDGED_AFTER) return;
    if (this.hits * 4 < this.lookups) {
      this.keys = new Uint32Array(4);
      this.texts = [undefined];
      this.mask = 0;
    }
    this.lookups = 0;
    this.hits = 0;
  }
}
