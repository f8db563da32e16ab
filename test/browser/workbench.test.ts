import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultScoringConfig } from '../../src/domain/config';
import { SETTINGS_KEY, shippedSettingsRecord } from '../../src/output/savedSettings';
import { withAddInParts } from '../support/addInParts';
import { browserEnvironment } from './support/environment';
import { screenshot } from './support/screenshots';
import { DIST_DIR } from './support/staticServer';
import { openWorkbench, paneOf } from './support/workbench';

/** "Customers: 501 rows × 20 columns" (numbers possibly grouped, "20,001") -> { Customers: [501, 20] }. */
function sheetSizes(items: string[]): Record<string, [number, number]> {
  const sizes: Record<string, [number, number]> = {};
  for (const item of items) {
    const m = /^(.+?):\s*([\d,]+)\D+([\d,]+)/.exec(item.trim());
    if (m?.[1] && m[2] && m[3]) sizes[m[1]] = [Number(m[2].replace(/,/g, '')), Number(m[3].replace(/,/g, ''))];
  }
  return sizes;
}

const env = browserEnvironment();

describe('workbench', () => {
  it('runs the task pane over the sample workbook, under its Content-Security-Policy, and lists its sheets', async () => {
    // A policy violation (eval, inline script) shows up as a console error and fails the test.
    const { page, problems } = await openWorkbench(env.browser, env.server.url, {}, { enforceCsp: true });

    // The grid shows the Customers sheet: Excel's column letters, row numbers and the sample's data.
    const grid = page.getByTestId('grid');
    await expect(grid.getAttribute('data-sheet')).resolves.toBe('Customers');
    await page.locator('.wb-grid .ag-header-cell-text', { hasText: /^A$/ }).first().waitFor();
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^Customer ID$/ })
      .first()
      .waitFor();
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^C00001$/ })
      .first()
      .waitFor();
    await expect(page.getByRole('tab', { name: 'Orders' }).count()).resolves.toBe(1);

    // The real pane bundle finds the sheets through Office.js (the simulator) with their sizes.
    await paneOf(page).getByRole('button', { name: 'Find sheets' }).click();
    const sheets = paneOf(page).getByRole('list', { name: 'Sheets' });
    await sheets.waitFor();
    expect(sheetSizes(await sheets.getByRole('listitem').allTextContents())).toEqual({ Customers: [501, 20], Orders: [20001, 21], Survey: [353, 14] });

    await screenshot(page, 'workbench');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('selects a clicked cell in the simulator and switches sheets from the tabs', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    // The name box follows the selection a render later than the click or key that moved it: wait
    // for its value (a timeout is not a failure here), then say what it holds.
    const nameBox = async (value: string): Promise<string> => {
      await page.waitForFunction((v) => document.querySelector<HTMLInputElement>('[data-testid="name-box"]')?.value === v, value, { timeout: 10_000 }).catch(() => undefined);
      return page.getByTestId('name-box').inputValue();
    };
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^C00002$/ })
      .first()
      .click();
    await expect(nameBox('A3')).resolves.toBe('A3');
    const selected = await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      return wb ? wb.address(wb.selection) : null;
    });
    expect(selected).toBe('Customers!A3');

    // Arrow keys move the selection; the name box takes an address.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(nameBox('B4')).resolves.toBe('B4');
    await page.getByTestId('name-box').fill('A250');
    await page.getByTestId('name-box').press('Enter');
    await page.locator('.wb-grid .ag-cell.wb-active', { hasText: /^C00249$/ }).waitFor();
    await expect(page.evaluate(() => window.__workbench?.simulator.workbook.selection.rect)).resolves.toEqual({ r0: 249, r1: 249, c0: 0, c1: 0 });

    await page.getByRole('tab', { name: 'Orders' }).click();
    await page
      .locator('.wb-grid[data-sheet="Orders"] .ag-cell', { hasText: /^SO-000001$/ })
      .first()
      .waitFor();
    // Order dates are serials in the model and shown as dates, money with two decimals.
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^2023-01-\d\d$/ })
      .first()
      .waitFor();
    await page
      .locator('.wb-grid .ag-cell.wb-number', { hasText: /^\d{1,3}(,\d{3})*\.\d\d$/ })
      .first()
      .waitFor();
    await screenshot(page, 'workbench-orders');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('re-renders the grid when the model changes and previews a chart', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    await page.evaluate(() => {
      const handle = window.__workbench;
      if (!handle) throw new Error('no workbench');
      handle.loadInit({
        sheets: [
          {
            name: 'Summary',
            rows: [
              ['Tier', 'Customers'],
              ['Gold', 12],
              ['Silver', 30],
              ['Bronze', 58],
            ],
          },
        ],
      });
      const wb = handle.simulator.workbook;
      const sheet = wb.sheets[0];
      if (!sheet) throw new Error('no sheet');
      wb.addChart(sheet.id, 'ColumnClustered', { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: 3, c1: 1 } }, 'Columns');
      wb.writeValues(sheet.id, 5, 0, [['Total', 100]]);
    });
    await page
      .locator('.wb-grid[data-sheet="Summary"] .ag-cell', { hasText: /^Total$/ })
      .first()
      .waitFor();
    await page.getByTestId('chart-preview').waitFor();
    const chartPixels = await page
      .getByTestId('chart-preview')
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => canvas.width * canvas.height);
    expect(chartPixels).toBeGreaterThan(0);
    await screenshot(page, 'workbench-chart');

    // A column inserted before A moves the data right; a new sheet gets a tab.
    await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheets[0];
      if (!wb || !sheet) throw new Error('no sheet');
      wb.insertCells(sheet.id, { r0: 0, r1: 1048575, c0: 0, c1: 0 }, 'Right');
      wb.addSheet('Extra');
    });
    await page.getByRole('tab', { name: 'Extra' }).waitFor();
    await page.locator('.wb-grid .ag-cell[col-id="1"]', { hasText: /^Tier$/ }).waitFor();
    await expect(page.locator('.wb-grid .ag-cell[col-id="0"]', { hasText: /^Tier$/ }).count()).resolves.toBe(0);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('workbench toolbar', () => {
  it('loads an .xlsx file (the shipped sample) with dates kept as serials, and restarts the pane', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    await page.getByTestId('file-input').setInputFiles(path.join(DIST_DIR, 'assets', 'samples', 'tiers-sample.xlsx'));
    await page.getByRole('status').filter({ hasText: 'Loaded tiers-sample.xlsx' }).waitFor({ timeout: 60000 });

    const loaded = await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const orders = wb?.sheetByName('Orders');
      return orders && wb ? { tables: wb.tables.map((t) => t.name), orderDate: orders.cells.values.get(1, 2), format: orders.cells.numberFormats.get(1, 2) } : null;
    });
    expect(loaded).toEqual({ tables: ['Customers', 'Orders'], orderDate: expect.any(Number), format: 'yyyy-mm-dd' });

    await paneOf(page).getByRole('button', { name: 'Find sheets' }).click();
    const items = await paneOf(page).getByRole('list', { name: 'Sheets' }).getByRole('listitem').allTextContents();
    expect(sheetSizes(items)).toEqual({ Customers: [501, 20], Orders: [15001, 21] });
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('loads the Tiers settings a manager saved in the .xlsx, as Excel hands them to the add-in, and no other add-in’s', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tiers-wb-settings-'));
    const file = path.join(dir, 'team.xlsx');
    copyFileSync(path.join(DIST_DIR, 'assets', 'samples', 'tiers-sample.xlsx'), file);
    const record = (lead: string, counter: number): [string, string] => {
      const saved = shippedSettingsRecord({ ...defaultScoringConfig(), tierNames: { Lead: lead } }, `2026-11-1${counter}T09:00:00.000Z`) as { revision: { counter: number } };
      saved.revision.counter = counter;
      return [SETTINGS_KEY, JSON.stringify(saved)];
    };
    // An older copy of Tiers' part (a sheet copied from another workbook), the newest one, and another add-in's part.
    await withAddInParts(file, [[record('Old accounts', 1)], [record('Base accounts', 3)], [['Other.key', JSON.stringify({ theirs: true })]]]);
    try {
      const { page, problems } = await openWorkbench(env.browser, env.server.url);
      await page.getByTestId('file-input').setInputFiles(file);
      await page.getByRole('status').filter({ hasText: 'Loaded team.xlsx' }).waitFor({ timeout: 60000 });
      const settings = await page.evaluate(() => {
        const wb = window.__workbench?.simulator.workbook;
        return wb ? { tiers: (wb.getSetting('Tiers.settings') as { config?: { tierNames?: unknown } } | undefined)?.config?.tierNames, other: wb.getSetting('Other.key') ?? null } : null;
      });
      expect(settings).toEqual({ tiers: { Lead: 'Base accounts' }, other: null });
      // The pane reads them as it would in Excel: the manager's name for the tier is in its field.
      const pane = paneOf(page);
      await pane.getByRole('tab', { name: 'Weights' }).click();
      await expect(pane.getByRole('textbox', { name: 'Name for Lead (metal)' }).inputValue()).resolves.toBe('Base accounts');
      expect(problems.all()).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('switches the display language and reloads the pane', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    await paneOf(page).getByRole('button', { name: 'Find sheets' }).click();
    await paneOf(page).getByRole('list', { name: 'Sheets' }).waitFor();
    await page.getByLabel('Display language').selectOption('zh-CN');
    // A reloaded pane starts over: the sheet list it showed is gone.
    await paneOf(page).getByRole('list', { name: 'Sheets' }).waitFor({ state: 'detached' });
    await paneOf(page).locator('#taskpane-root > *').first().waitFor();
    const pane = page.frame({ url: /srcdoc/ });
    if (!pane) throw new Error('The pane frame is missing.');
    const seen = await pane.evaluate(() => ({
      language: (window as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage,
      lang: document.documentElement.lang,
    }));
    expect(seen).toEqual({ language: 'zh-CN', lang: 'zh-CN' });
    // The reloaded pane is styled: Fluent's theme tokens are defined on its provider.
    const brand = await pane.evaluate(() => {
      const provider = document.querySelector('.fui-FluentProvider');
      return provider ? getComputedStyle(provider).getPropertyValue('--colorBrandBackground').trim() : '';
    });
    expect(brand).toMatch(/^#[0-9a-f]{6}$/i);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('workbench in Chinese', () => {
  it('opens the Chinese-header sample with the display language set to zh-CN', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { sample: 'zh', lang: 'zh-CN', customers: 60, orders: 600 });
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(['客户', '订单', '满意度调查']);
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^客户编号$/ })
      .first()
      .waitFor();
    await page.getByRole('tab', { name: '订单' }).click();
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^订单日期$/ })
      .first()
      .waitFor();
    const lang = await page.frame({ url: /srcdoc/ })?.evaluate(() => document.documentElement.lang);
    expect(lang).toBe('zh-CN');
    await screenshot(page, 'workbench-zh');
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('workbench at scale', () => {
  it('shows a 100,000-row customer sheet and scrolls to its last row', async () => {
    const started = Date.now();
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 100000, orders: 100000 });
    const loadMs = Date.now() - started;
    await page.evaluate(() => window.__workbench?.simulator.workbook.select('Customers', 'B100001'));
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^C100000$/ })
      .first()
      .waitFor({ timeout: 30000 });
    await expect(page.getByTestId('name-box').inputValue()).resolves.toBe('B100001');
    console.log(`workbench with 100,000 customers and 100,000 orders ready in ${loadMs} ms`);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
