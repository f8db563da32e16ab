/** @jest-environment jsdom */
/** The manager names tiers on the Weights tab: validated as the saved configuration is, applied and saved with the rest. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defaultScoringConfig, scoringConfigSchema, type ScoringConfig } from '../../../src/domain/config';
import { generateSampleWorkbook } from '../../../src/sample';
import { App } from '../../../src/taskpane/App';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import type { Locale } from '../../../src/taskpane/i18n/messages';
import { InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import type { RunRequest, WorkbookPort } from '../../../src/taskpane/services/workbookPort';
import { runSummary } from '../support/runSummary';
import { unusedWorkPort } from '../../support/paneHarness';

const book = generateSampleWorkbook({ customers: 30, orders: 400, seed: 7 });

function fakePort(): WorkbookPort & { saved: ScoringConfig[]; runs: RunRequest[] } {
  const saved: ScoringConfig[] = [];
  const runs: RunRequest[] = [];
  return {
    saved,
    runs,
    listSheets: async () => [{ name: 'Orders', rows: book.orders.length, columns: 21 }],
    readInputs: async () => ({ orders: { sheet: 'Orders', grid: book.orders } }),
    loadSettings: async () => ({ config: defaultScoringConfig(), mapping: null, revision: null, warnings: [] }),
    saveSettings: async (config) => {
      saved.push(config);
      return { ok: true, revision: null };
    },
    async run(request) {
      runs.push(request);
      const outcome = await request.score({ workbook: { orders: { sheet: 'Orders', grid: book.orders } }, config: request.config, asOf: book.asOf, previous: [] });
      return { ok: true, summary: runSummary({ customers: outcome.result?.customers.length ?? 0, customerSheet: 'Tiers Customers' }) };
    },
    selectCell: async () => undefined,
    onCustomerRowSelected: async () => () => undefined,
    work: unusedWorkPort,
  };
}

let container: HTMLElement;
let root: Root;

async function render(port: WorkbookPort, locale: Locale): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nProvider initialLocale={locale}>
        <App port={port} client={new InThreadClient()} dark={false} asOf={() => book.asOf} />
      </I18nProvider>,
    ),
  );
}

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function openWeights(name: string): Promise<void> {
  const tab = [...container.querySelectorAll('[role="tab"]')].find((b) => b.querySelector('.fui-Tab__content')?.textContent === name) as HTMLElement | undefined;
  if (!tab) throw new Error(`no tab ${name}`);
  await act(async () => tab.click());
}

/** The text input whose <label> reads `label`. */
function input(label: string): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const el = found?.htmlFor ? (document.getElementById(found.htmlFor) as HTMLInputElement | null) : null;
  if (!el) throw new Error(`no input labelled ${label}`);
  return el;
}

/** Types into a React-controlled input the way a user's keystrokes reach it. */
async function type(el: HTMLInputElement, text: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The validation message Fluent's Field links to the input (aria-describedby), or ''. */
function messageOf(el: HTMLInputElement): string {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

const button = (name: string): HTMLButtonElement => {
  const found = [...container.querySelectorAll('button:not([role="tab"])')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

async function until(check: () => boolean): Promise<void> {
  for (let k = 0; k < 300 && !check(); k++) await act(async () => new Promise((r) => setTimeout(r, 10)));
  if (!check()) throw new Error('timed out');
}

describe('tier names on the Weights tab', () => {
  it('validates a typed name, refuses duplicates and long names, and saves the valid name with the configuration', async () => {
    const port = fakePort();
    await render(port, 'en');
    await openWeights('Weights');
    const lead = input('Name for Lead (metal)');
    const gold = input('Name for Gold');
    expect(lead.placeholder).toBe('Lead (metal)');
    expect(lead.value).toBe('');

    await type(lead, 'Base');
    expect(lead.value).toBe('Base');
    expect(lead.getAttribute('aria-invalid')).not.toBe('true');
    expect(messageOf(lead)).toBe('');
    expect(button('Apply').disabled).toBe(false);

    // Too long: the message sits with the field, Apply is refused, nothing is saved.
    await type(gold, 'G'.repeat(41));
    expect(messageOf(gold)).toBe('At most 40 characters (41 typed).');
    expect(gold.getAttribute('aria-invalid')).toBe('true');
    expect(button('Apply').disabled).toBe(true);
    await act(async () => button('Apply').click());
    expect(port.saved).toEqual([]);

    // Another tier's default word (any language, any case) and another tier's own name are both taken.
    await type(gold, 'diamond');
    expect(messageOf(gold)).toBe('Diamond is called this by default; a tier cell with it would read as Diamond.');
    await type(gold, '钻石');
    expect(messageOf(gold)).toBe('Diamond is called this by default; a tier cell with it would read as Diamond.');
    await type(gold, ' base ');
    expect(messageOf(gold)).toBe('Lead (metal) already has this name; each tier needs its own.');
    expect(messageOf(lead)).toBe('Gold already has this name; each tier needs its own.');
    expect(button('Apply').disabled).toBe(true);
    expect(port.saved).toEqual([]);

    // Emptied, Gold keeps its default; the valid name applies, is saved and scores the re-run.
    await type(gold, '');
    expect(messageOf(gold)).toBe('');
    expect(messageOf(lead)).toBe('');
    await act(async () => button('Apply').click());
    await until(() => port.runs.length > 0 && (container.textContent?.includes('Applied') ?? false));
    expect(port.saved).toHaveLength(1);
    const saved = port.saved[0] as ScoringConfig;
    expect(saved.tierNames).toEqual({ Lead: 'Base' });
    // The saved configuration passes the schema the workbook loader and the CLI use.
    expect(scoringConfigSchema.parse(saved).tierNames).toEqual({ Lead: 'Base' });
    expect(port.runs.at(-1)?.config.tierNames).toEqual({ Lead: 'Base' });
    // The pane now calls the tier by its new name (the cut-off row's label).
    expect(container.textContent).toContain('Share in Base (%)');
  });

  it('previews the tiers under the names being typed, once typing rests, and says they are not applied yet', async () => {
    const port = fakePort();
    await render(port, 'en');
    await act(async () => button('Run').click());
    await until(() => container.textContent?.includes('Done:') ?? false);
    await openWeights('Weights');
    const matrix = () => [...container.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === 'Old tier (rows) × new tier (columns)');
    const rowNames = () => [...(matrix()?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent);
    const note = 'Tier names as typed, not applied yet: Apply saves them.';
    // Nothing changed: no preview.
    expect(matrix()).toBeUndefined();

    const lead = input('Name for Lead (metal)');
    await type(lead, 'Base');
    await until(() => rowNames().includes('Base'));
    expect(rowNames()).toEqual(['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Base', 'No score']);
    expect(container.textContent).toContain(note);
    // The bars are named as typed too.
    expect([...container.querySelectorAll('ul[aria-label="Preview"] li')].some((b) => b.textContent?.startsWith('Base'))).toBe(true);

    // Still typing: the preview keeps the last rested name, then follows.
    await type(lead, 'Basis');
    expect(rowNames()).toContain('Base');
    await until(() => rowNames().includes('Basis'));

    // A refused name is not shown: the tier keeps its applied name, and nothing is pending.
    await type(lead, 'gold');
    await until(() => rowNames().includes('Lead (metal)'));
    expect(container.textContent).not.toContain(note);

    // Applied: the names are the saved ones and the note is gone; the cut-off labels use them.
    await type(lead, 'Basis');
    await until(() => rowNames().includes('Basis'));
    await act(async () => button('Apply').click());
    await until(() => container.textContent?.includes('Applied') ?? false);
    expect(port.saved.at(-1)?.tierNames).toEqual({ Lead: 'Basis' });
    expect(container.textContent).not.toContain(note);
    expect(container.textContent).toContain('Share in Basis (%)');
  });

  it('speaks Traditional Chinese: labels, placeholder and the length message', async () => {
    const port = fakePort();
    await render(port, 'zh-Hant');
    await openWeights('權重');
    const lead = input('鉛 的名稱');
    expect(lead.placeholder).toBe('鉛');
    await type(lead, '底'.repeat(41));
    expect(messageOf(lead)).toBe('最多 40 個字元（已輸入 41 個）。');
    expect(button('套用').disabled).toBe(true);
  });
});
