/**
 * Order statistics without a full sort: quickselect (Hoare partition, median-of-three pivot) is
 * linear on average, and the RFM bins need only ten ranks of 100,000 values.
 */

/** Moves the k-th smallest of a[from, to) to position k, smaller values before it, larger after. */
function selectInPlace(a: Float64Array, from: number, to: number, k: number): void {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] all equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The values at the given ranks (0-based, ascending order) of the non-NaN values, as a sorted
 * copy would hold them; NaN for a rank out of range. Equal-comparing values (0 and -0) may stand
 * in for each other.
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[]): Map<number, number> {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const work = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) work[n++] = v;
  }
  const out = new Map<number, number>();
  // The smallest and the largest by one scan each: selecting rank 0 costs several partitions of the whole array.
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = work[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let from = 0;
  for (const k of [...new Set(ranks)].sort((a, b) => a - b)) {
    if (k < 0 || k >= n || !Number.isInteger(k)) {
      out.set(k, NaN);
      continue;
    }
    if (k === 0 || k === n - 1) {
      out.set(k, k === 0 ? min : max);
      continue;
    }
    selectInPlace(work, from, n, k);
    out.set(k, work[k] as number);
    from = k + 1;
  }
  return out;
}
