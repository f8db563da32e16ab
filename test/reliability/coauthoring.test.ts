/**
 * Two panes on one workbook: two copies of the adapter's settings module (two sessions, as two
 * co-authors' panes are) on one simulator. A pane that saves over settings another pane changed
 * since it loaded them must be refused, never overwrite silently.
 */
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { createSimulator, type Simulator } from '../../src/simulator';
import { book, customersGrid, ordersGrid } from '../fixtures/bad-workbooks/base';
import { runOnce } from './support/runCase';

type SettingsModule = typeof import('../../src/excel/settingsStore');

/** A fresh copy of the settings module: its own SESSION_ID, as a second pane's would be. */
function openPane(): SettingsModule {
  let pane: SettingsModule | undefined;
  jest.isolateModules(() => {
    pane = jest.requireActual<SettingsModule>('../../src/excel/settingsStore');
  });
  if (!pane) throw new Error('settings module not loaded');
  return pane;
}

const withTarget = (annualTarget: number): ScoringConfig => ({ ...defaultScoringConfig(), annualTarget });

function storedTarget(sim: Simulator): unknown {
  const stored = sim.workbook.getSetting(SETTINGS_KEY) as { config?: { annualTarget?: unknown } } | undefined;
  return stored?.config?.annualTarget;
}

function setup(): { sim: Simulator; a: SettingsModule; b: SettingsModule } {
  const sim = createSimulator(book(customersGrid(), ordersGrid()));
  sim.installGlobals(globalThis);
  const a = openPane();
  const b = openPane();
  expect(a.SESSION_ID).not.toBe(b.SESSION_ID);
  return { sim, a, b };
}

describe('two panes on one workbook', () => {
  it('the second save over a stale revision is refused, and the first save is kept', async () => {
    const { sim, a, b } = setup();
    const seenByA = await a.loadSettings();
    const seenByB = await b.loadSettings();
    expect(seenByA.revision).toBeNull();
    const saved = await a.saveConfig(withTarget(1000), { expectedRevision: seenByA.revision });
    expect(saved.ok).toBe(true);
    const clash = await b.saveConfig(withTarget(2000), { expectedRevision: seenByB.revision });
    expect(clash).toMatchObject({ ok: false, reason: 'conflict' });
    expect(storedTarget(sim)).toBe(1000);

    // B reloads, sees A's change and saves on top of it; now A is the stale one.
    const reloaded = await b.loadSettings();
    expect(reloaded.config.annualTarget).toBe(1000);
    const second = await b.saveConfig(withTarget(3000), { expectedRevision: reloaded.revision });
    expect(second.ok).toBe(true);
    const stale = await a.saveConfig(withTarget(4000), { expectedRevision: saved.ok ? saved.revision : null });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect(storedTarget(sim)).toBe(3000);
  });

  it("a scoring run in one pane leaves the other pane's settings and revision alone", async () => {
    const { sim, a, b } = setup();
    const saved = await a.saveConfig(withTarget(500), { expectedRevision: null });
    if (!saved.ok) throw new Error('save failed');
    const before = sim.workbook.getSetting(SETTINGS_KEY);
    expect((await runOnce()).ok).toBe(true);
    expect(sim.workbook.getSetting(SETTINGS_KEY)).toEqual(before);
    const again = await a.saveConfig(withTarget(600), { expectedRevision: saved.revision });
    expect(again.ok).toBe(true);
    expect((await b.loadSettings()).config.annualTarget).toBe(600);
  });

  it('settings deleted by another pane (or lost, office-js#6091) are a conflict for a pane that loaded a revision', async () => {
    const { sim, a } = setup();
    const saved = await a.saveConfig(withTarget(700), { expectedRevision: null });
    if (!saved.ok) throw new Error('save failed');
    sim.workbook.deleteSetting(SETTINGS_KEY);
    const after = await a.saveConfig(withTarget(800), { expectedRevision: saved.revision });
    expect(after).toMatchObject({ ok: false, reason: 'conflict' });
  });

  /**
   * Both panes save at the same moment, each against the revision it loaded. The check (read) and
   * the write are separate round trips, so the two saves interleave: both pass the check and the
   * later write replaces the earlier one while both panes are told "saved".
   */
  test('two saves at the same moment: at most one is told it succeeded', async () => {
    const { sim, a, b } = setup();
    const [ra, rb] = await Promise.all([a.saveConfig(withTarget(1), { expectedRevision: null }), b.saveConfig(withTarget(2), { expectedRevision: null })]);
    const succeeded = [ra, rb].filter((r) => r.ok);
    expect(succeeded).toHaveLength(1);
    const winner = ra.ok ? 1 : 2;
    expect(storedTarget(sim)).toBe(winner);
  });
});
