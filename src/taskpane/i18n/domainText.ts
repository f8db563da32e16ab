/** The domain's bilingual text (English, Simplified Chinese) in any of the pane's three languages. */
import { FIELD_LABELS } from '../../domain/mapping/fieldLabels';
import type { CustomerField, OrderField } from '../../domain/model';
import { WORK_MESSAGES, type Bilingual, type WorkMessageId } from '../../domain/work';
import { FIELD_LABELS_HANT, WORK_MESSAGES_HANT } from './domainHant';
import type { Locale } from './messages';

export function fieldName(locale: Locale, field: string): string {
  const label = FIELD_LABELS[field as CustomerField | OrderField];
  if (!label) return field;
  return locale === 'en' ? label.en : locale === 'zh' ? label.zh : FIELD_LABELS_HANT[field as CustomerField | OrderField];
}

// Domain records carry the WORK_MESSAGES entries themselves, so their Traditional text is found by
// the entry; by its Simplified text for a copy.
const hantByEntry = new Map<Bilingual, string>();
const hantBySimplified = new Map<string, string>();
for (const [id, text] of Object.entries(WORK_MESSAGES) as [WorkMessageId, Bilingual][]) {
  hantByEntry.set(text, WORK_MESSAGES_HANT[id]);
  hantBySimplified.set(text.zh, WORK_MESSAGES_HANT[id]);
}

/** A bilingual domain text in the pane's language; text outside WORK_MESSAGES falls back to Simplified. */
export function pickText(locale: Locale, text: Bilingual): string {
  if (locale === 'en') return text.en;
  if (locale === 'zh') return text.zh;
  return hantByEntry.get(text) ?? hantBySimplified.get(text.zh) ?? text.zh;
}
