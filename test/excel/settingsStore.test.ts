import { defaultScoringConfig } from '../../src/domain/config';
import { loadSettings, saveConfig, SETTINGS_KEY } from '../../src/excel/settingsStore';
import { columnOf, expectOk, run, sampleBook, sheetValues } from './helpers';

describe('settings', () => {
  it('saves under one key and loads back, validated', async () => {
    const book = sampleBook({ customers: 10, orders: 60 });
    const loaded = await loadSettings();
    expect(loaded.revision).toBeNull();
    expect(loaded.warnings).toEqual([]);
    const config = { ...defaultScoringConfig(), annualTarget: 1_000_000 };
    const saved = await saveConfig(config, { expectedRevision: loaded.revision });
    expect(saved.ok).toBe(true);
    expect([...book.sim.workbook.settings.keys()]).toEqual([SETTINGS_KEY]);
    const again = await loadSettings();
    expect(again.config.annualTarget).toBe(1_000_000);
    expect(again.revision?.counter).toBe(1);
  });

  it('refuses a save from a pane whose loaded revision is out of date (two panes)', async () => {
    sampleBook({ customers: 10, orders: 60 });
    const paneA = await loadSettings();
    const paneB = await loadSettings();
    const a = await saveConfig({ ...defaultScoringConfig(), annualTarget: 1 }, { expectedRevision: paneA.revision });
    expect(a.ok).toBe(true);
    const b = await saveConfig({ ...defaultScoringConfig(), annualTarget: 2 }, { expectedRevision: paneB.revision });
    expect(b).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await loadSettings()).config.annualTarget).toBe(1);
    // Pane B reloads, then saves on top of A's revision.
    const reloaded = await loadSettings();
    const b2 = await saveConfig({ ...defaultScoringConfig(), annualTarget: 2 }, { expectedRevision: reloaded.revision });
    expect(b2.ok).toBe(true);
    if (b2.ok) expect(b2.revision.counter).toBe(2);
    // A's stale revision is now refused.
    if (a.ok) expect((await saveConfig(defaultScoringConfig(), { expectedRevision: a.revision })).ok).toBe(false);
  });

  it.each([
    ['text', 'nonsense'],
    ['number', 42],
    ['wrong shapes', { schemaVersion: 1, config: { tierRule: 'x', weights: [1] }, mapping: { orders: { sheet: 3 } }, revision: 'r' }],
    ['newer version', { schemaVersion: 99, config: {} }],
  ])('survives nonsense settings (%s): defaults with a warning, and a run still works', async (_label, stored) => {
    const book = sampleBook({ customers: 10, orders: 60 });
    book.sim.workbook.setSetting(SETTINGS_KEY, stored);
    const loaded = await loadSettings();
    expect(loaded.warnings.length).toBeGreaterThan(0);
    expect(loaded.config.tierRule).toEqual(defaultScoringConfig().tierRule);
    const summary = expectOk(await run(book));
    expect(summary.warnings.length).toBeGreaterThan(0);
  });

  it("refuses tier names that take another tier's default word: stored by hand (loaded without them) or sent to save (refused)", async () => {
    const book = sampleBook({ customers: 10, orders: 60 });
    book.sim.workbook.setSetting(SETTINGS_KEY, { schemaVersion: 1, config: { ...defaultScoringConfig(), annualTarget: 5, tierNames: { Lead: '黄金', Diamond: 'Top' } } });
    const loaded = await loadSettings();
    expect(loaded.config.annualTarget).toBe(5);
    expect(loaded.config.tierNames).toEqual({});
    expect(loaded.warnings.join(' ')).toContain('The name "黄金" for Lead is what Gold is called by default');
    // A run writes the default words, never a name that would read back as another tier.
    expectOk(await run(book));
    const tierColumn = columnOf(book, 'Customers', 'Tiers tier');
    const tiers = sheetValues(book, 'Customers')
      .slice(1)
      .map((r) => r[tierColumn]);
    expect(tiers).toContain('Lead (metal)');
    expect(tiers).not.toContain('黄金');
    expect(tiers).not.toContain('Top');
    // The adapter's save refuses it too, and keeps what was stored.
    const refused = await saveConfig({ ...defaultScoringConfig(), tierNames: { Lead: 'gold' } }, { expectedRevision: loaded.revision });
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
    if (!refused.ok && refused.reason === 'invalid') expect(refused.message).toContain('The name "gold" for Lead is what Gold is called by default');
    expect((book.sim.workbook.getSetting(SETTINGS_KEY) as { config: { annualTarget: number } }).config.annualTarget).toBe(5);
  });

  it('keeps valid fields of a damaged config and warns about the rest', async () => {
    const book = sampleBook({ customers: 10, orders: 60 });
    book.sim.workbook.setSetting(SETTINGS_KEY, { schemaVersion: 1, config: { ...defaultScoringConfig(), annualTarget: 5, abc: 'broken' } });
    const loaded = await loadSettings();
    expect(loaded.config.annualTarget).toBe(5);
    expect(loaded.config.abc).toEqual(defaultScoringConfig().abc);
    expect(loaded.warnings.join(' ')).toMatch(/abc/);
  });
});
