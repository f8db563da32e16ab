/** Customer composition (source 4 of docs/domain.md): each customer's share of company sales against the expected share. */

export interface CompositionEntry {
  /** Share of company sales, 0-1. */
  share: number;
  /** The share the company expects (customer sheet, 0-1), or null. */
  expectedShare: number | null;
  /** share - expectedShare; null without an expected share. */
  gap: number | null;
}

export function salesComposition(sales: Float64Array, expected: readonly (number | null)[]): CompositionEntry[] {
  let total = 0;
  for (const s of sales) total += s;
  return Array.from(sales, (s, i) => {
    const share = total === 0 ? 0 : s / total;
    const e = expected[i] ?? null;
    return { share, expectedShare: e, gap: e === null ? null : share - e };
  });
}
