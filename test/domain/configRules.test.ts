import fc from 'fast-check';
import { configProblems, tierNamesProblems, tierRuleProblems } from '../../src/domain/configRules';
import { defaultScoringConfig, guardedScoringConfigSchema, migrateConfig, scoringConfigSchema } from '../../src/domain/config';
import { TWELVE_WEIGHTS } from '../../src/domain/indicators/twelve';

const allZero = Object.fromEntries(Object.keys(TWELVE_WEIGHTS).map((id) => [id, 0]));

describe('configuration guards', () => {
  it('weights summing to 0 are refused by the guarded schema and reported for the weights field', () => {
    const config = { ...defaultScoringConfig(), weights: allZero };
    expect(configProblems(config).map((p) => [p.field, p.code])).toEqual([['weights', 'weights-zero']]);
    expect(guardedScoringConfigSchema.safeParse(config).success).toBe(false);
    expect(guardedScoringConfigSchema.safeParse(defaultScoringConfig()).success).toBe(true);
    // One weight left above 0 is enough.
    expect(configProblems({ ...config, weights: { ...allZero, claimReasonableness: 1 } })).toEqual([]);
  });

  it('a saved configuration with weights summing to 0 loads the default weights, says so, and is marked rejected', () => {
    const r = migrateConfig({ ...defaultScoringConfig(), weights: allZero });
    if (!r.ok) throw new Error(r.error);
    expect(r.config.weights).toEqual({});
    expect(r.rejected).toHaveLength(1);
    expect(r.warnings.join(' ')).toMatch(/add up to 0/);
  });

  it('cut-offs that leave a tier impossible are refused, naming the tier', () => {
    expect(tierRuleProblems({ kind: 'score', cutoffs: [75, 75, 55, 45, 35] }).map((p) => [p.code, p.tier])).toEqual([['cutoffs-not-descending', 'Platinum']]);
    expect(tierRuleProblems({ kind: 'score', cutoffs: [75, 65, 55, 45, 0] }).map((p) => [p.code, p.tier])).toEqual([['cutoff-leaves-lead-empty', 'Lead']]);
    expect(tierRuleProblems({ kind: 'score', cutoffs: [75, 65, 55, 45, 35] })).toEqual([]);
    expect(scoringConfigSchema.safeParse({ ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [75, 75, 55, 45, 35] } }).success).toBe(false);
    const r = migrateConfig({ ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [75, 65, 55, 45, 0] } });
    expect(r.ok && r.rejected?.[0]).toMatch(/Lead/);
  });

  it('shares not summing to 100 % are refused with the total', () => {
    const problems = tierRuleProblems({ kind: 'share', shares: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1] });
    expect(problems.map((p) => [p.code, p.value])).toEqual([['shares-not-100', 60]]);
  });

  it('property: strictly descending cut-offs above 0 are accepted, and every accepted rule can place a customer in each tier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }), (cutoffs) => {
        const ok = tierRuleProblems({ kind: 'score', cutoffs }).length === 0;
        const reachable = cutoffs.every((c, k) => k === 0 || c < (cutoffs[k - 1] as number)) && (cutoffs[4] as number) > 0;
        expect(ok).toBe(reachable);
      }),
    );
  });
});

describe('tier names', () => {
  it('allows up to 40 characters after trimming and refuses 41', () => {
    expect(tierNamesProblems({ Lead: ` ${'x'.repeat(40)} ` })).toEqual([]);
    expect(tierNamesProblems({ Lead: 'x'.repeat(41) }).map((p) => [p.field, p.code, p.tier, p.value])).toEqual([['tierNames', 'tier-name-too-long', 'Lead', 41]]);
  });

  it('marks every tier that shares a name, whatever the case, and ignores blanks', () => {
    expect(tierNamesProblems({ Gold: 'Base', Lead: ' base ', Iron: '  ' }).map((p) => [p.tier, p.otherTier])).toEqual([
      ['Gold', 'Lead'],
      ['Lead', 'Gold'],
    ]);
  });

  it("refuses another tier's default word in any language or its key, any case, even when that tier has its own name", () => {
    const refused = (names: Record<string, string>) => tierNamesProblems(names).map((p) => [p.tier, p.code, p.otherTier, p.name]);
    // The words written out here, not taken from the code under test.
    expect(refused({ Lead: '钻石' })).toEqual([['Lead', 'tier-name-default-word', 'Diamond', '钻石']]);
    expect(refused({ Lead: '鑽石' })).toEqual([['Lead', 'tier-name-default-word', 'Diamond', '鑽石']]);
    expect(refused({ Iron: ' lead (METAL) ' })).toEqual([['Iron', 'tier-name-default-word', 'Lead', 'lead (METAL)']]);
    expect(refused({ Iron: 'lead' })).toEqual([['Iron', 'tier-name-default-word', 'Lead', 'lead']]);
    expect(refused({ Diamond: '白金' })).toEqual([['Diamond', 'tier-name-default-word', 'Platinum', '白金']]);
    // Gold's own name does not free its word: cells written before it was named still say "Gold".
    expect(refused({ Lead: 'Gold', Gold: 'Key' })).toEqual([['Lead', 'tier-name-default-word', 'Gold', 'Gold']]);
    // A tier may carry its own word, in any language.
    expect(tierNamesProblems({ Gold: '黃金', Lead: 'LEAD (metal)', Diamond: 'Diamant' })).toEqual([]);
    // The English the CLI prints names both tiers.
    expect(tierNamesProblems({ Lead: '铂金' })[0]?.message).toBe('The name "铂金" for Lead is what Platinum is called by default (in English or Chinese); a tier cell with it would read as Platinum.');
  });

  it('the schema refuses what the pane refuses among the names themselves', () => {
    const config = defaultScoringConfig();
    expect(scoringConfigSchema.safeParse({ ...config, tierNames: { Gold: 'Base', Lead: 'BASE' } }).success).toBe(false);
    expect(scoringConfigSchema.safeParse({ ...config, tierNames: { Lead: 'y'.repeat(41) } }).success).toBe(false);
    expect(scoringConfigSchema.safeParse({ ...config, tierNames: { Lead: 'Base' } }).success).toBe(true);
    expect(configProblems({ ...config, tierNames: { Gold: 'Base', Lead: 'BASE' } }).filter((p) => p.field === 'tierNames')).toHaveLength(2);
  });

  it("the schema and the loader refuse another tier's default word (the workbook's settings and --config use them)", () => {
    const config = defaultScoringConfig();
    const parsed = scoringConfigSchema.safeParse({ ...config, tierNames: { Iron: '青铜' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['The name "青铜" for Iron is what Bronze is called by default (in English or Chinese); a tier cell with it would read as Bronze.']);
    expect(guardedScoringConfigSchema.safeParse({ ...config, tierNames: { Iron: 'bronze' } }).success).toBe(false);
    // migrateConfig (the workbook's settings, the CLI's --config): the names fall back to none, and the guard is named as rejected.
    const migrated = migrateConfig({ ...config, tierNames: { Iron: 'Bronze', Lead: 'Base' } });
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.config.tierNames).toEqual({});
    expect(migrated.rejected).toEqual(['The name "Bronze" for Iron is what Bronze is called by default (in English or Chinese); a tier cell with it would read as Bronze.']);
    expect(migrated.warnings.some((w) => w.startsWith('"tierNames" was invalid'))).toBe(true);
  });
});
