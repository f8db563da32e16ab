/**
 * ABC classes (source 4 of docs/domain.md). Rank by value descending, ties by customer index ascending (indexes
 * follow customer id order). A customer is A while the cumulative share of the customers
 * BEFORE it is below cut A, B while below cut B, else C: the customer that crosses a line stays
 * in the class above. Shares are of the total of positive values; customers with a value of 0
 * or less (or none) are C.
 */

import { descendingOrderOf } from '../scoring/radixOrder';

export type AbcClass = 'A' | 'B' | 'C';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

export interface AbcCuts {
  a: number;
  b: number;
}
export const DEFAULT_ABC_CUTS: AbcCuts = { a: 0.75, b: 0.95 };

/** Indices of `subset` (default all) ranked by value descending (NaN last), ties by index ascending. */
export function rankDescending(values: Float64Array, subset?: Uint32Array): Uint32Array {
  let idx: Uint32Array;
  if (subset) {
    idx = Uint32Array.from(subset);
    let ascending = true;
    for (let j = 1; j < idx.length && ascending; j++) ascending = (idx[j - 1] as number) < (idx[j] as number);
    if (!ascending) idx.sort();
  } else {
    idx = new Uint32Array(values.length);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
  }
  return descendingOrderOf(values, idx);
}

/** Class codes 0 = A, 1 = B, 2 = C written into `out` for the customers of `ranked`. */
export function classifyRanked(values: Float64Array, ranked: Uint32Array, cuts: AbcCuts, out: Uint8Array): void {
  let total = 0;
  for (const i of ranked) {
    const v = values[i] as number;
    if (v > 0) total += v;
  }
  let before = 0;
  for (const i of ranked) {
    const v = values[i] as number;
    if (!(v > 0) || total <= 0) {
      out[i] = 2;
      continue;
    }
    const share = before / total;
    out[i] = share < cuts.a ? 0 : share < cuts.b ? 1 : 2;
    before += v;
  }
}

export function abcClasses(values: Float64Array, cuts: AbcCuts = DEFAULT_ABC_CUTS): Uint8Array {
  const out = new Uint8Array(values.length);
  classifyRanked(values, rankDescending(values), cuts, out);
  return out;
}

/** ABC inside each group (e.g. business type; null is its own group). */
export function abcWithinGroups(values: Float64Array, groups: readonly (string | null)[], cuts: AbcCuts = DEFAULT_ABC_CUTS): Uint8Array {
  const members = new Map<string | null, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const out = new Uint8Array(values.length);
  for (const list of members.values()) classifyRanked(values, rankDescending(values, Uint32Array.from(list)), cuts, out);
  return out;
}

export function countAbc(codes: Uint8Array): Record<AbcClass, number> {
  const counts: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  for (const c of codes) counts[ABC_CLASSES[c] as AbcClass]++;
  return counts;
}
