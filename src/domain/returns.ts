/**
 * Returns and credit notes (docs/scoring.md, "Returns and credit notes"): an order row with a
 * negative amount or a negative quantity is a return. Its amount is read as negative whatever
 * sign the sheet gives it, so a return always reduces net sales and profit.
 */

/** A row is a return when its amount or its quantity is below 0 (quantity null or NaN = not stated). */
export function isReturn(amount: number, quantity: number | null): boolean {
  return amount < 0 || (quantity !== null && quantity < 0);
}

/**
 * The amount, profit and quantity of a return with consistent signs: amount and quantity negative,
 * profit = -(|amount| - |cost|) from a cost, or -|profit| from a stated profit (the margin the sale
 * had brought is given back).
 */
export function signedReturn(amount: number, profit: number | null, cost: number | null, quantity: number | null): { amount: number; profit: number | null; quantity: number | null } {
  const a = Math.abs(amount);
  return {
    amount: a === 0 ? 0 : -a,
    profit: profit !== null ? -Math.abs(profit) : cost !== null ? -(a - Math.abs(cost)) : null,
    quantity: quantity === null ? null : -Math.abs(quantity),
  };
}
