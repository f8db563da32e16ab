/** A tier's earlier names (docs/sheet-language.md, "Renaming a tier"): kept by each save, read back after a rename. */
import { defaultScoringConfig, migrateConfig, scoringConfigSchema } from '../../../src/domain/config';
import { MAX_EARLIER_TIER_NAMES, withEarlierTierNames, type TierNaming } from '../../../src/domain/segments/tierNameHistory';
import { tierKeyOf } from '../../../src/output/tierWords';

const naming = (tierNames: TierNaming['tierNames'], earlierTierNames: TierNaming['earlierTierNames'] = {}): TierNaming => ({ tierNames, earlierTierNames });

describe('withEarlierTierNames', () => {
  it('puts a name given up (renamed or emptied) first in its tier history, and keeps the rest of the configuration', () => {
    const before = naming({ Gold: 'Key', Lead: 'Base' }, { Gold: ['Older'] });
    const after = { ...defaultScoringConfig(), tierNames: { Gold: 'Core' } };
    const next = withEarlierTierNames(before, after);
    expect(next.earlierTierNames).toEqual({ Gold: ['Key', 'Older'], Lead: ['Base'] });
    expect(next.tierNames).toEqual({ Gold: 'Core' });
    expect(next.tierRule).toBe(after.tierRule);
    // Twice is once; an unchanged name is not history.
    expect(withEarlierTierNames(before, next).earlierTierNames).toEqual(next.earlierTierNames);
    expect(withEarlierTierNames(naming({ Gold: 'Key' }), naming({ Gold: ' key ' })).earlierTierNames).toEqual({});
  });

  it('never keeps a name in use, nor a word in two histories: the tier that gave it up last has it', () => {
    // Swap: Gold "A" -> "B", Platinum "B" -> "A". Both names are in use again, so neither is history.
    expect(withEarlierTierNames(naming({ Gold: 'A', Platinum: 'B' }), naming({ Gold: 'B', Platinum: 'A' })).earlierTierNames).toEqual({});
    // Gold once was "X"; now Iron gives "X" up: it is Iron's earlier name, no longer Gold's.
    expect(withEarlierTierNames(naming({ Iron: 'X' }, { Gold: ['X', 'Y'] }), naming({ Iron: 'Z' }, { Gold: ['X', 'Y'] })).earlierTierNames).toEqual({ Gold: ['Y'], Iron: ['X'] });
    // Renamed back to an earlier name: out of the history.
    expect(withEarlierTierNames(naming({ Gold: 'B' }, { Gold: ['A'] }), naming({ Gold: 'A' }, { Gold: ['A'] })).earlierTierNames).toEqual({ Gold: ['B'] });
  });

  it(`keeps at most ${MAX_EARLIER_TIER_NAMES} per tier, newest first`, () => {
    let config: TierNaming = naming({ Gold: 'n0' });
    for (let k = 1; k <= 8; k++) config = withEarlierTierNames(config, naming({ Gold: `n${k}` }, config.earlierTierNames));
    expect(config.earlierTierNames).toEqual({ Gold: ['n7', 'n6', 'n5', 'n4', 'n3'] });
    expect(scoringConfigSchema.shape.earlierTierNames.safeParse(config.earlierTierNames).success).toBe(true);
    expect(scoringConfigSchema.shape.earlierTierNames.safeParse({ Gold: ['a', 'b', 'c', 'd', 'e', 'f'] }).success).toBe(false);
  });
});

describe('tier cells read back by earlier names', () => {
  it('after the names in use and the default words', () => {
    const earlier = { Gold: ['Key accounts'], Lead: ['基础客户'] };
    expect(tierKeyOf('Key accounts', { Gold: 'Core' }, earlier)).toBe('Gold');
    expect(tierKeyOf(' key ACCOUNTS ', {}, earlier)).toBe('Gold');
    expect(tierKeyOf('基础客户', {}, earlier)).toBe('Lead');
    expect(tierKeyOf('Key accounts', { Gold: 'Core' })).toBeNull();
    // A name in use wins over a history that still holds it (a hand-edited configuration).
    expect(tierKeyOf('Key accounts', { Iron: 'Key accounts' }, earlier)).toBe('Iron');
    expect(tierKeyOf('Gold', {}, { Lead: ['Gold'] })).toBe('Gold');
  });

  it('a configuration saved before the history existed loads with none', () => {
    const { earlierTierNames: _omitted, ...older } = defaultScoringConfig();
    const migrated = migrateConfig(older);
    expect(migrated.ok && migrated.config.earlierTierNames).toEqual({});
    expect(migrated.ok && migrated.warnings).toEqual([]);
  });
});
