/**
 * The "satisfaction" scoring profile (docs/satisfaction.md) and the survey figures as scoring
 * columns, so any profile can read them: product, service and purchase satisfaction, each the
 * mean of its item sub-scores.
 */
import { extraColumn } from '../indicators/columns';
import type { ExtraColumns, IndicatorContext, IndicatorDefinition, Profile } from '../indicators/types';
import type { SatisfactionSummary } from './summary';
import { SURVEY_GROUPS, SURVEY_ITEMS, type SurveyGroup, type SurveyItem } from './survey';

const PREFIX = 'survey.';

/** The scoring-column name of a survey item or group (0-100). */
export function surveyColumnName(key: SurveyItem | SurveyGroup | 'overall'): string {
  return PREFIX + key;
}

/** Survey figures as extra scoring columns, merged with the customer sheet's own (docs/satisfaction.md). */
export function surveyColumns(summary: SatisfactionSummary): ExtraColumns {
  const columns: Record<string, Map<string, number | null>> = {};
  const keys: (SurveyItem | SurveyGroup | 'overall')[] = [...SURVEY_ITEMS, ...SURVEY_GROUPS.map((g) => g.id), 'overall'];
  for (const key of keys) columns[surveyColumnName(key)] = new Map();
  for (const [id, c] of summary.customers) {
    for (const item of SURVEY_ITEMS) columns[surveyColumnName(item)]?.set(id, c.items[item]);
    for (const g of SURVEY_GROUPS) columns[surveyColumnName(g.id)]?.set(id, c.groups[g.id]);
    columns[surveyColumnName('overall')]?.set(id, c.overall);
  }
  return columns;
}

/** One survey column per customer index; NaN where the customer has no survey (or no survey sheet). */
export function surveyColumn(ctx: IndicatorContext, key: SurveyItem | SurveyGroup | 'overall'): Float64Array {
  return extraColumn(ctx, surveyColumnName(key)) ?? new Float64Array(ctx.index.ids.length).fill(NaN);
}

const GROUP_LABELS: Record<SurveyGroup, string> = {
  product: 'Product satisfaction',
  service: 'Service satisfaction',
  purchase: 'Purchase satisfaction',
};

export const SATISFACTION_INDICATORS: readonly IndicatorDefinition[] = SURVEY_GROUPS.map((g) => ({
  id: `${g.id}Satisfaction`,
  label: GROUP_LABELS[g.id],
  combine: 'mean',
  parts: g.items.map((item) => ({ measure: `survey ${item} (0-100)`, direction: 'higher' as const, raw: (ctx: IndicatorContext) => surveyColumn(ctx, item) })),
}));

export const SATISFACTION_PROFILE: Profile = {
  id: 'satisfaction',
  label: 'Customer satisfaction survey',
  indicators: SATISFACTION_INDICATORS,
  // No source gives weights: the three groups weigh the same.
  weights: { productSatisfaction: 34, serviceSatisfaction: 33, purchaseSatisfaction: 33 },
};
