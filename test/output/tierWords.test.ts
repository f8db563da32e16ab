import { defaultScoringConfig, migrateConfig, scoringConfigSchema } from '../../src/domain/config';
import { TIER_NAMES } from '../../src/domain/segments/tiers';
import { SHEET_LANGUAGES } from '../../src/output/sheetWords';
import { snapshotCells, snapshotRowsOf, type SnapshotRow } from '../../src/output/snapshots';
import { TIER_CHANGE_WORDS, TIER_WORDS, tierChangeWord, tierKeyOf, tierWord } from '../../src/output/tierWords';
import { tierMoves } from '../../src/output/tierMoves';

describe('tier words', () => {
  it('every tier has a distinct word in every language, and each reads back to its key from any language', () => {
    for (const language of SHEET_LANGUAGES) {
      const words = TIER_NAMES.map((t) => tierWord(t, language));
      expect(new Set(words).size).toBe(TIER_NAMES.length);
      TIER_NAMES.forEach((tier, k) => {
        expect(words[k]).toBe(TIER_WORDS[language][tier]);
        expect(tierKeyOf(words[k])).toBe(tier);
        expect(tierKeyOf(` ${words[k]!.toUpperCase()} `)).toBe(tier);
      });
    }
    // What earlier versions wrote (the English keys) still reads.
    for (const tier of TIER_NAMES) expect(tierKeyOf(tier)).toBe(tier);
    expect(tierKeyOf('Lead')).toBe('Lead');
    expect(tierWord(null, 'zh-TW')).toBeNull();
    expect(tierKeyOf('')).toBeNull();
    expect(tierKeyOf(3)).toBeNull();
    expect(tierKeyOf('Prospect')).toBeNull();
  });

  it('the lowest tier never reads as a sales lead', () => {
    expect(TIER_WORDS.en.Lead).toBe('Lead (metal)');
    expect(TIER_WORDS['zh-CN'].Lead).toBe('铅');
    expect(TIER_WORDS['zh-TW'].Lead).toBe('鉛');
  });

  it("writes a manager's names as typed in every language and reads them back before any default", () => {
    const names = { Gold: 'Key Account', Bronze: '黄金' };
    for (const language of SHEET_LANGUAGES) {
      expect(tierWord('Gold', language, names)).toBe('Key Account');
      expect(tierWord('Iron', language, names)).toBe(TIER_WORDS[language].Iron);
    }
    expect(tierKeyOf('key account', names)).toBe('Gold');
    // A name that is another tier's default word means the manager's tier.
    expect(tierKeyOf('黄金', names)).toBe('Bronze');
    expect(tierKeyOf('黃金', names)).toBe('Gold');
  });

  it('the tier change words exist in every language', () => {
    for (const language of SHEET_LANGUAGES) for (const change of ['up', 'down', 'same', 'new'] as const) expect(tierChangeWord(change, language)).toBe(TIER_CHANGE_WORDS[language][change]);
    expect(tierChangeWord(null, 'zh-CN')).toBeNull();
  });
});

describe('snapshots read back by key', () => {
  const row = (asOf: string, tier: string | null, score: number): SnapshotRow => ({ runId: `${asOf}T00:00:00Z`, asOf, customerId: 'C1', score, tier });

  it('rows written in English, then zh-TW, then with a manager name give the same moves as keys', () => {
    const names = { Platinum: 'Star' };
    const cells = [snapshotCells(row('2026-01-31', 'Lead', 10), 'en'), snapshotCells(row('2026-02-28', 'Gold', 55), 'zh-TW'), snapshotCells(row('2026-03-31', 'Platinum', 70), 'zh-CN', names)];
    expect(cells.map((c) => c[4])).toEqual(['Lead (metal)', '黃金', 'Star']);
    const rows = snapshotRowsOf(cells, names);
    expect(rows.map((r) => r.tier)).toEqual(['Lead', 'Gold', 'Platinum']);
    expect(tierMoves(rows, 'C1').map((m) => [m.from, m.to, m.direction])).toEqual([
      ['Gold', 'Platinum', 'up'],
      ['Lead', 'Gold', 'up'],
    ]);
    // A word of no tier is kept as it stands.
    expect(snapshotRowsOf([['r', '2026-01-31', 'C1', 5, ' Mystery ']])[0]!.tier).toBe('Mystery');
  });
});

describe('tierNames in the configuration', () => {
  it('defaults to none, is optional in an older saved configuration, and refuses a name given twice', () => {
    expect(defaultScoringConfig().tierNames).toEqual({});
    const { tierNames: _omitted, ...older } = defaultScoringConfig();
    const migrated = migrateConfig(older);
    expect(migrated.ok && migrated.config.tierNames).toEqual({});
    expect(migrated.ok && migrated.warnings).toEqual([]);
    expect(scoringConfigSchema.shape.tierNames.safeParse({ Gold: 'A', Iron: 'a' }).success).toBe(false);
    expect(scoringConfigSchema.shape.tierNames.safeParse({ Gold: 'A', Iron: 'B' }).success).toBe(true);
    expect(scoringConfigSchema.shape.tierNames.safeParse({ Copper: 'A' }).success).toBe(false);
    const kept = migrateConfig({ ...defaultScoringConfig(), tierNames: { Lead: ' Base ' } });
    expect(kept.ok && kept.config.tierNames).toEqual({ Lead: 'Base' });
  });
});
