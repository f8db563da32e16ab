/** @jest-environment jsdom */
/** The pane over a fake workbook: tabs from the view list, a run with progress, cancel, and the result. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defaultScoringConfig } from '../../src/domain/config';
import { generateSampleWorkbook } from '../../src/sample';
import { App } from '../../src/taskpane/App';
import { I18nProvider } from '../../src/taskpane/i18n/I18nProvider';
import { InThreadClient } from '../../src/taskpane/services/scoringWorker';
import type { RunRequest, WorkbookPort, WorkPort } from '../../src/taskpane/services/workbookPort';
import { VIEWS } from '../../src/taskpane/views/viewList';
import { runSummary } from './support/runSummary';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const book = generateSampleWorkbook({ customers: 30, orders: 500, seed: 5 });

/** These tests never open the Work tab: any call to its port fails them. */
const unused = async (): Promise<never> => {
  throw new Error('The work port is not part of this test.');
};
const unusedWorkPort: WorkPort = {
  loadWorkState: unused,
  submitContract: unused,
  saveTasks: unused,
  generateDueTasks: unused,
  markCustomerLost: unused,
  importProspectsFromSheet: unused,
  saveProspectsAndFunnel: unused,
};

function fakePort(options: { waitForCancel?: boolean } = {}): WorkbookPort & { runs: RunRequest[]; selected: string[] } {
  const runs: RunRequest[] = [];
  const selected: string[] = [];
  return {
    runs,
    selected,
    listSheets: async () => [{ name: 'Orders', rows: book.orders.length, columns: 21 }],
    readInputs: async () => ({ orders: { sheet: 'Orders', grid: book.orders } }),
    loadSettings: async () => ({ config: defaultScoringConfig(), mapping: null, revision: null, warnings: [] }),
    saveSettings: async () => ({ ok: true, revision: null }),
    async run(request) {
      runs.push(request);
      request.onProgress({ stage: 'reading', done: 1, total: 2 });
      if (options.waitForCancel) {
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
        return { ok: false, kind: 'cancelled', stage: 'reading', message: 'Cancelled before anything was written.' };
      }
      const outcome = await request.score({ workbook: { orders: { sheet: 'Orders', grid: book.orders } }, config: request.config, asOf: book.asOf, previous: [] });
      request.onProgress({ stage: 'scoring', done: 1, total: 1 });
      request.onProgress({ stage: 'writing', done: 1, total: 1 });
      const problems = [{ sheet: 'Orders', row: 7, column: 'Amount', reason: 'not a number', severity: 'error' as const, value: null, address: 'D7' }];
      return { ok: true, summary: runSummary({ problems, problemCount: 1, customers: outcome.result?.customers.length ?? 0, customerSheet: 'Tiers Customers' }) };
    },
    selectCell: async (sheet, address) => void selected.push(`${sheet}!${address}`),
    onCustomerRowSelected: async () => () => undefined,
    work: unusedWorkPort,
  };
}

let container: HTMLElement;
let root: Root;

async function render(port: WorkbookPort, dark = false): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<I18nProvider initialLocale="en"><App port={port} client={new InThreadClient()} dark={dark} asOf={() => book.asOf} /></I18nProvider>));
}

const button = (name: string): HTMLButtonElement => {
  const found = [...container.querySelectorAll('button:not([role="tab"])')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

async function until(check: () => boolean): Promise<void> {
  for (let k = 0; k < 200 && !check(); k++) await act(async () => new Promise((r) => setTimeout(r, 10)));
  if (!check()) throw new Error('timed out');
}

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('App', () => {
  it('builds the tab list from the view list', async () => {
    await render(fakePort());
    // Fluent renders each tab's label twice (the bold copy reserves its width): read the first.
    const tabs = [...container.querySelectorAll('[role="tab"]')].map((t) => t.querySelector('.fui-Tab__content')?.textContent);
    expect(tabs).toEqual(VIEWS.map((v) => ({ run: 'Run', weights: 'Weights', customer: 'Customer', finance: 'Finance', work: 'Work' })[v.id] ?? v.id));
  });

  it('runs through the port, scores in the client, and links problems to their cells', async () => {
    const port = fakePort();
    await render(port);
    await act(async () => button('Run').click());
    await until(() => container.textContent?.includes('Done: 30 customers scored.') ?? false);
    expect(port.runs).toHaveLength(1);
    const bars = container.querySelector('ul[aria-label="Customers per tier"]');
    expect(bars?.querySelectorAll('li')).toHaveLength(6);
    const link = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Orders row 7');
    await act(async () => link?.click());
    expect(port.selected).toEqual(['Orders!D7']);
    const progress = [...container.querySelectorAll('[role="progressbar"]')].map((p) => p.getAttribute('aria-valuenow'));
    expect(progress).toEqual(['0.5', '1', '1']);
  });

  it('cancels through the abort signal', async () => {
    const port = fakePort({ waitForCancel: true });
    await render(port);
    await act(async () => button('Run').click());
    expect(button('Cancel').disabled).toBe(false);
    await act(async () => button('Cancel').click());
    await until(() => container.textContent?.includes('Cancelled.') ?? false);
    expect(port.runs[0]?.signal.aborted).toBe(true);
  });

  it('follows the Office theme', async () => {
    await render(fakePort(), true);
    const provider = container.querySelector('.fui-FluentProvider') as HTMLElement;
    expect(provider).not.toBeNull();
    act(() => root.unmount());
    container.remove();
    await render(fakePort(), false);
    const lightProvider = container.querySelector('.fui-FluentProvider') as HTMLElement;
    // Each theme gets its own generated class carrying its tokens.
    expect(provider.className).not.toEqual(lightProvider.className);
  });
});
