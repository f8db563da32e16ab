/**
 * When a relationship ends (docs/domain.md section 5): the four churn reasons, their advice, and
 * the follow-up tasks each reason's play creates. Choices are documented in docs/work-rules.md.
 */
import { z } from 'zod';
import { WORK_MESSAGES, type Bilingual, type WorkMessageId } from './labels';
import type { FollowUpType } from './followups';

export const CHURN_REASONS = ['dissatisfied', 'competitor', 'negativeValue', 'involuntary'] as const;
export type ChurnReason = (typeof CHURN_REASONS)[number];
export const churnReasonSchema = z.enum(CHURN_REASONS);

export interface ChurnReasonInfo {
  reason: ChurnReason;
  label: Bilingual;
  advice: Bilingual;
}

export function churnReasonInfo(reason: ChurnReason): ChurnReasonInfo {
  return { reason, label: WORK_MESSAGES[`churn.${reason}.label`], advice: WORK_MESSAGES[`churn.${reason}.advice`] };
}

/** One task of a play, due `withinDays` after the customer was marked lost. */
export interface ChurnPlayStep {
  type: FollowUpType;
  withinDays: number;
  reason: WorkMessageId;
}

export interface ChurnValue {
  tier: string | null;
}

/** Tiers worth winning back from a competitor; the key-account tiers of the pyramid by default. */
export const DEFAULT_HIGH_VALUE_TIERS: readonly string[] = ['Diamond', 'Platinum', 'Gold'];

export function churnPlay(reason: ChurnReason, value: ChurnValue, highValueTiers: readonly string[] = DEFAULT_HIGH_VALUE_TIERS): ChurnPlayStep[] {
  switch (reason) {
    case 'dissatisfied':
      return [
        { type: 'call', withinDays: 2, reason: 'churn.task.apologiseCall' },
        { type: 'visit', withinDays: 14, reason: 'churn.task.causeVisit' },
      ];
    case 'competitor':
      return value.tier !== null && highValueTiers.includes(value.tier)
        ? [
            { type: 'winback', withinDays: 7, reason: 'churn.task.winbackQuote' },
            { type: 'seniorVisit', withinDays: 30, reason: 'churn.task.seniorVisit' },
          ]
        : [{ type: 'call', withinDays: 14, reason: 'churn.task.checkInCall' }];
    case 'negativeValue':
    case 'involuntary':
      return [];
  }
}
