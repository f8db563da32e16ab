import { defaultScoringConfig, migrateConfig, scoringConfigSchema } from '../../src/domain/config';

describe('scoring configuration', () => {
  it('defaults validate against the schema and survive a JSON round trip', () => {
    const config = defaultScoringConfig();
    expect(scoringConfigSchema.parse(config)).toEqual(config);
    const back = migrateConfig(JSON.stringify(config));
    expect(back).toEqual({ ok: true, config, warnings: [] });
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
});
