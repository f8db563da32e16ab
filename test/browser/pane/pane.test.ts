import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench, paneOf } from '../support/workbench';
import { columnLetter } from '../../../src/domain/mapping/columnLetter';
import { column, confirmAndRun, readSheet, seriousViolations } from './paneSteps';

const env = browserEnvironment();

// The English sheet's tier words: the lowest tier is the metal, never a sales lead.
const TIERS = ['Diamond', 'Platinum', 'Gold', 'Bronze', 'Iron', 'Lead (metal)'];

describe('task pane: run', () => {
  it('confirms the mapping, runs, and writes the owned columns into the sheet', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    const pane = await confirmAndRun(page);

    const sheet = await readSheet(page, 'Customers', 500);
    const tiers = column(sheet, 'Tiers tier');
    expect(tiers.every((t) => t === null || TIERS.includes(String(t)))).toBe(true);
    expect(new Set(tiers).size).toBeGreaterThanOrEqual(5);
    const scores = column(sheet, 'Tiers score');
    expect(scores.filter((s) => typeof s === 'number').length).toBeGreaterThan(450);
    // The worker fits the predictive model too, so its owned columns are filled from the pane.
    const pAlive = column(sheet, 'Tiers P(alive)');
    expect(pAlive.filter((p) => typeof p === 'number' && p >= 0 && p <= 1).length).toBeGreaterThan(400);

    // The grid shows them too, once scrolled to them.
    const tierColumn = sheet.headers.indexOf('Tiers tier');
    await page.evaluate((address) => window.__workbench?.simulator.workbook.select('Customers', address), `${columnLetter(tierColumn)}2`);
    await page
      .locator('.wb-grid .ag-cell', { hasText: /^Tiers tier$/ })
      .first()
      .waitFor();
    await page
      .locator('.wb-grid .ag-cell', { hasText: new RegExp(`^(${TIERS.map((t) => t.replace(/[()]/g, '\\$&')).join('|')})$`) })
      .first()
      .waitFor();

    // The summary: bars per tier and per ABC class, counts adding up to the customers scored.
    const tierBars = pane.getByRole('list', { name: 'Customers per tier' }).getByRole('listitem');
    await expect(tierBars.count()).resolves.toBe(6);
    await pane.getByRole('region', { name: 'Result' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'pane-run', { docs: true });

    // The dashboard sheet holds the native charts; the workbench previews each one.
    await page.getByRole('tab', { name: 'Tiers Dashboard' }).click();
    await expect(page.getByTestId('chart-preview').count()).resolves.toBeGreaterThanOrEqual(5);
    await screenshot(page, 'dashboard', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('task pane: analysis date', () => {
  it('saves the analysis date with the configuration and scores as of it', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200 });
    const pane = paneOf(page);
    const date = pane.getByLabel('Analysis date');
    await date.fill('2025-06-30');
    const savedAsOf = () => (window.__workbench?.simulator.workbook.getSetting('Tiers.settings') as { config?: { asOf?: string } } | undefined)?.config?.asOf;
    await page.waitForFunction(`(${savedAsOf.toString()})() === '2025-06-30'`);
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    await pane.getByText(/Done: \d+ customers scored\./).waitFor({ timeout: 60000 });
    const snapshots = await readSheet(page, 'Tiers Snapshots', 5);
    expect(new Set(column(snapshots, 'As of'))).toEqual(new Set(['2025-06-30']));
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('task pane: cancel', () => {
  it('cancels a run before anything is written', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 3000, orders: 80000 });
    const pane = paneOf(page);
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    // Reading runs inside the simulator in one go; Cancel lands while the worker scores.
    await pane.getByRole('button', { name: 'Cancel' }).click({ timeout: 30000 });
    await pane.getByText('Cancelled. The workbook was left as it was before the run.').waitFor({ timeout: 60000 });
    const sheet = await readSheet(page, 'Customers', 3);
    expect(sheet.headers.filter((h) => h.startsWith('Tiers'))).toEqual([]);
    const sheets = await page.evaluate(() => window.__workbench?.simulator.workbook.sheets.map((s) => s.name));
    expect(sheets).toEqual(['Customers', 'Orders', 'Survey']);
    // The next run completes.
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    await pane.getByText(/^Done: 3000 customers scored\.$/).waitFor({ timeout: 120000 });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe('task pane: weights, customer, finance, language', () => {
  it('previews a weight change, applies it, explains a customer, and switches to Chinese', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url);
    const pane = await confirmAndRun(page);
    const before = column(await readSheet(page, 'Customers', 500), 'Tiers tier');

    // Move a weight: the preview shows the new distribution and how many customers move.
    await pane.getByRole('tab', { name: 'Weights' }).click();
    const margin = pane.getByRole('spinbutton', { name: 'Weight of Profit margin' });
    await margin.fill('90');
    await margin.press('Enter');
    const moved = pane.getByText(/^\d+ customers change tier/);
    await moved.waitFor();
    const movedCount = Number((await moved.textContent())?.match(/^(\d+)/)?.[1]);
    expect(movedCount).toBeGreaterThan(0);
    await expect(pane.getByRole('table').getByRole('row').count()).resolves.toBe(8);
    // Nothing is written before Apply.
    expect(column(await readSheet(page, 'Customers', 500), 'Tiers tier')).toEqual(before);
    await pane.getByRole('region', { name: 'Preview' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'pane-weights', { docs: true });

    // A second change previews again.
    await margin.fill('5');
    await margin.press('Enter');
    await pane
      .getByText(/^\d+ customers change tier/)
      .filter({ hasNotText: new RegExp(`^${movedCount} `) })
      .waitFor();
    await margin.fill('90');
    await margin.press('Enter');
    await pane.getByText(new RegExp(`^${movedCount} customers change tier`)).waitFor();

    await pane.getByRole('button', { name: 'Apply' }).click();
    await pane.getByText('Applied: the tiers in the sheet were updated.').waitFor({ timeout: 120000 });
    const after = column(await readSheet(page, 'Customers', 500), 'Tiers tier');
    const changed = after.filter((t, i) => t !== before[i]).length;
    expect(changed).toBe(movedCount);

    // Select a customer's row in the sheet: the Customer view explains its score.
    await pane.getByRole('tab', { name: 'Customer' }).click();
    await page.evaluate(() => window.__workbench?.simulator.workbook.select('Customers', 'B5'));
    await pane.getByText('C00004', { exact: false }).first().waitFor();
    const why = pane.getByRole('list', { name: 'Why: points per indicator' }).getByRole('listitem');
    expect(await why.count()).toBeGreaterThan(3);
    await pane.getByText('P(alive)', { exact: true }).waitFor({ timeout: 60000 });
    await screenshot(page, 'pane-customer', { docs: true });

    await pane.getByRole('tab', { name: 'Finance' }).click();
    await pane.getByRole('list', { name: 'Outstanding by age' }).waitFor();
    await expect(pane.getByRole('list', { name: 'Slowest payers' }).getByRole('listitem').count()).resolves.toBe(5);
    await screenshot(page, 'pane-finance', { docs: true });

    // Accessibility of the pane in each view.
    for (const view of ['Run', 'Weights', 'Customer', 'Finance']) {
      await pane.getByRole('tab', { name: view }).click();
      expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
    }

    // Chinese: the same pane, every text from the zh catalogue.
    await pane.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await pane.getByRole('tab', { name: '权重' }).click();
    await pane.getByText('指标权重').waitFor();
    await expect(pane.getByRole('tab', { name: 'Weights' }).count()).resolves.toBe(0);
    await screenshot(page, 'pane-zh', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
