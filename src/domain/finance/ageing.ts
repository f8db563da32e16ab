/**
 * Ageing buckets of an outstanding amount (docs/scoring.md section 5, "Ageing"), and their names in
 * the three languages Tiers speaks. These names are the one definition: the pane's labels, the
 * owned column headers ("Tiers " + name) and the dashboard's ageing chart all read them.
 *
 * Age = analysis date - due date, in days. Age <= 0 (due on the analysis date or later) is not yet
 * due; 1-30, 31-60, 61-90 and over 90 days are overdue.
 */
import type { PlanLanguage } from '../plans/table';

export const AGEING_BUCKETS = ['notDue', 'b1_30', 'b31_60', 'b61_90', 'b90plus'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];
export type Ageing = Record<AgeingBucket, number>;

/** Position of the bucket of an amount `ageDays` past its due date, in AGEING_BUCKETS. */
export function ageingIndex(ageDays: number): number {
  return ageDays <= 0 ? 0 : ageDays <= 30 ? 1 : ageDays <= 60 ? 2 : ageDays <= 90 ? 3 : 4;
}

export function ageingBucket(ageDays: number): AgeingBucket {
  return AGEING_BUCKETS[ageingIndex(ageDays)] as AgeingBucket;
}

export const emptyAgeing = (): Ageing => ({ notDue: 0, b1_30: 0, b31_60: 0, b61_90: 0, b90plus: 0 });

/** The bucket names, per language (zh-TW serves Taiwan and Hong Kong). */
export const AGEING_NAMES: Record<PlanLanguage, Record<AgeingBucket, string>> = {
  en: { notDue: 'Not yet due', b1_30: '1-30 days overdue', b31_60: '31-60 days overdue', b61_90: '61-90 days overdue', b90plus: 'Over 90 days overdue' },
  'zh-CN': { notDue: '未到期', b1_30: '逾期 1-30 天', b31_60: '逾期 31-60 天', b61_90: '逾期 61-90 天', b90plus: '逾期 90 天以上' },
  'zh-TW': { notDue: '未到期', b1_30: '逾期 1-30 天', b31_60: '逾期 31-60 天', b61_90: '逾期 61-90 天', b90plus: '逾期 90 天以上' },
};
