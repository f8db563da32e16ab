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
  return result.why.map((w) => `${indicatorWord(w.indicatorId, w.label, language)} +${w.points.toFixed(1)}`).join('; ');
}
