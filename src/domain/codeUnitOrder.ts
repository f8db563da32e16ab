/**
 * Strings in ascending code-unit order (what `a < b` compares: UTF-16 code units, a prefix
 * before any longer string it starts) without a comparator sort. Sorting a million customer ids
 * with a comparator took over a second (docs/benchmarks.md, "Ninth session: the scoring stage");
 * here each string becomes a number that orders as the string does over its first characters,
 * and the numbers are ordered by the radix sort of the scoring (scoring/radixOrder.ts):
 * - the prefix every string shares is skipped;
 * - the code units used after it are ranked 1..A (0 = the string has ended), and the next D of
 *   them read as the digits of a number in base A + 1, D as large as keeps the number below 2^53
 *   (so it is exact): ids such as C0004444 (11 code units) fit in one number whole;
 * - strings whose numbers tie share those D characters: they are ordered the same way from the
 *   next character on, or with the comparator when only a few tie.
 */
import { presentOrder } from './scoring/radixOrder';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ties at most this many are ordered with the comparator. */
const FEW = 48;
const EXACT_LIMIT = 2 ** 53;

interface Digits {
  /** Rank (1..A) of each code unit used past the shared prefix; 0 for the others. */
  rank: Uint32Array;
  base: number;
  /** Characters one key holds. */
  perKey: number;
}

/**
 * Positions of `ids` in ascending code-unit order; equal strings keep their order (the sort is
 * stable), as Array.prototype.sort with a code-unit comparator orders them.
 */
export function codeUnitOrder(ids: readonly string[]): Uint32Array {
  const positions = new Uint32Array(ids.length);
  for (let i = 0; i < positions.length; i++) positions[i] = i;
  if (ids.length < 2) return positions;
  const from = sharedPrefix(ids, positions, 0);
  const digits = digitsOf(ids, from);
  if (digits) orderFrom(ids, positions, from, digits);
  return positions;
}

/** The length of the prefix shared by every string at `positions`, counted from `depth` (which they share already). */
function sharedPrefix(ids: readonly string[], positions: Uint32Array, depth: number): number {
  const first = ids[positions[0] as number] as string;
  let end = first.length;
  for (let j = 1; j < positions.length && end > depth; j++) {
    const s = ids[positions[j] as number] as string;
    const limit = Math.min(end, s.length);
    let k = depth;
    while (k < limit && s.charCodeAt(k) === first.charCodeAt(k)) k++;
    end = k;
  }
  return end;
}

/** The digits of the keys: the code units used from `from` on; null when no string reaches past it (all equal). */
function digitsOf(ids: readonly string[], from: number): Digits | null {
  const rank = new Uint32Array(0x10000);
  for (const s of ids) for (let k = from; k < s.length; k++) rank[s.charCodeAt(k)] = 1;
  let used = 0;
  for (let u = 0; u < rank.length; u++) if (rank[u] !== 0) rank[u] = ++used;
  if (used === 0) return null;
  const base = used + 1;
  let perKey = 0;
  for (let p = 1; p * base <= EXACT_LIMIT; p *= base) perKey++;
  return { rank, base, perKey };
}

/** Orders `positions` (strings sharing their first `from` code units) in place. */
function orderFrom(ids: readonly string[], positions: Uint32Array, from: number, digits: Digits): void {
  const m = positions.length;
  if (m < 2) return;
  if (m <= FEW) {
    const few = Array.from(positions).sort((a, b) => byCodeUnits(ids[a] as string, ids[b] as string));
    positions.set(few);
    return;
  }
  const { rank, base, perKey } = digits;
  const end = from + perKey;
  const keys = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const s = ids[positions[j] as number] as string;
    const stop = Math.min(end, s.length);
    let key = 0;
    let k = from;
    for (; k < stop; k++) key = key * base + (rank[s.charCodeAt(k)] as number);
    for (; k < end; k++) key *= base;
    keys[j] = key;
  }
  const order = presentOrder(keys);
  const unordered = positions.slice();
  const sortedKeys = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const at = order[j] as number;
    positions[j] = unordered[at] as number;
    sortedKeys[j] = keys[at] as number;
  }
  // Strings with equal keys share code units from..end-1: order them from `end` on, unless all have ended (equal strings).
  for (let start = 0; start < m;) {
    let stop = start + 1;
    let longer = (ids[positions[start] as number] as string).length > end;
    while (stop < m && sortedKeys[stop] === sortedKeys[start]) {
      if ((ids[positions[stop] as number] as string).length > end) longer = true;
      stop++;
    }
    if (stop - start > 1 && longer) orderFrom(ids, positions.subarray(start, stop), end, digits);
    start = stop;
  }
}
