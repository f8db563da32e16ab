/**
 * Reopening the pane (a reload, as closing and opening it in Excel does) rebuilds every view from
 * the workbook: the same figures as before, the same work lists (follow-ups, contracts, prospects),
 * the preview works without a re-run, and a change to the data since the last run is said.
 * Build first: npx webpack --mode production.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { EXCEL_PANE_WIDTH, openWorkbench, paneOf, setPaneWidth } from '../support/workbench';
import { confirmAndRun } from './paneSteps';

const env = browserEnvironment();

interface Figures {
  result: string;
  customer: string;
  finance: string;
  moved: string;
}

async function selectCustomerRow(page: Page, address: string): Promise<void> {
  // Off and back on, so the pane hears a selection change whatever was selected before.
  await page.evaluate(() => window.__workbench?.simulator.workbook.select('Customers', 'A1'));
  await page.evaluate((a) => window.__workbench?.simulator.workbook.select('Customers', a), address);
}

async function figures(page: Page, pane: FrameLocator): Promise<Figures> {
  await pane.getByRole('tab', { name: 'Run' }).click();
  const result = await pane.getByRole('region', { name: 'Result' }).innerText();
  await pane.getByRole('tab', { name: 'Customer' }).click();
  await selectCustomerRow(page, 'B5');
  await pane.getByText('P(alive)', { exact: true }).waitFor({ timeout: 60000 });
  // The card's work half reads the owned tables and the snapshots: wait until both are in.
  await pane
    .getByRole('region', { name: 'Follow-ups' })
    .getByText(/^\d+ open, \d+ overdue \(as of \d{4}-\d{2}-\d{2}\)$/)
    .waitFor({ timeout: 60000 });
  await pane
    .getByRole('region', { name: 'Tier moves' })
    .getByText(/^No tier move recorded yet|→/)
    .first()
    .waitFor({ timeout: 60000 });
  const customer = await pane.getByRole('main').innerText();
  await pane.getByRole('tab', { name: 'Finance' }).click();
  await pane.getByRole('list', { name: 'Outstanding by age' }).waitFor();
  const finance = await pane.getByRole('main').innerText();
  await pane.getByRole('tab', { name: 'Weights' }).click();
  const margin = pane.getByRole('spinbutton', { name: 'Weight of Profit margin' });
  await margin.fill('60');
  await margin.press('Enter');
  const movedText = pane.getByText(/^\d+ customers change tier/);
  await movedText.waitFor({ timeout: 60000 });
  // The preview's own timing ("computed in 0.4 ms") differs run to run; the count must not.
  const moved = ((await movedText.textContent()) ?? '').replace(/\s*·.*$/, '');
  await pane.getByRole('button', { name: 'Reset' }).click();
  return { result, customer, finance, moved };
}

interface WorkLists {
  followUps: string[];
  contracts: string[];
  prospects: string[];
}

const WORK_REGIONS: Record<keyof WorkLists, { tab: string; regions: string[] }> = {
  followUps: { tab: 'Follow-ups', regions: ['Overdue', 'Due this week', 'By owner and week'] },
  contracts: { tab: 'Contracts', regions: ['Contracts in the workbook', 'Traded without a signed contract'] },
  prospects: { tab: 'Prospects', regions: ['Conversion per stage'] },
};

async function openWorkTab(pane: FrameLocator, tab: string): Promise<void> {
  await pane.getByRole('tab', { name: 'Work' }).click();
  await pane.getByRole('tab', { name: tab }).click();
  await pane.locator('[data-view="work"] form').first().waitFor({ timeout: 60000 });
}

/** The text of each work list; with `like`, waits (up to a minute) until the lists read back from the workbook show it. */
async function workLists(pane: FrameLocator, like?: WorkLists): Promise<WorkLists> {
  const out: WorkLists = { followUps: [], contracts: [], prospects: [] };
  for (const [key, { tab, regions }] of Object.entries(WORK_REGIONS) as [keyof WorkLists, (typeof WORK_REGIONS)[keyof WorkLists]][]) {
    await openWorkTab(pane, tab);
    const read = () => Promise.all(regions.map((name) => pane.getByRole('region', { name, exact: true }).innerText()));
    let texts = await read();
    for (let waited = 0; like && JSON.stringify(texts) !== JSON.stringify(like[key]) && waited < 60000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      texts = await read();
    }
    out[key] = texts;
  }
  return out;
}

/** Work to list: due tasks generated, a contract saved, two prospects imported, all through the pane. */
async function addWork(page: Page, pane: FrameLocator): Promise<void> {
  // The contact list first: the work area lists the sheets it can import from when it opens.
  await page.evaluate(() => {
    const wb = window.__workbench?.simulator.workbook;
    if (!wb) throw new Error('no workbench');
    const sheet = wb.addSheet('Fair contacts');
    wb.writeValues(sheet.id, 0, 0, [
      ['Company', 'Contact', 'Email'],
      ['Acme Ltd', 'Ann Lee', 'ann@acme.example'],
      ['Beta GmbH', 'Bo Schmidt', 'bo@beta.example'],
    ]);
  });
  await openWorkTab(pane, 'Follow-ups');
  await pane.getByRole('button', { name: 'Generate due tasks' }).click();
  await pane.getByText(/new tasks due from \d{4}-\d{2}-\d{2} on;/).waitFor({ timeout: 60000 });

  await openWorkTab(pane, 'Contracts');
  const form = pane.getByRole('form', { name: 'Contract checklist' });
  await form.getByLabel('Contract number').fill('HT-RELOAD-1');
  const customer = form.getByRole('combobox', { name: 'Customer' });
  await customer.click();
  await customer.pressSequentially('C00002');
  await pane
    .getByRole('option', { name: /^C00002/ })
    .first()
    .click();
  for (const name of ['1. Subject matter', '3. Delivery']) await form.getByRole('checkbox', { name }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved HT-RELOAD-1.').waitFor({ timeout: 60000 });

  await openWorkTab(pane, 'Prospects');
  const importForm = pane.getByRole('form', { name: 'Import contacts' });
  await pane.getByRole('combobox', { name: 'Sheet with the contact list' }).click();
  await pane.getByRole('option', { name: 'Fair contacts' }).first().click();
  await importForm.getByRole('button', { name: 'Import' }).click();
  await importForm.getByText('2 added, 0 duplicates, 0 invalid.').waitFor({ timeout: 60000 });
}

async function reloadPane(page: Page): Promise<FrameLocator> {
  await page.evaluate(() => window.__workbench?.reloadPane());
  const pane = paneOf(page);
  await pane.locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
  await pane.getByText(/^Figures of the last run \(as of \d{4}-\d{2}-\d{2}\), rebuilt from the workbook\.$/).waitFor({ timeout: 120000 });
  return pane;
}

describe('task pane: reload', () => {
  it('shows the same figures in every view after a reload, and says when the data changed', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5 });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const ran = await confirmAndRun(page);
    await addWork(page, ran);
    const before = await figures(page, ran);
    expect(before.moved).toMatch(/^[1-9]\d* customers change tier/);
    const listsBefore = await workLists(ran);
    expect(listsBefore.contracts[0]).toContain('HT-RELOAD-1');
    expect(listsBefore.followUps.join('\n')).toMatch(/Week of \d{4}-\d{2}-\d{2}/);

    const pane = await reloadPane(page);
    await expect(pane.getByText(/The data changed since the last run/).count()).resolves.toBe(0);
    await screenshot(page, 'pane-reloaded', { of: page.locator('.wb-pane'), docs: true });
    const after = await figures(page, pane);
    expect(after).toEqual(before);
    expect(await workLists(pane, listsBefore)).toEqual(listsBefore);

    // Change an order's amount in the sheet: the next reload says a re-run is needed.
    await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Orders');
      if (!wb || !sheet) throw new Error('no Orders sheet');
      const headers = Array.from({ length: 40 }, (_, c) => sheet.cells.values.get(0, c));
      const amount = headers.indexOf('Amount');
      if (amount < 0) throw new Error(`no Amount column in ${headers.join(', ')}`);
      wb.writeValues(sheet.id, 1, amount, [[Number(sheet.cells.values.get(1, amount)) * 50]]);
    });
    const changed = await reloadPane(page);
    await changed.getByText(/^The data changed since the last run \(as of \d{4}-\d{2}-\d{2}\): [1-9]\d* customers would now score or tier differently\. Run again to update the sheet\.$/).waitFor();
    await screenshot(page, 'pane-data-changed', { of: page.locator('.wb-pane'), docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 300000);
});
