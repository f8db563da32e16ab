/**
 * The scoring configuration a manager sets and the adapter stores in the workbook: a zod
 * schema with a version, defaults, and a tolerant loader (`migrateConfig`).
 */
import { currencyConfigSchema, DEFAULT_CURRENCY_CONFIG } from './currency';
import { z } from 'zod';
import { formRuleOf, type FormRule } from './formRule';
import type { PredictiveClvOptions } from './clv/predictive/predictive';
import type { DayNumber } from './model';
import { MAX_TIER_NAME_LENGTH, tierNamesProblems, tierRuleProblems, weightsProblems, type ConfigProblem } from './configRules';
import { DEFAULT_MIN_COVERAGE } from './scoring/coverage';
import { MAX_EARLIER_TIER_NAMES } from './segments/tierNameHistory';
import { DEFAULT_TIER_CUTOFFS, DEFAULT_TIER_SHARES, TIER_NAMES, type TierNames, type TierRule } from './segments/tiers';

export const CONFIG_SCHEMA_VERSION = 1;

const direction = z.enum(['higher', 'lower']);

export const customProfileSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  indicators: z
    .array(
      z.object({
        source: z.string().min(1),
        direction,
        weight: z.number().min(0),
        id: z.string().min(1).optional(),
        label: z.string().optional(),
      }),
    )
    .min(1),
});

/** Every problem of configRules as a zod issue, so the schema refuses what the pane refuses. */
function addProblems(problems: readonly ConfigProblem[], ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  for (const p of problems) ctx.addIssue({ code: z.ZodIssueCode.custom, message: p.message, path });
}

/** Custom tier names: each at most 40 characters, none used twice nor another tier's default word in any language (a tier cell must name one tier). */
export const tierNamesSchema = z
  .partialRecord(z.enum(TIER_NAMES), z.string().trim().min(1).max(MAX_TIER_NAME_LENGTH))
  // Reported once per name given to two tiers (tierNamesProblems marks each tier that shares it).
  .superRefine((names, ctx) => addProblems([...new Map(tierNamesProblems(names).map((p) => [p.message, p])).values()], ctx));

/** A tier's earlier names, newest first (src/domain/segments/tierNameHistory.ts): kept by the save, read back from older cells. */
export const earlierTierNamesSchema = z.partialRecord(z.enum(TIER_NAMES), z.array(z.string().trim().min(1).max(MAX_TIER_NAME_LENGTH)).max(MAX_EARLIER_TIER_NAMES));

export const tierRuleSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('score'), cutoffs: z.array(z.number().min(0).max(100)).length(TIER_NAMES.length - 1) }),
    z.object({ kind: z.literal('share'), shares: z.array(z.number().min(0).max(1)).length(TIER_NAMES.length) }),
  ])
  .superRefine((rule, ctx) => addProblems(tierRuleProblems(rule), ctx));

export const abcConfigSchema = z
  .object({
    basis: z.enum(['sales', 'profit']),
    cutA: z.number().gt(0).lt(1),
    cutB: z.number().gt(0).lte(1),
  })
  .refine((a) => a.cutA < a.cutB, 'The A cut point must be below the B cut point');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD');

/**
 * Predictive lifetime value and churn risk (docs/clv.md): the BG/NBD and Gamma-Gamma fit that
 * gives each customer P(alive), expected purchases, predicted CLV and the "likely churning" flag.
 */
export const predictiveConfigSchema = z.object({
  enabled: z.boolean(),
  /** Time unit of the fit; the predictions do not depend on it much, the fit's speed does. */
  period: z.enum(['day', 'week', 'month']),
  horizonMonths: z.number().int().min(1).max(120),
  monthlyDiscountRate: z.number().min(0).max(1),
  /** likelyChurning = P(alive) below this. */
  churnThreshold: z.number().min(0).max(1),
  /**
   * The model check's split (docs/clv.md, "Backtest"): the last day fitted on; null = the start of
   * the last quarter of the order history. Absent from configurations saved before it existed.
   */
  backtestSplit: isoDate.nullable().default(null),
});
export type PredictiveConfig = z.infer<typeof predictiveConfigSchema>;

/** Satisfaction survey (docs/satisfaction.md): the latest survey per customer, or the mean over a window. */
export const satisfactionConfigSchema = z.object({
  mode: z.enum(['latest', 'window']),
  windowDays: z.number().int().min(1).max(3660),
});

/** Distributor sales plans (docs/plans.md): who gets one and the growth over last year. */
export const plansConfigSchema = z.object({
  distributors: z.boolean(),
  tiers: z.array(z.string()),
  ids: z.array(z.string()),
  /** Growth over last year's sales, e.g. 0.1 = +10%. */
  growth: z.number().min(-1).max(10),
  /** Growth per product line, overriding `growth`. */
  lineGrowth: z.record(z.string(), z.number().min(-1).max(10)),
});
export type PlansConfig = z.infer<typeof plansConfigSchema>;

export const scoringConfigSchema = z.object({
  schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
  /** 'default' (twelve indicators), 'distributor', 'satisfaction', or the id of `customProfile`. */
  profileId: z.string().min(1),
  customProfile: customProfileSchema.nullable(),
  /** Weight overrides by indicator id; indicators not listed keep the profile's default weight. */
  weights: z.record(z.string(), z.number().min(0)),
  tierRule: tierRuleSchema,
  abc: abcConfigSchema,
  rfm: z.object({ mode: z.enum(['r-package', 'quintile']) }),
  /** Analysis date; null = the date the add-in runs. */
  asOf: isoDate.nullable(),
  /** Annual sales target for monthly targets from the seasonal index; null = none. */
  annualTarget: z.number().min(0).nullable(),
  predictive: predictiveConfigSchema,
  /** A score needs the customer's indicators to carry at least this share of the weight (docs/scoring.md, "Coverage"). */
  minCoverage: z.number().min(0).max(1),
  satisfaction: satisfactionConfigSchema,
  plans: plansConfigSchema,
  /** Base currency and exchange rates for an order sheet in several currencies (docs/scoring.md, "Currencies"). */
  currency: currencyConfigSchema,
  /** The language of every word Tiers writes in the workbook (docs/sheet-language.md); null = from the data's headers or the display language. */
  sheetLanguage: z.enum(['en', 'zh-CN', 'zh-TW']).nullable(),
  /** A manager's own tier names, by tier (docs/sheet-language.md, "Tier names"): written and shown as typed in every language; a tier not named keeps its name in the workbook's language. */
  tierNames: tierNamesSchema,
  /** The names each tier had before (docs/sheet-language.md, "Renaming a tier"): cells written with them still read back as that tier. Kept by the save; no need to write it by hand. */
  earlierTierNames: earlierTierNamesSchema,
});

export type ScoringConfig = z.infer<typeof scoringConfigSchema>;

/** The whole configuration with the rules across fields (weights against the profile): what a saved or --config file must pass. */
export const guardedScoringConfigSchema = scoringConfigSchema.superRefine((config, ctx) => addProblems(weightsProblems(config.profileId, config.customProfile, config.weights), ctx, ['weights']));

export function defaultScoringConfig(): ScoringConfig {
  return {
    schemaVersion: CONFIG_SCHEMA_VERSION,
    profileId: 'default',
    customProfile: null,
    weights: {},
    tierRule: { kind: 'share', shares: [...DEFAULT_TIER_SHARES] },
    abc: { basis: 'sales', cutA: 0.75, cutB: 0.95 },
    rfm: { mode: 'r-package' },
    asOf: null,
    annualTarget: null,
    predictive: { enabled: true, period: 'week', horizonMonths: 12, monthlyDiscountRate: 0.01, churnThreshold: 0.5, backtestSplit: null },
    minCoverage: DEFAULT_MIN_COVERAGE,
    satisfaction: { mode: 'latest', windowDays: 365 },
    plans: { distributors: true, tiers: [], ids: [], growth: 0, lineGrowth: {} },
    currency: { ...DEFAULT_CURRENCY_CONFIG, rates: {} },
    sheetLanguage: null,
    tierNames: {},
    earlierTierNames: {},
  };
}

/** The predictive fit's options for a run on `asOf` (the end of the calibration period), or null when it is switched off. */
export function predictiveClvOptions(config: Pick<ScoringConfig, 'predictive'>, asOf: DayNumber): PredictiveClvOptions | null {
  const { enabled, period, horizonMonths, monthlyDiscountRate, churnThreshold } = config.predictive;
  return enabled ? { asOf, period, horizonMonths, monthlyDiscountRate, churnThreshold } : null;
}

/** The default score cut-offs, for a manager switching the tier rule to scores. */
export function defaultScoreTierRule(): ScoringConfig['tierRule'] {
  return { kind: 'score', cutoffs: [...DEFAULT_TIER_CUTOFFS] };
}

/**
 * What loading a stored configuration changed, as codes the pane words in its language
 * (docs/i18n.md, "Settings notes"); `warnings` keeps the English for the CLI and logs.
 * `guard`: a configuration guard refused the stored value (the problem names the setting and keeps
 * its figures); `field-invalid`: a setting of the wrong form; both fall back to the default.
 */
export type ConfigNote =
  | { code: 'guard'; problem: ConfigProblem }
  | { code: 'field-invalid'; field: string; rule?: FormRule }
  | { code: 'field-missing'; field: string }
  | { code: 'unknown-setting'; field: string }
  | { code: 'profile-undefined'; profile: string }
  | { code: 'profile-duplicate'; profile: string; indicator: string };

export type MigrateResult =
  | {
      ok: true;
      config: ScoringConfig;
      warnings: string[];
      notes: ConfigNote[];
      /** What the stored configuration broke of the guards (docs/scoring.md): the CLI refuses such a --config; the pane loads the defaults in its place. */
      rejected?: string[];
    }
  | { ok: false; error: string };

type Field = Exclude<keyof ScoringConfig, 'schemaVersion'>;

/** Sections added after version 1 was first saved: a configuration without one is not damaged, just older. */
const LATER_SECTIONS: ReadonlySet<Field> = new Set<Field>(['predictive', 'minCoverage', 'satisfaction', 'plans', 'currency', 'sheetLanguage', 'tierNames', 'earlierTierNames']);

/**
 * Read a stored configuration. Accepts version 1 and unversioned objects (read as version 1).
 * Settings can be lost or damaged (ENGINEERING.md), so a missing or invalid field falls back to
 * its default with a warning rather than losing the whole configuration; unknown fields are
 * dropped with a warning. Refuses non-objects and versions newer than this code knows.
 */
export function migrateConfig(stored: unknown): MigrateResult {
  if (typeof stored === 'string') {
    try {
      return migrateConfig(JSON.parse(stored) as unknown);
    } catch {
      return { ok: false, error: 'The saved scoring configuration is not valid JSON.' };
    }
  }
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) {
    return { ok: false, error: 'The saved scoring configuration is not an object.' };
  }
  const input = stored as Record<string, unknown>;
  const warnings: string[] = [];
  const rejected: string[] = [];
  const notes: ConfigNote[] = [];
  const version = input.schemaVersion;
  if (version === undefined) warnings.push(`The saved configuration has no schema version; read as version ${CONFIG_SCHEMA_VERSION}.`);
  else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `Unrecognised configuration schema version: ${JSON.stringify(version)}.` };
  } else if (version > CONFIG_SCHEMA_VERSION) {
    return { ok: false, error: `The configuration was saved by a newer version of Tiers (schema ${version}); this one reads up to ${CONFIG_SCHEMA_VERSION}.` };
  }
  const defaults = defaultScoringConfig();
  const config: ScoringConfig = { ...defaults };
  const shape = scoringConfigSchema.shape;
  const fields = Object.keys(shape).filter((k): k is Field => k !== 'schemaVersion');
  for (const field of fields) {
    if (!(field in input)) {
      if (!LATER_SECTIONS.has(field)) {
        warnings.push(`"${field}" was missing; using the default.`);
        notes.push({ code: 'field-missing', field });
      }
      continue;
    }
    const parsed = shape[field].safeParse(input[field]);
    if (parsed.success) (config as Record<Field, unknown>)[field] = parsed.data;
    else {
      const why = parsed.error.issues.map((i) => i.message).join('; ');
      warnings.push(`"${field}" was invalid (${why}); using the default.`);
      if (field === 'tierRule' || field === 'tierNames') rejected.push(why);
      notes.push(...guardNotes(field, input[field], parsed.error.issues));
    }
  }
  for (const key of Object.keys(input)) {
    if (key !== 'schemaVersion' && !(fields as string[]).includes(key)) {
      warnings.push(`Unknown setting "${key}" ignored.`);
      notes.push({ code: 'unknown-setting', field: key });
    }
  }
  if (config.customProfile) {
    const seen = new Set<string>();
    const kept = config.customProfile.indicators.filter((indicator) => {
      const id = indicator.id ?? indicator.source;
      if (!seen.has(id)) {
        seen.add(id);
        return true;
      }
      warnings.push(`Profile "${config.customProfile?.id}" lists indicator "${id}" twice; the second one is ignored.`);
      notes.push({ code: 'profile-duplicate', profile: config.customProfile?.id ?? '', indicator: id });
      return false;
    });
    config.customProfile = { ...config.customProfile, indicators: kept };
  }
  const knownProfiles = ['default', 'distributor', 'satisfaction', ...(config.customProfile ? [config.customProfile.id] : [])];
  if (!knownProfiles.includes(config.profileId)) {
    warnings.push(`Profile "${config.profileId}" has no definition; using the default profile.`);
    notes.push({ code: 'profile-undefined', profile: config.profileId });
    config.profileId = defaults.profileId;
  }
  for (const problem of weightsProblems(config.profileId, config.customProfile, config.weights)) {
    warnings.push(`${problem.message} The default weights are used.`);
    notes.push({ code: 'guard', problem });
    rejected.push(problem.message);
    config.weights = {};
  }
  return rejected.length > 0 ? { ok: true, config, warnings, notes, rejected } : { ok: true, config, warnings, notes };
}

/**
 * A stored setting the schema refused: the guards' problems when its form was right and only a
 * guard refused it (every issue a custom one, from addProblems), else one note naming the setting.
 */
function guardNotes(field: string, value: unknown, issues: readonly z.core.$ZodIssue[]): ConfigNote[] {
  if (issues.every((i) => i.code === 'custom')) {
    if (field === 'tierRule') return tierRuleProblems(value as TierRule).map((problem) => ({ code: 'guard', problem }));
    if (field === 'tierNames') return tierNamesProblems(value as TierNames).map((problem) => ({ code: 'guard', problem }));
  }
  const rule = issues.length > 0 ? formRuleOf(issues[0] as z.core.$ZodIssue) : null;
  return [rule ? { code: 'field-invalid', field, rule } : { code: 'field-invalid', field }];
}
