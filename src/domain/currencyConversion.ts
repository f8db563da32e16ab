/** What analyseWorkbook did to the order amounts' currencies (docs/scoring.md, "Currencies"); apart from currency.ts so the mapping notes can word it without an import cycle. */
export interface CurrencyConversion {
  base: string | null;
  /** Every currency met in the order sheet, sorted. */
  currencies: string[];
  /** The rate applied to each converted currency. */
  applied: Record<string, number>;
  /** Rows converted. */
  rows: number;
}
