/** @jest-environment jsdom */
/** The pane's own faults (a stopped worker, calls out of order, a port without a feature) in each of the pane's three languages. */
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defaultScoringConfig } from '../../../src/domain/config';
import { FAULT_KEYS } from '../../../src/taskpane/i18n/faultText';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import { format, type Locale, type MessageKey } from '../../../src/taskpane/i18n/messages';
import { catalogues } from '../../support/catalogues';
import { createScoringClient, InThreadClient } from '../../../src/taskpane/services/scoringWorker';
import type { WorkbookPort } from '../../../src/taskpane/services/workbookPort';
import { usePane, type PaneActions } from '../../../src/taskpane/state/usePane';
import { OwnedColumnsCard } from '../../../src/taskpane/views/run/OwnedColumnsCard';
import { outcomeText } from '../../../src/taskpane/views/run/RunCard';
import { faultOf, PANE_FAULTS, type PaneFault } from '../../../src/worker/faults';
import type { WorkerResponse } from '../../../src/worker/protocol';
import { unused, unusedWorkPort } from '../../support/paneHarness';

const LOCALES: Locale[] = ['en', 'zh', 'zh-Hant'];
const tOf =
  (locale: Locale) =>
  (key: MessageKey, values?: Record<string, string | number>): string =>
    format(catalogues[locale][key], values);

describe('fault words', () => {
  it.each(LOCALES)('%s has its own sentence for every fault', (locale) => {
    const texts = PANE_FAULTS.map((f) => catalogues[locale][FAULT_KEYS[f]]);
    expect(new Set(texts).size).toBe(PANE_FAULTS.length);
    // Chinese sentences carry no English beyond the product's name.
    if (locale !== 'en') for (const text of texts) expect(text.replace(/Tiers/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('a failed run by a fault reads in the pane language, not in the engine English', () => {
    const outcome = { ok: false as const, kind: 'pane-error' as const, message: 'The scoring worker stopped.', fault: 'worker-stopped' as PaneFault };
    expect(outcomeText(tOf('zh'), outcome, null, 'zh')).toBe('运行失败：评分意外停止。请重新加载加载项，然后再次运行评分。');
    expect(outcomeText(tOf('zh-Hant'), outcome, null, 'zh-Hant')).toBe('執行失敗：評分意外停止。請重新載入增益集，然後再次執行評分。');
    expect(outcomeText(tOf('zh'), outcome, null, 'zh')).not.toContain('worker');
  });
});

describe('faults from the scoring client', () => {
  it('the engine says "run first" as a fault code, in-thread', async () => {
    const client = new InThreadClient();
    const error = await client.call('preview', { config: defaultScoringConfig() }).catch((e: unknown) => e);
    expect(faultOf(error)).toBe('not-scored');
    const unread = await client.call('fit', {} as never).catch((e: unknown) => e);
    expect(faultOf(unread)).toBe('not-read');
  });

  it('a worker carries the fault across postMessage, and a stopped or closed worker is a fault', async () => {
    class FakeWorker {
      onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
      onerror: ((event: { message: string }) => void) | null = null;
      posted: { id: number }[] = [];
      postMessage(message: { id: number }) {
        this.posted.push(message);
      }
      terminate() {}
    }
    const g = globalThis as unknown as { Worker?: unknown };
    const had = g.Worker;
    g.Worker = FakeWorker;
    try {
      const fake = new FakeWorker();
      const client = createScoringClient(() => fake as unknown as Worker);
      expect(client.offThread).toBe(true);
      const first = client.call('preview', { config: defaultScoringConfig() }).catch((e: unknown) => e);
      fake.onmessage?.({ data: { id: fake.posted[0]!.id, ok: false, error: 'Run the scoring once before previewing weights.', fault: 'not-scored' } } as MessageEvent<WorkerResponse>);
      expect(faultOf(await first)).toBe('not-scored');
      const second = client.call('preview', { config: defaultScoringConfig() }).catch((e: unknown) => e);
      fake.onerror?.({ message: '' });
      expect(faultOf(await second)).toBe('worker-stopped');
      const third = client.call('preview', { config: defaultScoringConfig() }).catch((e: unknown) => e);
      client.dispose();
      expect(faultOf(await third)).toBe('worker-closed');
    } finally {
      g.Worker = had;
    }
  });
});

describe('a port without a feature', () => {
  const port: WorkbookPort = {
    listSheets: async () => [],
    readInputs: unused,
    loadSettings: async () => ({ config: defaultScoringConfig(), mapping: null, revision: null, warnings: [] }),
    saveSettings: unused,
    run: unused,
    selectCell: async () => undefined,
    onCustomerRowSelected: async () => () => undefined,
    work: unusedWorkPort,
  };
  let container: HTMLElement;
  let root: Root;
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function Harness({ got }: { got: (actions: PaneActions) => void }) {
    const client = useRef(new InThreadClient());
    const { actions } = usePane(port, client.current);
    got(actions);
    return null;
  }

  it.each(LOCALES)('removing the columns says so in %s, with no "unavailable"', async (locale) => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    let paneActions: PaneActions | null = null;
    await act(async () => root.render(<Harness got={(a) => (paneActions = a)} />));
    const fallback = paneActions as unknown as PaneActions;
    expect(await fallback.removeOwnedColumns()).toEqual({ ok: false, message: 'unavailable', fault: 'unavailable' });
    expect(await fallback.setOwnedPlacement('table')).toEqual({ ok: false, message: 'unavailable', fault: 'unavailable' });
    // The card shows it, fed by a placement reader that knows the sheet.
    const actions: PaneActions = { ...fallback, ownedPlacement: async () => ({ placement: 'beside', customerSheet: 'Customers', table: null, ownedColumns: 3 }) };
    await act(async () =>
      root.render(
        <I18nProvider initialLocale={locale}>
          <OwnedColumnsCard actions={actions} runKey="r" stayedBeside={false} busy={false} />
        </I18nProvider>,
      ),
    );
    const remove = [...container.querySelectorAll('button')].find((b) => b.textContent === catalogues[locale].ownedRemove);
    expect(remove).toBeDefined();
    await act(async () => remove!.click());
    const said = tOf(locale)('ownedFailed', { message: catalogues[locale].faultUnavailable });
    expect(container.textContent).toContain(said);
    expect(container.textContent).not.toContain('unavailable');
  });
});
