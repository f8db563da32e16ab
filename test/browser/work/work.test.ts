/**
 * The work area in the workbench: each form filled and submitted through the real pane bundle,
 * the rows found in the simulator's model; bad input shows the inline error and writes nothing;
 * re-running the rules adds nothing. Build first: npx webpack --mode production.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench, paneOf } from '../support/workbench';

const env = browserEnvironment();

const SAMPLE = { customers: 40, orders: 400, seed: 3 };

async function openWork(page: Page, tab: 'Contracts' | 'Follow-ups' | 'Prospects'): Promise<FrameLocator> {
  const pane = paneOf(page);
  await pane.getByRole('tab', { name: 'Work' }).click();
  await pane.getByRole('tab', { name: tab }).click();
  await pane.locator('[data-view="work"] form').first().waitFor({ timeout: 60000 });
  return pane;
}

/** Body rows of an owned table, straight from the simulator's model. */
async function tableBody(page: Page, table: string): Promise<{ headers: string[]; rows: unknown[][]; formulas: (string | null)[][] } | null> {
  return page.evaluate((name) => {
    const wb = window.__workbench?.simulator.workbook;
    const t = wb?.tableByName(name);
    if (!wb || !t) return null;
    const cells = wb.sheet(t.sheetId).cells;
    const read = (r: number) => Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, i) => cells.values.get(r, t.rect.c0 + i) ?? '');
    const rows = Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, i) => read(t.rect.r0 + 1 + i));
    const formulas = rows.map((_, i) => Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, c) => cells.formulas.get(t.rect.r0 + 1 + i, t.rect.c0 + c) ?? null));
    return { headers: read(t.rect.r0).map(String), rows, formulas };
  }, table);
}

/** The company name of a customer id, from the Customers sheet (column B). */
function companyName(page: Page, id: string): Promise<string> {
  return page.evaluate((wanted) => {
    const sheet = window.__workbench?.simulator.workbook.sheetByName('Customers');
    for (let r = 1; sheet && r < 1000; r++) if (sheet.cells.values.get(r, 0) === wanted) return String(sheet.cells.values.get(r, 1));
    throw new Error(`no customer ${wanted}`);
  }, id);
}

async function pickOption(pane: FrameLocator, field: string, option: string | RegExp): Promise<void> {
  await pane.getByRole('combobox', { name: field }).click();
  await pane.getByRole('option', { name: option }).first().click();
}

async function pickCustomer(pane: FrameLocator, form: string, id: string): Promise<void> {
  const box = pane.getByRole('form', { name: form }).getByRole('combobox', { name: 'Customer' });
  await box.click();
  await box.pressSequentially(id);
  await pane
    .getByRole('option', { name: new RegExp(`^${id}`) })
    .first()
    .click();
}

describe('work area forms in the workbench', () => {
  it('contract checklist: inline errors write nothing; a valid contract is one row, text kept as text', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, SAMPLE);
    const pane = await openWork(page, 'Contracts');
    const form = pane.getByRole('form', { name: 'Contract checklist' });

    await form.getByLabel('Contract number').fill('HT-2025-01');
    await pickOption(pane, 'Status', 'Signed');
    await form.getByLabel('Signing date').fill('2025-03-10');
    await form.getByLabel('Effective date').fill('2025-03-01');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('The effective date cannot be before the signing date.').waitFor();
    await form.getByText('Choose the customer.').waitFor();
    expect(await tableBody(page, 'TiersContracts')).toBeNull();

    await pickCustomer(pane, 'Contract checklist', 'C00001');
    await form.getByLabel('Effective date').fill('2025-03-20');
    await form.getByLabel('Signing place').fill('=HYPERLINK("http://evil.example","x")');
    await form.getByLabel('Custodian').fill('+Li Wei');
    for (const name of ['1. Subject matter', '2. Quality requirements', '3. Delivery', '6. Settlement method']) await form.getByRole('checkbox', { name }).check();
    await form.getByLabel('Note on Delivery').fill('-FOB Ningbo');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved HT-2025-01.').waitFor();

    const saved = await tableBody(page, 'TiersContracts');
    expect(saved?.rows).toHaveLength(1);
    const row = saved?.rows[0] ?? [];
    const at = (header: string) => saved?.headers.indexOf(header) ?? -1;
    expect(row[at('Customer ID')]).toBe('C00001');
    expect(row[at('Signing place')]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(row[at('Custodian')]).toBe('+Li Wei');
    expect(row[at('Clause notes')]).toBe('3. Delivery: -FOB Ningbo');
    expect(saved?.formulas.flat().filter((f) => f !== null)).toEqual([]);
    // Lists name the customer, not only its id.
    const companyOf = (id: string) => companyName(page, id);
    const c1 = await companyOf('C00001');
    await pane.getByRole('list', { name: 'Contracts in the workbook' }).getByText(`HT-2025-01 (${c1}): 4/11 clauses`).waitFor();
    const without = pane.getByRole('table', { name: /customers traded without a signed contract$/ });
    const count = Number(/^(\d+)/.exec((await without.locator('caption').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    const rows = without.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(count);
    const firstId = (await rows.first().locator('td').first().textContent()) ?? '';
    await expect(rows.first().locator('td').nth(1).textContent()).resolves.toBe(await companyOf(firstId));
    await expect(without.getByRole('cell', { name: 'C00001', exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'work-contracts', { docs: true });

    // Editing keeps the one row.
    await pickOption(pane, 'Open an existing contract', 'HT-2025-01');
    await form.getByRole('checkbox', { name: '4. Inspection and acceptance' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await pane
      .getByRole('list', { name: 'Contracts in the workbook' })
      .getByText(/5\/11 clauses/)
      .waitFor();
    expect((await tableBody(page, 'TiersContracts'))?.rows).toHaveLength(1);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('follow-ups are due as of the analysis date the scores use, not the day the pane is open', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, SAMPLE);
    await paneOf(page).getByLabel('Analysis date').fill('2024-01-31');
    await page.waitForFunction(() => (window.__workbench?.simulator.workbook.getSetting('Tiers.settings') as { config?: { asOf?: string } } | undefined)?.config?.asOf === '2024-01-31');
    const pane = await openWork(page, 'Follow-ups');
    await pane.getByRole('button', { name: 'Generate due tasks' }).click();
    await pane.getByText(/^\d+ new tasks due from 2024-01-31 on;/).waitFor();
    // Generated tasks start at the analysis date: what fell due before it is counted, not written.
    const written = await tableBody(page, 'TiersFollowUps');
    const dueAt = written?.headers.indexOf('Due date') ?? -1;
    const firstDay = Date.UTC(2024, 0, 31) / 86_400_000 + 25_569; // 2024-01-31 as an Excel serial
    expect(written?.rows.filter((r) => Number(r[dueAt]) < firstDay)).toEqual([]);
    // Two tasks by hand, due the Friday after and ten days before the analysis date (both long past today).
    const form = pane.getByRole('form', { name: 'New follow-up task' });
    for (const due of ['2024-02-02', '2024-01-21']) {
      await pickCustomer(pane, 'New follow-up task', 'C00002');
      await form.getByLabel('Due date').fill(due);
      await form.getByRole('button', { name: 'Save' }).click();
      await pane
        .getByRole('region', { name: 'New follow-up task' })
        .getByText(new RegExp(`due ${due}\\.$`))
        .waitFor();
    }
    const dues = async (list: string) => {
      const texts = await pane
        .getByRole('list', { name: list })
        .getByRole('listitem')
        .allTextContents()
        .catch(() => []);
      return texts.map((text) => /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1]).filter((d): d is string => d !== undefined);
    };
    const overdue = await dues('Overdue');
    const thisWeek = await dues('Due this week');
    expect(overdue).toContain('2024-01-21');
    expect(thisWeek).toContain('2024-02-02');
    expect(overdue.filter((d) => d >= '2024-01-31')).toEqual([]);
    // The week (Monday first) holding Wednesday 2024-01-31.
    expect(thisWeek.filter((d) => d < '2024-01-29' || d > '2024-02-04')).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('follow-ups: generate once (a re-run adds nothing), a task by hand, mark done, churn play', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, SAMPLE);
    const pane = await openWork(page, 'Follow-ups');

    await pane.getByRole('button', { name: 'Generate due tasks' }).click();
    const first = pane.getByText(/^(\d+) new tasks due from \d{4}-\d{2}-\d{2} on;/);
    await first.waitFor();
    const added = Number(/^(\d+)/.exec((await first.textContent()) ?? '')?.[1]);
    expect(added).toBeGreaterThan(0);
    expect((await tableBody(page, 'TiersFollowUps'))?.rows).toHaveLength(added);
    await pane.getByRole('button', { name: 'Generate due tasks' }).click();
    await pane.getByText(new RegExp(`^0 new tasks due from \\d{4}-\\d{2}-\\d{2} on; 0 kept as edited or done; ${added} already listed\\.`)).waitFor();
    expect((await tableBody(page, 'TiersFollowUps'))?.rows).toHaveLength(added);

    const form = pane.getByRole('form', { name: 'New follow-up task' });
    await form.getByLabel('Notes').fill('@SUM(1,2)');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Choose who the task is for.').waitFor();
    expect((await tableBody(page, 'TiersFollowUps'))?.rows).toHaveLength(added);
    await pickCustomer(pane, 'New follow-up task', 'C00002');
    await form.getByLabel('Owner').fill('Wang');
    await form.getByRole('button', { name: 'Save' }).click();
    // The confirmation sits next to the form that saved, naming the customer, not an id.
    const escaped = (await companyName(page, 'C00002')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await pane
      .getByRole('region', { name: 'New follow-up task' })
      .getByText(new RegExp(`^Added: Visit for ${escaped} \\(C00002\\), due \\d{4}-\\d{2}-\\d{2}\\.$`))
      .waitFor();
    await pane
      .getByRole('list', { name: /^Wang: Week of \d{4}-\d{2}-\d{2}$/ })
      .getByText(`${await companyName(page, 'C00002')} (C00002)`, { exact: false })
      .waitFor();
    const withManual = await tableBody(page, 'TiersFollowUps');
    expect(withManual?.rows).toHaveLength(added + 1);
    const notes = withManual?.headers.indexOf('Notes') ?? -1;
    expect(withManual?.rows.some((r) => r[notes] === '@SUM(1,2)')).toBe(true);

    const wangList = pane.getByRole('list', { name: /^Wang: Week of / }).first();
    await wangList
      .getByRole('button', { name: /^Mark done/ })
      .first()
      .click();
    await pane.getByText(/^Marked done: Visit for /).waitFor();
    const afterDone = await tableBody(page, 'TiersFollowUps');
    const status = afterDone?.headers.indexOf('Status') ?? -1;
    const completed = afterDone?.headers.indexOf('Completed on') ?? -1;
    // Form values are written in the workbook's language (English here), not as codes.
    const doneRows = afterDone?.rows.filter((r) => r[status] === 'Done') ?? [];
    expect(doneRows).toHaveLength(1);
    expect(typeof doneRows[0]?.[completed]).toBe('number');
    await screenshot(page, 'work-followups', { docs: true });

    const churn = pane.getByRole('form', { name: 'Mark a customer lost' });
    await pickCustomer(pane, 'Mark a customer lost', 'C00003');
    await churn.getByRole('button', { name: 'Mark lost' }).click();
    await pane.getByText('C00003 marked lost; 2 follow-up tasks added.').waitFor();
    expect((await tableBody(page, 'TiersLostCustomers'))?.rows).toEqual([['C00003', 'Dissatisfied', expect.any(Number)]]);
    await churn.scrollIntoViewIfNeeded();
    await screenshot(page, 'work-churn', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('prospects: import without duplicates, MAN switches, a dated stage move and the funnel chart', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, SAMPLE);
    await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      if (!wb) throw new Error('no workbench');
      const sheet = wb.addSheet('Fair contacts');
      wb.writeValues(sheet.id, 0, 0, [
        ['Company', 'Contact', 'Email', 'Phone'],
        ['Acme Ltd', 'Ann Lee', 'ann@acme.example', "'+86 21 5555"],
        ['Beta GmbH', 'Bo Schmidt', 'bo@beta.example', ''],
        ['ACME LTD', 'ann lee', '', ''],
        ['', '', 'not-an-email', ''],
      ]);
    });
    const pane = await openWork(page, 'Prospects');
    const importForm = pane.getByRole('form', { name: 'Import contacts' });
    await pickOption(pane, 'Sheet with the contact list', 'Fair contacts');
    await importForm.getByRole('button', { name: 'Import' }).click();
    await importForm.getByText('2 added, 1 duplicates, 1 invalid.').waitFor();
    await importForm.getByText('Row 4: Same company and contact as an existing prospect.').waitFor();
    await importForm.getByText('Row 5: Row has neither a company nor a contact name.').waitFor();
    await importForm.getByRole('button', { name: 'Import' }).click();
    await importForm.getByText('0 added, 3 duplicates, 1 invalid.').waitFor();
    const imported = await tableBody(page, 'TiersProspects');
    expect(imported?.rows.map((r) => r[0])).toEqual(['P-0001', 'P-0002']);
    expect(imported?.rows[0]?.[imported.headers.indexOf('Phone')]).toBe('+86 21 5555');

    const form = pane.getByRole('form', { name: 'Prospect' });
    await pickOption(pane, 'Prospect', /^P-0001/);
    await form.getByRole('switch', { name: 'Money: can pay' }).check();
    await form.getByRole('switch', { name: 'Authority: can decide' }).check();
    await form.getByText('Code MAn: Money and authority, no need yet. Play: Uncover or create the need; keep in touch').waitFor();
    await pickOption(pane, 'Move to', 'Proposal');
    await form.getByRole('button', { name: 'Record move' }).click();
    await form.getByText('Move forward one stage at a time.').waitFor();
    await pickOption(pane, 'Move to', 'Needs analysis');
    await form.getByRole('button', { name: 'Record move' }).click();
    await pane.getByText('Saved P-0001.').waitFor();

    const saved = await tableBody(page, 'TiersProspects');
    const row = saved?.rows[0] ?? [];
    expect(row[saved?.headers.indexOf('MAN') ?? -1]).toBe('MAn');
    expect(row[saved?.headers.indexOf('Stage') ?? -1]).toBe('Needs analysis');
    expect(JSON.parse(String(row[saved?.headers.indexOf('Stage history') ?? -1]))).toHaveLength(2);
    const chart = await page.evaluate(() => window.__workbench?.simulator.workbook.charts.map((c) => ({ name: c.name, type: c.type })));
    expect(chart).toEqual([{ name: 'Tiers Funnel', type: 'BarClustered' }]);
    await pane
      .getByRole('list', { name: 'Conversion per stage' })
      .getByText(/Potential customer → Needs analysis: 1\/2/)
      .waitFor();
    await screenshot(page, 'work-prospects', { docs: true });
    // The native bar chart on the dashboard sheet, as the workbench draws it.
    await page.getByRole('tab', { name: 'Tiers Dashboard' }).click();
    await page.getByTestId('chart-preview').and(page.getByLabel('Tiers Funnel')).waitFor();
    await screenshot(page, 'work-funnel', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('shows the work area in Simplified Chinese', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { ...SAMPLE, lang: 'zh-CN' });
    const pane = paneOf(page);
    await pane.getByRole('tab', { name: '合同跟进' }).click();
    await pane.getByRole('form', { name: '合同检查清单' }).getByRole('checkbox', { name: '1. 标的' }).waitFor();
    await screenshot(page, 'work-contracts-zh', { docs: true });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
