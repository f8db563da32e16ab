import { defaultScoringConfig, migrateConfig, predictiveClvOptions, scoringConfigSchema } from '../../src/domain/config';

describe('scoring configuration', () => {
  it('defaults validate against the schema and survive a JSON round trip', () => {
    const config = defaultScoringConfig();
    expect(scoringConfigSchema.parse(config)).toEqual(config);
    const back = migrateConfig(JSON.stringify(config));
    expect(back).toEqual({ ok: true, config, warnings: [], notes: [] });
  });

  it('rejects shares that do not add up and cut-offs that go up', () => {
    expect(scoringConfigSchema.safeParse({ ...defaultScoringConfig(), tierRule: { kind: 'share', shares: [0.5, 0.5, 0.5, 0, 0, 0] } }).success).toBe(false);
    expect(scoringConfigSchema.safeParse({ ...defaultScoringConfig(), tierRule: { kind: 'score', cutoffs: [10, 20, 30, 40, 50] } }).success).toBe(false);
    expect(scoringConfigSchema.safeParse({ ...defaultScoringConfig(), abc: { basis: 'sales', cutA: 0.9, cutB: 0.8 } }).success).toBe(false);
  });

  it('reads an unversioned, partial configuration, filling defaults with warnings', () => {
    const r = migrateConfig({ weights: { profitMargin: 40 }, rfm: { mode: 'quintile' }, colour: 'blue' });
    if (!r.ok) throw new Error(r.error);
    expect(r.config.weights).toEqual({ profitMargin: 40 });
    expect(r.config.rfm.mode).toBe('quintile');
    expect(r.config.tierRule).toEqual(defaultScoringConfig().tierRule);
    expect(r.warnings.some((w) => /no schema version/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /colour/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /"tierRule" was missing/.test(w))).toBe(true);
  });

  it('replaces an invalid field by its default and keeps the rest', () => {
    const r = migrateConfig({ ...defaultScoringConfig(), abc: { basis: 'margin' }, weights: { a: 3 } });
    if (!r.ok) throw new Error(r.error);
    expect(r.config.abc).toEqual(defaultScoringConfig().abc);
    expect(r.config.weights).toEqual({ a: 3 });
    expect(r.warnings).toHaveLength(1);
  });

  it('falls back to the default profile when a custom profile id has no definition', () => {
    const r = migrateConfig({ ...defaultScoringConfig(), profileId: 'ghost' });
    expect(r.ok && r.config.profileId).toBe('default');
  });

  it('refuses newer versions, non-objects and broken JSON', () => {
    expect(migrateConfig({ schemaVersion: 99 })).toMatchObject({ ok: false });
    expect(migrateConfig([1, 2])).toMatchObject({ ok: false });
    expect(migrateConfig('{not json')).toMatchObject({ ok: false });
    expect(migrateConfig(null)).toMatchObject({ ok: false });
  });

  describe('predictive section', () => {
    it('defaults to the fit on, in weeks, 12 months at 1% a month, churn below P(alive) 0.5', () => {
      expect(defaultScoringConfig().predictive).toEqual({ enabled: true, period: 'week', horizonMonths: 12, monthlyDiscountRate: 0.01, churnThreshold: 0.5, backtestSplit: null });
    });

    it('keeps a model-check split date; a section saved before it existed loads with none (the default split) and no warning', () => {
      const predictive = { enabled: true, period: 'week' as const, horizonMonths: 12, monthlyDiscountRate: 0.01, churnThreshold: 0.5 };
      expect(migrateConfig({ ...defaultScoringConfig(), predictive })).toEqual({ ok: true, config: defaultScoringConfig(), warnings: [], notes: [] });
      expect(migrateConfig({ ...defaultScoringConfig(), predictive: { ...predictive, backtestSplit: '2025-09-30' } })).toMatchObject({
        ok: true,
        config: { predictive: { backtestSplit: '2025-09-30' } },
        warnings: [],
      });
      const r = migrateConfig({ ...defaultScoringConfig(), predictive: { ...predictive, backtestSplit: '30/09/2025' } });
      expect(r).toMatchObject({ ok: true, config: { predictive: { backtestSplit: null } }, warnings: [expect.stringMatching(/"predictive" was invalid.*YYYY-MM-DD/)] });
    });

    it('loads a configuration saved before the section existed with the defaults and no warning', () => {
      const { predictive: _absent, ...older } = defaultScoringConfig();
      const r = migrateConfig(JSON.stringify({ ...older, annualTarget: 9 }));
      expect(r).toEqual({ ok: true, config: { ...defaultScoringConfig(), annualTarget: 9 }, warnings: [], notes: [] });
    });

    it('keeps a valid section and replaces a broken one by the defaults with a warning', () => {
      const predictive = { enabled: false, period: 'day' as const, horizonMonths: 6, monthlyDiscountRate: 0, churnThreshold: 0.8 };
      expect(migrateConfig({ ...defaultScoringConfig(), predictive })).toMatchObject({ ok: true, config: { predictive }, warnings: [] });
      for (const broken of [{ ...predictive, period: 'fortnight' }, { ...predictive, horizonMonths: 1.5 }, { ...predictive, churnThreshold: 2 }, 'yes']) {
        const r = migrateConfig({ ...defaultScoringConfig(), predictive: broken });
        if (!r.ok) throw new Error(r.error);
        expect(r.config.predictive).toEqual(defaultScoringConfig().predictive);
        expect(r.warnings).toEqual([expect.stringMatching(/"predictive" was invalid/)]);
      }
    });

    it('turns into the fit options for a run date, or null when switched off', () => {
      const config = defaultScoringConfig();
      expect(predictiveClvOptions({ predictive: { ...config.predictive, period: 'month', churnThreshold: 0.7 } }, 20_000)).toEqual({
        asOf: 20_000,
        period: 'month',
        horizonMonths: 12,
        monthlyDiscountRate: 0.01,
        churnThreshold: 0.7,
      });
      expect(predictiveClvOptions({ predictive: { ...config.predictive, enabled: false } }, 20_000)).toBeNull();
    });
  });
});
