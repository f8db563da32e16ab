/** How values Tiers writes are rounded, labelled and formatted, for the add-in and the CLI alike. */
import { AGEING_NAMES, type AgeingBucket } from '../domain/finance/ageing';
import type { PlanLanguage } from '../domain/plans/table';
import type { CustomerResult } from '../domain/score';
import type { SheetLanguage } from './language';
import { indicatorWord } from './sheetWords';

/** Excel's text number format: a cell formatted so keeps what is written verbatim. */
export const TEXT_FORMAT = '@';

/** Text columns keep strings verbatim; number columns may hold a string only as a label. */
export type ColumnKind = 'text' | 'number';

/** An ageing bucket's name (src/domain/finance/ageing.ts), in the given language. */
export function ageingLabel(bucket: AgeingBucket | null, language: PlanLanguage = 'en'): string | null {
  return bucket === null ? null : AGEING_NAMES[language][bucket];
}

/** `value` to `digits` decimals; null for a missing or non-finite value (never a made-up 0). */
export function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "Order profit margin +21.4; Payment terms +12.0; ..." from the structured top contributions. */
export function whyText(result: CustomerResult, language: SheetLanguage = 'en'): string | null {
  if (result.why.length === 0) return null;
  return result.why.map((w) => `${indicatorWord(w.indicatorId, w.label, language)} +${oneDecimal(w.points)}`).join('; ');
}

/**
 * `x.toFixed(1)`, from Math.round(x * 10) where that is the same: the "why" cell formats three
 * points for every customer, and toFixed converts the double to its exact decimal first. Below 1e6
 * the product x * 10 is within 1e-9 of the exact 10x, so when it is not within 1e-4 of a half the
 * nearest whole number to both is the same, which is the one toFixed picks. Otherwise (near a half,
 * negative, large or not a number) toFixed itself.
 */
export function oneDecimal(x: number): string {
  if (!(x >= 0 && x < 1e6)) return x.toFixed(1);
  const tenths = x * 10;
  const n = Math.round(tenths);
  if (Math.abs(tenths - n) > 0.4999) return x.toFixed(1);
  const whole = Math.floor(n / 10);
  return `${whole}.${n - whole * 10}`;
}
