/** @jest-environment jsdom */
/** The pane over a fake workbook: tabs from the view list, a run with progress, cancel, and the result. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Backtest } from '../../src/domain/clv/predictive/backtest';
import { defaultScoringConfig } from '../../src/domain/config';
import { generateSampleWorkbook } from '../../src/sample';
import { App } from '../../src/taskpane/App';
import { I18nProvider } from '../../src/taskpane/i18n/I18nProvider';
import { InThreadClient } from '../../src/taskpane/services/scoringWorker';
import type { RunRequest, WorkbookPort } from '../../src/taskpane/services/workbookPort';
import { VIEWS } from '../../src/taskpane/views/viewList';
import { runSummary } from './support/runSummary';
import { unusedWorkPort } from '../support/paneHarness';

const book = generateSampleWorkbook({ customers: 30, orders: 500, seed: 5 });

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
      const problems = [{ sheet: 'Orders', row: 7, column: 'Amount', code: 'not-a-number' as const, reason: 'not a number', severity: 'error' as const, value: null, address: 'D7' }];
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
  await act(async () =>
    root.render(
      <I18nProvider initialLocale="en">
        <App port={port} client={new InThreadClient()} dark={dark} asOf={() => book.asOf} />
      </I18nProvider>,
    ),
  );
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

/** Picks an option of the <select> inside the labelled field, as a user does. */
async function choose(label: string, value: string): Promise<void> {
  const field = [...container.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s*\*$/, '').trim() === label);
  const select = field?.htmlFor ? (container.ownerDocument.getElementById(field.htmlFor) as HTMLSelectElement | null) : null;
  if (!select) throw new Error(`no select labelled ${label}`);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('App', () => {
  it('says what it looked for when no order sheet is found and lets the user map the columns by hand', async () => {
    const saved: unknown[] = [];
    let mapping: unknown = null;
    const headers = (book.orders[0] ?? []).map((v) => String(v ?? ''));
    const port: WorkbookPort = {
      ...fakePort(),
      readInputs: async () => {
        if (!mapping) throw new Error('No sheet has the order columns Customer ID, Order date and Amount.');
        return { orders: { sheet: 'Orders', grid: book.orders } };
      },
      readSheetHead: async (sheet) => ({ sheet, headerRow: 0, headers }),
      saveSettings: async (_config, given) => {
        saved.push(given);
        mapping = given;
        return { ok: true, revision: null };
      },
    };
    await render(port);
    await act(async () => button('Detect columns').click());
    await until(() => container.textContent?.includes('Map the columns by hand') ?? false);
    expect(container.textContent).toContain('Tiers looked for a sheet with the order columns Customer ID, Order date, Amount and found none.');
    expect(container.textContent).not.toContain('The run failed');
    await until(() => container.querySelectorAll('option[value="Orders"]').length > 0);
    await choose('Sheet with the orders', 'Orders');
    await until(() => container.textContent?.includes('Headers found on row 1.') ?? false);

    // Nothing chosen yet: every missing field is named at once, nothing is saved.
    await act(async () => button('Use this mapping').click());
    expect(container.textContent).toContain('Choose a column for: Customer ID, Order date, Amount.');
    expect(saved).toEqual([]);

    const column = (header: string) => String(headers.indexOf(header));
    await choose('Customer ID', column('Customer ID'));
    await choose('Order date', column('Order date'));
    await choose('Amount', column('Amount'));
    await act(async () => button('Use this mapping').click());
    await until(() => !(container.textContent?.includes('Map the columns by hand') ?? true));
    expect(saved).toEqual([
      { orders: { sheet: 'Orders', headerRow: 0, columns: { customerId: headers.indexOf('Customer ID'), orderDate: headers.indexOf('Order date'), amount: headers.indexOf('Amount') } } },
    ]);
    // Detection ran again with the hand-made mapping: the mapping card shows the sheet, confirmed.
    await until(() => container.textContent?.includes('Mapping confirmed and saved in the workbook.') ?? false);
    expect(container.textContent).toContain('Orders: Orders');
    // The summary lists the optional fields left unmapped, each with what it would add.
    const unmapped = [...(container.querySelector('ul[aria-label="Not mapped (optional)"]')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(unmapped).toContain('Date paid: would add the “Payment speed” indicator');
    expect(unmapped).toContain('Arrears: would add arrears and their ageing in Finance');
  });

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

  it('runs the model check after a run, writes it through the port in the pane language, and shows its figures', async () => {
    for (const [locale, language, buttonText, actualText] of [
      ['en', 'en', 'Check the model', 'Repeat purchases after the split: '],
      ['zh-Hant', 'zh-TW', '檢驗模型', '拆分日期之後的回購次數：實際 '],
    ] as const) {
      const written: { check: Backtest; language: string }[] = [];
      const port: WorkbookPort = { ...fakePort(), writeModelCheck: async (check, lang) => (written.push({ check, language: lang }), { ok: true }) };
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
      await act(async () => button(locale === 'en' ? 'Run' : '執行').click());
      await until(() => [...container.querySelectorAll('button')].some((b) => b.textContent?.trim() === buttonText));
      await act(async () => button(buttonText).click());
      await until(() => written.length === 1);
      await until(() => container.textContent?.includes(actualText) ?? false);
      const { check } = written[0]!;
      expect(written[0]!.language).toBe(language);
      // The check the pane shows is the one on the sheet: the run's orders, split by default.
      expect(check.split).toBe('default');
      expect(container.textContent).toContain(`${actualText}${check.total.actual.toLocaleString('en-US')}`);
      // The last one is unmounted by afterEach.
      if (locale === 'en') {
        act(() => root.unmount());
        container.remove();
      }
    }
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

  it('says "finish editing the cell" while an operation waits for cell-edit mode, in each language', async () => {
    const waits = new Set<(waiting: boolean) => void>();
    const port = { ...fakePort(), onEditWait: (handler: (waiting: boolean) => void) => (waits.add(handler), () => void waits.delete(handler)) };
    const texts: Record<string, string> = {
      en: 'finish editing the cell',
      zh: '请先完成单元格编辑',
      'zh-Hant': '請先完成儲存格編輯',
    };
    for (const [locale, text] of Object.entries(texts)) {
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
      await act(async () =>
        root.render(
          <I18nProvider initialLocale={locale as 'en'}>
            <App port={port} client={new InThreadClient()} dark={false} asOf={() => book.asOf} />
          </I18nProvider>,
        ),
      );
      expect(container.textContent).not.toContain(text);
      await act(async () => waits.forEach((tell) => tell(true)));
      expect(container.querySelector('[role="status"]')?.textContent).toContain(text);
      await act(async () => waits.forEach((tell) => tell(false)));
      expect(container.textContent).not.toContain(text);
      if (locale !== 'zh-Hant') {
        act(() => root.unmount());
        container.remove();
      }
    }
    expect(waits.size).toBe(1);
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

describe('App: actual against plan on the customer card', () => {
  it('shows the plan months of a distributor with their target, a month not begun as "not yet" without a gap, as the run computed them', async () => {
    let select: ((id: string | null) => void) | null = null;
    let planned: { customerId: string; month: number; target: number; actual: number | null; gapAmount: number | null }[] = [];
    const workbook = { orders: { sheet: 'Orders', grid: book.orders }, customers: { sheet: 'Customers', grid: book.customers } };
    const port: WorkbookPort = {
      ...fakePort(),
      readInputs: async () => workbook,
      async run(request) {
        const outcome = await request.score({ workbook, config: request.config, asOf: book.asOf, previous: [] });
        planned = outcome.studies?.plans.progress ?? [];
        return { ok: true, summary: runSummary({ problems: [], problemCount: 0, customers: outcome.result?.customers.length ?? 0, customerSheet: 'Customers' }) };
      },
      onCustomerRowSelected: async (handler) => {
        select = handler;
        return () => undefined;
      },
    };
    await render(port);
    await act(async () => button('Run').click());
    await until(() => container.textContent?.includes('Done: 30 customers scored.') ?? false);
    expect(planned.length).toBeGreaterThan(0);
    const first = planned[0]!;
    const tab = [...container.querySelectorAll('[role="tab"]')].find((t) => t.textContent?.includes('Customer')) as HTMLElement;
    await act(async () => tab.click());
    await until(() => select !== null);
    await act(async () => select?.(first.customerId));
    const table = container.querySelector('table[aria-label="Actual against plan"]');
    expect(table).not.toBeNull();
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toHaveLength(planned.filter((p) => p.customerId === first.customerId).length);
    const fmt = (x: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(x);
    const y = Math.floor(first.month / 12);
    expect(rows[0]!.slice(0, 2)).toEqual([`${y}-${String(first.month - y * 12 + 1).padStart(2, '0')}`, fmt(first.target)]);
    // The plan starts after the analysis date: its first month has not begun, so no actual and no gap.
    expect(first.actual).toBeNull();
    expect(rows[0]!.slice(2)).toEqual(['not yet', '', '']);
  });
});
