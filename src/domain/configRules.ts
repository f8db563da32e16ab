/**
 * Settings that would give numbers nobody should trust (docs/scoring.md, "Configuration
 * guards"): weights summing to 0, score cut-offs that leave a tier impossible, tier shares not
 * summing to 100 %. The zod schema, the saved-configuration loader, the CLI's --config and the
 * pane's Apply button all use these same rules.
 */
import { resolveProfile } from './indicators/profiles';
import type { CustomProfileSpec } from './indicators/custom';
import { TIER_NAMES, type TierNames, type TierRule } from './segments/tiers';
import { DEFAULT_TIER_SPELLINGS, foldTierWord as fold } from './segments/tierWords';

export type ConfigProblemCode = 'weights-zero' | 'cutoffs-not-descending' | 'cutoff-leaves-lead-empty' | 'shares-not-100' | 'tier-name-too-long' | 'tier-name-duplicate' | 'tier-name-default-word';

/** A manager's tier name has at most this many characters (after trimming). */
export const MAX_TIER_NAME_LENGTH = 40;

export interface ConfigProblem {
  /** The configuration field the problem is about, for showing it next to that field. */
  field: 'weights' | 'tierRule' | 'tierNames';
  code: ConfigProblemCode;
  /** Tier the problem makes impossible, when there is one. */
  tier: string | null;
  /** The offending figure (the shares' total in percent, a cut-off ...), when there is one. */
  value: number | null;
  message: string;
  /** For a duplicate tier name or another tier's default word: that other tier. */
  otherTier?: string;
  /** For a tier name: the name as typed (trimmed). */
  name?: string;
}

const SHARE_TOLERANCE = 1e-6;

export function tierRuleProblems(rule: TierRule): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (rule.kind === 'share') {
    const total = rule.shares.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > SHARE_TOLERANCE) {
      const percent = Math.round(total * 1000) / 10;
      problems.push({ field: 'tierRule', code: 'shares-not-100', tier: null, value: percent, message: `The tier shares add up to ${percent}%, not 100%.` });
    }
    return problems;
  }
  for (let k = 1; k < rule.cutoffs.length; k++) {
    const above = rule.cutoffs[k - 1] as number;
    const own = rule.cutoffs[k] as number;
    if (own >= above) {
      const tier = TIER_NAMES[k] as string;
      problems.push({
        field: 'tierRule',
        code: 'cutoffs-not-descending',
        tier,
        value: own,
        message: `No customer can be ${tier}: its cut-off (${own}) is not below ${TIER_NAMES[k - 1]}'s (${above}). Cut-offs must go down from Diamond to Iron.`,
      });
    }
  }
  const last = rule.cutoffs[rule.cutoffs.length - 1];
  if (last !== undefined && last <= 0) {
    const lead = TIER_NAMES[TIER_NAMES.length - 1] as string;
    problems.push({
      field: 'tierRule',
      code: 'cutoff-leaves-lead-empty',
      tier: lead,
      value: last,
      message: `No customer can be ${lead}: ${TIER_NAMES[TIER_NAMES.length - 2]}'s cut-off is ${last}, and every score is at least 0.`,
    });
  }
  return problems;
}

/** The weight each indicator of the profile gets: the profile's default unless the configuration overrides it. */
export function weightsProblems(profileId: string, customProfile: CustomProfileSpec | null, weights: Readonly<Record<string, number>>): ConfigProblem[] {
  let ids: readonly string[];
  let defaults: Readonly<Record<string, number>>;
  try {
    const profile = resolveProfile(profileId, customProfile);
    ids = profile.indicators.map((d) => d.id);
    defaults = profile.weights;
  } catch {
    return []; // an unknown profile is reported (and replaced) by the loader
  }
  const total = ids.reduce((sum, id) => sum + Math.max(0, weights[id] ?? defaults[id] ?? 0), 0);
  if (total > 0) return [];
  return [{ field: 'weights', code: 'weights-zero', tier: null, value: 0, message: 'The weights add up to 0: no customer could get a score. Give at least one indicator a weight above 0.' }];
}

/**
 * A manager's tier names (docs/sheet-language.md, "Tier names"): each at most
 * MAX_TIER_NAME_LENGTH characters, no name given to two tiers, and no name that is another tier's
 * default word in any language or its key (DEFAULT_TIER_SPELLINGS: "Gold", "黄金", "黃金" ...),
 * since a tier cell must name one tier and cells written before the name was given carry those
 * words. A blank name is the default and never a problem. Each tier sharing a name gets its own problem.
 */
export function tierNamesProblems(names: TierNames): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const tier of TIER_NAMES) {
    const name = names[tier]?.trim() ?? '';
    if (name === '') continue;
    if (name.length > MAX_TIER_NAME_LENGTH) {
      problems.push({
        field: 'tierNames',
        code: 'tier-name-too-long',
        tier,
        value: name.length,
        name,
        message: `The name for ${tier} has ${name.length} characters; at most ${MAX_TIER_NAME_LENGTH} fit.`,
      });
      continue;
    }
    const others = TIER_NAMES.filter((o) => o !== tier);
    const word = others.find((o) => DEFAULT_TIER_SPELLINGS[o].some((w) => fold(w) === fold(name)));
    if (word !== undefined) {
      problems.push({
        field: 'tierNames',
        code: 'tier-name-default-word',
        tier,
        value: null,
        otherTier: word,
        name,
        message: `The name "${name}" for ${tier} is what ${word} is called by default (in English or Chinese); a tier cell with it would read as ${word}.`,
      });
      continue;
    }
    const other = others.find((o) => fold(names[o] ?? '') === fold(name));
    if (other !== undefined) problems.push({ field: 'tierNames', code: 'tier-name-duplicate', tier, value: null, otherTier: other, name, message: `The tier name "${name}" is given to two tiers.` });
  }
  return problems;
}

export function configProblems(config: {
  profileId: string;
  customProfile: CustomProfileSpec | null;
  weights: Readonly<Record<string, number>>;
  tierRule: TierRule;
  tierNames?: TierNames;
}): ConfigProblem[] {
  return [...weightsProblems(config.profileId, config.customProfile, config.weights), ...tierRuleProblems(config.tierRule), ...tierNamesProblems(config.tierNames ?? {})];
}
