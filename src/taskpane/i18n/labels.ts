/** Names the domain gives in English (tiers, ageing buckets, indicators, RFM segments) in the pane's language. */
import type { AnalysisDate } from '../../domain/analysisDate';
import { MAX_TIER_NAME_LENGTH, type ConfigProblem } from '../../domain/configRules';
import { isoFromDay } from '../../domain/dates';
import { isMessageKey, type MessageKey } from './messages';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A tier key ("Gold") as the pane shows it: the manager's name for it (`names`, ScoringConfig.tierNames), else the catalogue's word, the same the sheet writes (src/output/tierWords.ts). */
export function tierLabel(t: T, tier: string | null, names: Readonly<Record<string, string | undefined>> = {}): string {
  if (tier === null) return t('unscored');
  const own = names[tier];
  if (own !== undefined) return own;
  const key = `tier${tier}`;
  return isMessageKey(key) ? t(key) : tier;
}

export function ageingLabel(t: T, bucket: string): string {
  const key = `ageing_${bucket}`;
  return isMessageKey(key) ? t(key) : bucket;
}

/** Built-in indicators are translated; custom ones keep the label their author gave. */
export function indicatorLabel(t: T, id: string, fallback: string): string {
  const key = `ind_${id}`;
  return isMessageKey(key) ? t(key) : fallback;
}

/** A configuration guard's reason (src/domain/configRules.ts) in the pane's language. */
export function configProblemText(t: T, problem: ConfigProblem, names: Readonly<Record<string, string | undefined>> = {}): string {
  const key = `problem_${problem.code.replace(/-/g, '_')}`;
  const values = { tier: tierLabel(t, problem.tier, names), value: problem.value ?? '', other: problem.otherTier ? tierLabel(t, problem.otherTier) : '', max: MAX_TIER_NAME_LENGTH };
  return isMessageKey(key) ? t(key, values) : problem.message;
}

/** Which analysis date a run used, and why, in the pane's language. */
export function analysisDateText(t: T, date: AnalysisDate | undefined): string {
  if (!date) return '';
  const values = { date: isoFromDay(date.day), last: Number.isFinite(date.lastOrder) ? isoFromDay(date.lastOrder) : '' };
  if (date.reason === 'after-last-order') return t('analysisDateAfterLastOrder', values);
  return t(date.reason === 'configured' ? 'analysisDateConfigured' : 'analysisDateToday', values);
}

/** One line on what a built-in indicator measures; null for custom ones. */
export function indicatorDescription(t: T, id: string): string | null {
  const key = `inddesc_${id}`;
  return isMessageKey(key) ? t(key) : null;
}

/** RFM segment names of src/domain/segments/rfm.ts ("Can't Lose Them" is rfm_CantLoseThem). */
export function rfmSegmentLabel(t: T, segment: string): string {
  const key = `rfm_${segment.replace(/[^A-Za-z]/g, '')}`;
  return isMessageKey(key) ? t(key) : segment;
}
