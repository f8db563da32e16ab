/** @jest-environment jsdom */
/** What loading the saved settings changed (a refused tier name, cut-offs out of order, a damaged mapping) is shown as a notice in the pane's language. */
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defaultScoringConfig } from '../../../src/domain/config';
import { parseStoredSettings, saveConfig, type SettingsNote } from '../../../src/excel/settingsStore';
import { App } from '../../../src/taskpane/App';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import { format, type Locale, type MessageKey } from '../../../src/taskpane/i18n/messages';
import { catalogues } from '../../support/catalogues';
import { settingsNoteText } from '../../../src/taskpane/i18n/settingsNoteText';
import { InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import type { WorkbookPort, WorkPort } from '../../../src/taskpane/services/workbookPort';
import { usePane } from '../../../src/taskpane/state/usePane';
import { unused, unusedWorkPort } from '../../support/paneHarness';

const tOf =
  (locale: Locale) =>
  (key: MessageKey, values?: Record<string, string | number>): string =>
    format(catalogues[locale][key], values);

// A stored configuration a guard refuses in three places, and an order mapping of the wrong form.
const stored = {
  schemaVersion: 1,
  config: {
    ...defaultScoringConfig(),
    tierRule: { kind: 'score', cutoffs: [75, 80, 55, 45, 35] },
    tierNames: { Gold: 'Bronze', Iron: 'Key accounts' },
    weights: { profitMargin: 0, paymentEfficiency: 0, salesVolume: 0 },
    bogus: 1,
  },
  mapping: { orders: { sheet: 3 } },
  revision: { counter: 1, savedAt: '2026-01-01T00:00:00Z', sessionId: 's' },
};

describe('settings notes', () => {
  const loaded = parseStoredSettings(stored);

  it('loading keeps what it dropped as codes with the setting and the figures', () => {
    const guards = loaded.notes.filter((n): n is Extract<SettingsNote, { code: 'guard' }> => n.code === 'guard').map((n) => n.problem);
    expect(guards).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'tierRule', code: 'cutoffs-not-descending', tier: 'Platinum', value: 80 }),
        expect.objectContaining({ field: 'tierNames', code: 'tier-name-default-word', tier: 'Gold', name: 'Bronze' }),
      ]),
    );
    expect(loaded.notes).toEqual(
      expect.arrayContaining([
        { code: 'unknown-setting', field: 'bogus' },
        { code: 'mapping-invalid', sheet: 'orders' },
      ]),
    );
    // The good tier name is dropped with the bad one: the stored names fall back as a whole.
    expect(loaded.config.tierNames).toEqual({});
  });

  it.each<[Locale, string, string]>([
    ['en', 'Tier name “Bronze” for Gold', 'No customer can be Platinum: its lowest score (80)'],
    ['zh', '黄金的等级名称“Bronze”', '没有客户能进入铂金：其最低分（80）'],
    ['zh-Hant', '黃金的等級名稱「Bronze」', '沒有客戶能進入白金：其最低分（80）'],
  ])('%s names the setting and the rule, keeping the figures', (locale, tierName, cutoff) => {
    const lines = loaded.notes.map((n) => settingsNoteText(tOf(locale), n));
    expect(lines.some((l) => l.startsWith(tierName))).toBe(true);
    expect(lines.some((l) => l.includes(cutoff))).toBe(true);
    if (locale !== 'en') for (const line of lines) expect(line.replace(/Bronze|Tiers|bogus|RFM|ABC/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('a setting stored in the wrong form', () => {
  // Hand-edited settings: a basis the ABC analysis does not have, a switch stored as text, a negative coverage, weights as a word.
  const wrongForm = parseStoredSettings({
    ...stored,
    config: { ...defaultScoringConfig(), abc: { basis: 'volume', cutA: 0.6, cutB: 0.9 }, predictive: { ...defaultScoringConfig().predictive, enabled: 'yes' }, minCoverage: -2, weights: 'heavy' },
  });
  const invalid = wrongForm.notes.filter((n) => n.code === 'field-invalid');

  it('keeps the rule each broke, from the schema', () => {
    expect(invalid).toEqual([
      { code: 'field-invalid', field: 'weights', rule: { kind: 'type', path: '', expected: 'object' } },
      { code: 'field-invalid', field: 'abc', rule: { kind: 'one-of', path: 'basis', values: ['sales', 'profit'] } },
      { code: 'field-invalid', field: 'predictive', rule: { kind: 'type', path: 'enabled', expected: 'boolean' } },
      { code: 'field-invalid', field: 'minCoverage', rule: { kind: 'at-least', path: '', limit: 0, inclusive: true, of: 'number' } },
    ]);
  });

  it.each<[Locale, string[]]>([
    ['en', ['it should be a group of settings.', '“basis” should be one of “sales”, “profit”.', '“enabled” should be true or false.', 'it should be at least 0.']],
    ['zh', ['该值应为一组设置。', '“basis”应为以下之一：“sales”、“profit”。', '“enabled”应为是或否。', '该值应不小于 0。']],
    ['zh-Hant', ['該值應為一組設定。', '「basis」應為下列之一：「sales」、「profit」。', '「enabled」應為是或否。', '該值應不小於 0。']],
  ])('%s says the rule, not the schema’s English', (locale, endings) => {
    const lines = invalid.map((n) => settingsNoteText(tOf(locale), n));
    lines.forEach((line, i) => expect(line.endsWith(endings[i] as string)).toBe(true));
    // Only the stored keys and values are left as written.
    if (locale !== 'en') for (const line of lines) expect(line.replace(/basis|sales|profit|enabled|Tiers|ABC/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('the pane on open', () => {
  let container: HTMLElement;
  let root: Root;
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it.each<Locale>(['en', 'zh', 'zh-Hant'])('shows what loading dropped, in %s', async (locale) => {
    const loaded = parseStoredSettings(stored);
    const port: WorkbookPort = {
      listSheets: async () => [],
      readInputs: unused,
      loadSettings: async () => ({ config: loaded.config, mapping: null, revision: loaded.revision, warnings: loaded.warnings, notes: loaded.notes }),
      saveSettings: unused,
      run: unused,
      selectCell: async () => undefined,
      onCustomerRowSelected: async () => () => undefined,
      work: unusedWorkPort,
    };
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () =>
      root.render(
        <I18nProvider initialLocale={locale}>
          <App port={port} client={new InThreadClient()} dark={false} />
        </I18nProvider>,
      ),
    );
    const text = container.textContent ?? '';
    expect(text).toContain(catalogues[locale].settingsNotesTitle);
    for (const note of loaded.notes) expect(text).toContain(settingsNoteText(tOf(locale), note));
    // Not the loader's English.
    expect(text).not.toContain('was invalid');
  });
});

describe('a refused save', () => {
  it('the store says why as codes, not only zod English', async () => {
    const config = { ...defaultScoringConfig(), tierRule: { kind: 'score' as const, cutoffs: [75, 80, 55, 45, 35] } };
    const result = await saveConfig(config, { expectedRevision: null });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    const notes = result.ok || result.reason !== 'invalid' ? [] : result.notes;
    expect(notes).toEqual([{ code: 'guard', problem: expect.objectContaining({ field: 'tierRule', code: 'cutoffs-not-descending', tier: 'Platinum', value: 80 }) }]);
    expect(settingsNoteText(tOf('zh'), notes[0]!)).toBe('等级分数线或比例：没有客户能进入铂金：其最低分（80）必须低于上一等级。');
  });

  it('the pane shows the refusal by its notes in its language', async () => {
    const problem = { field: 'tierRule' as const, code: 'cutoffs-not-descending' as const, tier: 'Platinum', value: 80, message: 'No customer can be Platinum.' };
    const unused = async (): Promise<never> => {
      throw new Error('not part of this test');
    };
    const port: WorkbookPort = {
      listSheets: async () => [],
      readInputs: unused,
      loadSettings: async () => ({ config: defaultScoringConfig(), mapping: null, revision: null, warnings: [] }),
      saveSettings: async () => ({ ok: false, conflict: false, message: 'No customer can be Platinum.', notes: [{ code: 'guard', problem }] }),
      run: unused,
      selectCell: async () => undefined,
      onCustomerRowSelected: async () => () => undefined,
      work: {} as WorkPort,
    };
    let pane: ReturnType<typeof usePane> | null = null;
    function Harness() {
      const client = useRef(new InThreadClient());
      pane = usePane(port, client.current);
      return null;
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Harness />));
    await act(async () => (pane as unknown as ReturnType<typeof usePane>).actions.setAnalysisDate('2025-01-01'));
    const notice = (pane as unknown as ReturnType<typeof usePane>).state.notice;
    expect(notice).toMatchObject({ intent: 'error', key: 'settingsSaveRefused', settings: [{ code: 'guard', problem }] });
    act(() => root.unmount());
  });
});
