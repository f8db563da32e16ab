/**
 * Each persona's path through the pane at Excel's 320 px, in English, Simplified and Traditional
 * Chinese (docs/testing.md): the sales rep runs the scoring, finds a customer, sees and adds its
 * follow-up and ticks a contract clause; the manager changes a weight, previews, applies, reopens
 * the pane and previews again. What the pane says is checked against what lands in the
 * simulator's sheets. Controls are found by the pane's own catalogues, so the same walk serves
 * each language. Build first: npx webpack --mode production.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { AGEING_BUCKETS, AGEING_NAMES } from '../../../src/domain/finance/ageing';
import { format, type Locale } from '../../../src/taskpane/i18n/messages';
import { catalogues } from '../../support/catalogues';
import { workEn, workZh, type WorkMessageKey } from '../../../src/taskpane/work/messages';
import { workZhHant } from '../../../src/taskpane/work/messagesHant';
import { isTableHeader, isWorkWord, tableHeader, WORDED_TABLE_HEADERS } from '../../../src/domain/work';
import { browserEnvironment, type BrowserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { EXCEL_PANE_WIDTH, openWorkbench, paneOf, setPaneWidth } from '../support/workbench';
import { seriousViolations } from '../pane/paneSteps';
import { menuLabels, type MenuLabels } from '../../../src/workbench/menuLabels';

const LANGUAGES: { lang: string; locale: Locale }[] = [
  { lang: 'en-US', locale: 'en' },
  { lang: 'zh-CN', locale: 'zh' },
  { lang: 'zh-TW', locale: 'zh-Hant' },
];
const WORK: Record<Locale, Record<WorkMessageKey, string>> = { en: workEn, zh: workZh, 'zh-Hant': workZhHant };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue text as a whole-text pattern, each placeholder standing for any text. */
const pattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(escape)
      .join('.+?')}$`,
  );

function texts(locale: Locale) {
  return { p: catalogues[locale], w: WORK[locale] };
}

async function run(pane: FrameLocator, locale: Locale): Promise<void> {
  const { p } = texts(locale);
  await pane.getByRole('button', { name: p.findSheets }).click();
  await pane.getByRole('list', { name: p.sheetsLabel }).waitFor();
  await pane.getByRole('button', { name: p.detectColumns }).click();
  await pane.getByRole('button', { name: p.confirmMapping }).click({ timeout: 60000 });
  await pane.getByText(p.mappingConfirmed).waitFor();
  await pane.getByRole('button', { name: p.runButton, exact: true }).click();
  await pane.getByText(pattern(p.runDone)).waitFor({ timeout: 120000 });
}

/** Id and name of the customer on a 1-based row of the Customers sheet. */
function customerOnRow(page: Page, row: number): Promise<{ id: string; name: string }> {
  return page.evaluate((r) => {
    const sheet = window.__workbench?.simulator.workbook.sheetByName('Customers');
    if (!sheet) throw new Error('no Customers sheet');
    return { id: String(sheet.cells.values.get(r - 1, 0)), name: String(sheet.cells.values.get(r - 1, 1)) };
  }, row);
}

/**
 * Body rows of an owned table, straight from the simulator's model, keyed by each column's English
 * header (the sheet holds them in the workbook's language; docs/sheet-language.md).
 */
async function tableRecords(page: Page, table: string): Promise<Record<string, unknown>[]> {
  const { headers, rows } = await page.evaluate((name) => {
    const wb = window.__workbench?.simulator.workbook;
    const t = wb?.tableByName(name);
    if (!wb || !t) return { headers: [], rows: [] };
    const cells = wb.sheet(t.sheetId).cells;
    const width = t.rect.c1 - t.rect.c0 + 1;
    const read = (r: number) => Array.from({ length: width }, (_, i) => cells.values.get(r, t.rect.c0 + i) ?? '');
    return { headers: read(t.rect.r0).map(String), rows: Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, i) => read(t.rect.r0 + 1 + i)) };
  }, table);
  const english = headers.map((h) => WORDED_TABLE_HEADERS.find((e) => isTableHeader(e, h)) ?? h);
  // Every header is ours, all of them in one of the three languages.
  expect(english.every((e) => WORDED_TABLE_HEADERS.includes(e))).toBe(true);
  if (headers.length > 0) expect((['en', 'zh-CN', 'zh-TW'] as const).filter((l) => english.every((e, c) => tableHeader(e, l) === headers[c]))).toHaveLength(1);
  return rows.map((row) => Object.fromEntries(row.map((v, c) => [english[c], v])));
}

async function reloadPane(page: Page, locale: Locale): Promise<FrameLocator> {
  await page.evaluate(() => window.__workbench?.reloadPane());
  const pane = paneOf(page);
  await pane.locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
  await pane.getByText(pattern(catalogues[locale].restoredRun)).waitFor({ timeout: 120000 });
  return pane;
}

/**
 * The personas' walks in one display language ('en-US', 'zh-CN' or 'zh-TW'), with a Chromium of their
 * own: each language is its own test file (personas.<lang>.test.ts), so the browser suite's workers
 * share the three walks out.
 */
export function describePersonas(lang: string): void {
  const language = LANGUAGES.find((l) => l.lang === lang);
  if (!language) throw new Error(`No persona walk in ${lang}: ${LANGUAGES.map((l) => l.lang).join(', ')}.`);
  const env = browserEnvironment();
  describe(`personas at 320 px in ${lang}`, () => personaWalks(env, language));
}

function personaWalks(env: BrowserEnvironment, { lang, locale }: { lang: string; locale: Locale }): void {
  const { p, w } = texts(locale);
  const shot = (page: Page, name: string, docs = false) => screenshot(page, `persona-${locale}-${name}`, { of: page.locator('.wb-pane'), docs: docs && locale === 'en' });

  it('the sales rep: runs, finds a customer, sees and adds its follow-up, ticks a contract clause', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 40, orders: 600, seed: 3, lang });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const pane = paneOf(page);
    await run(pane, locale);

    // Find the customer by a piece of its name, in the pane.
    const customer = await customerOnRow(page, 6);
    await pane.getByRole('navigation').getByRole('tab', { name: p.viewCustomer }).click();
    const finder = pane.getByRole('combobox', { name: w.findCustomer });
    await finder.click();
    await finder.pressSequentially(customer.name.slice(0, 6));
    await pane.getByRole('option', { name: `${customer.id} · ${customer.name}` }).click();
    await pane.getByText(customer.name, { exact: true }).first().waitFor();

    const followUps = pane.getByRole('region', { name: w.cardFollowUps });
    await followUps.getByText(pattern(w.cardOpenCount)).waitFor({ timeout: 60000 });
    const openOf = async () =>
      (await tableRecords(page, 'TiersFollowUps')).filter((r) => r['Customer or prospect ID'] === customer.id && isWorkWord('followUp.status.open', String(r['Status']))).length;
    const openCount = (open: number) => pattern(format(w.cardOpenCount, { open, overdue: '{n}', date: '{d}' }));
    const before = await openOf();
    await followUps.getByText(openCount(before)).waitFor();
    const tierMoves = pane.getByRole('region', { name: w.tierMoves });
    await tierMoves.getByText(w.noTierMoves).waitFor({ timeout: 60000 });
    expect(await seriousViolations(page)).toEqual([]);

    // Add a follow-up from the card: the confirmation appears next to the form, the row lands in the sheet.
    await followUps.getByRole('button', { name: w.addTask }).click();
    const form = followUps.getByRole('form', { name: w.taskForm });
    await form.getByLabel(w.dueDate).fill('2026-12-10');
    await form.getByLabel(w.notes).fill('Spring order: samples');
    await form.getByRole('button', { name: w.save }).click();
    await followUps.getByText(pattern(w.taskAdded)).waitFor({ timeout: 60000 });
    const added = (await tableRecords(page, 'TiersFollowUps')).filter((r) => r['Customer or prospect ID'] === customer.id && r['Notes'] === 'Spring order: samples');
    expect(added).toHaveLength(1);
    expect(await openOf()).toBe(before + 1);
    await followUps.getByText(openCount(before + 1)).waitFor();
    await followUps
      .getByRole('list', { name: w.cardFollowUps })
      .getByText(/2026-12-10/)
      .waitFor();
    await shot(page, 'rep-card', true);

    // Start the customer's contract from the card, tick the first clause, save.
    await pane.getByRole('region', { name: w.cardContract }).getByText(w.cardNoContract).waitFor();
    await pane.getByRole('region', { name: w.cardContract }).getByRole('button', { name: w.startContract }).click();
    const contract = pane.getByRole('form', { name: w.contractForm });
    await contract.waitFor({ timeout: 60000 });
    await expect(contract.getByRole('combobox', { name: w.customer }).inputValue()).resolves.toBe(`${customer.id} · ${customer.name}`);
    await contract.getByLabel(w.contractId).fill('HT-REP-1');
    await contract.getByRole('checkbox').first().check();
    await contract.getByRole('button', { name: w.save }).click();
    await contract.getByText(format(w.saved, { id: 'HT-REP-1' })).waitFor({ timeout: 60000 });
    await shot(page, 'rep-contract');
    const rows = (await tableRecords(page, 'TiersContracts')).filter((r) => r['Contract ID'] === 'HT-REP-1');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['Customer ID']).toBe(customer.id);

    // Back on the card: the contract with one clause ticked, not signed.
    await pane.getByRole('navigation').getByRole('tab', { name: p.viewCustomer }).click();
    const status = format(w.contractLine, { id: 'HT-REP-1', status: '.+?', checked: 1, total: 11 });
    await pane
      .getByRole('region', { name: w.cardContract })
      .getByText(new RegExp(`^${escape(status).replace(escape('.+?'), '.+?')} · ${escape(w.signedNo)}$`))
      .waitFor({ timeout: 60000 });
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 300000);

  it('the manager: changes a weight, previews, applies, reopens the pane and previews again', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5, lang });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    let pane = paneOf(page);
    await run(pane, locale);
    const weight = format(p.weightOf, { indicator: p.ind_profitMargin });
    const preview = async (value: string) => {
      await pane.getByRole('navigation').getByRole('tab', { name: p.viewWeights }).click();
      const box = pane.getByRole('spinbutton', { name: weight });
      await box.fill(value);
      await box.press('Enter');
      const moved = pane.getByText(pattern(`${p.previewMoved} · ${p.previewMillis}`)).or(pane.getByText(pattern(p.previewMoved)));
      await moved.first().waitFor({ timeout: 60000 });
      return ((await moved.first().textContent()) ?? '').split(' · ')[0];
    };
    const first = await preview('60');
    expect(first).toMatch(/[1-9]/);
    await shot(page, 'manager-preview');
    await pane.getByRole('button', { name: p.apply }).click();
    await pane.getByText(p.applied).waitFor({ timeout: 120000 });

    pane = await reloadPane(page, locale);
    // The applied weight came back from the workbook; a new change previews without a re-run.
    await pane.getByRole('navigation').getByRole('tab', { name: p.viewWeights }).click();
    await expect(pane.getByRole('spinbutton', { name: weight }).inputValue()).resolves.toBe('60');
    const again = await preview('10');
    expect(again).toMatch(/[1-9]/);
    await shot(page, 'manager-reloaded-preview');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 300000);

  it('finance: reads the amount owed per ageing bucket per customer, sorts and filters it', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5, lang });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const pane = paneOf(page);
    await run(pane, locale);
    await pane.getByRole('navigation').getByRole('tab', { name: p.viewFinance }).click();
    const table = pane.getByRole('table', { name: p.outstandingTable });
    await table.waitFor({ timeout: 60000 });

    // Outside truth: what each customer owes, summed straight from the Orders sheet's Arrears column.
    const owed = await page.evaluate(() => {
      const sheet = window.__workbench?.simulator.workbook.sheetByName('Orders');
      if (!sheet) throw new Error('no Orders sheet');
      const headers = Array.from({ length: 60 }, (_, c) => sheet.cells.values.get(0, c));
      const id = headers.indexOf('Customer ID');
      const arrears = headers.indexOf('Arrears');
      const sums: Record<string, number> = {};
      for (let r = 1; sheet.cells.values.get(r, id) !== undefined; r++) {
        const v = sheet.cells.values.get(r, arrears);
        if (typeof v === 'number' && v !== 0) sums[String(sheet.cells.values.get(r, id))] = (sums[String(sheet.cells.values.get(r, id))] ?? 0) + v;
      }
      return sums;
    });
    const byTotal = Object.entries(owed).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    const rows = table.locator('tbody tr');
    const first = byTotal[0];
    if (!first) throw new Error('the sample owes nothing');
    await expect(rows.first().getAttribute('data-customer')).resolves.toBe(first[0]);
    const shownTotal = Number(((await rows.first().locator('td').nth(1).innerText()) ?? '').replace(/[^\d.-]/g, ''));
    expect(shownTotal).toBe(Math.round(first[1]));
    await shot(page, 'finance-outstanding', true);

    // The ageing in amounts, not yet due apart from overdue: a bar per bucket in the pane's words,
    // each the sum of the sheet's owned column for that bucket (headed "Tiers " + the same name).
    const bars = pane.getByRole('list', { name: p.ageingTitle }).getByRole('listitem');
    await expect(bars.locator('span:first-child').allInnerTexts()).resolves.toEqual(AGEING_BUCKETS.map((b) => p[`ageing_${b}`]));
    const columnSums = await page.evaluate(
      (headers) => {
        const sheet = window.__workbench?.simulator.workbook.sheetByName('Customers');
        if (!sheet) throw new Error('no Customers sheet');
        const row0 = Array.from({ length: 80 }, (_, c) => sheet.cells.values.get(0, c));
        return headers.map((names) => {
          const c = row0.findIndex((h) => typeof h === 'string' && names.includes(h));
          if (c < 0) return null;
          let sum = 0;
          for (let r = 1; sheet.cells.values.get(r, 0) !== undefined; r++) {
            const v = sheet.cells.values.get(r, c);
            if (typeof v === 'number') sum += v;
          }
          return sum;
        });
      },
      AGEING_BUCKETS.map((b) => Object.values(AGEING_NAMES).map((names) => `Tiers ${names[b]}`)),
    );
    const shown = (await bars.locator('span:last-child').allInnerTexts()).map((v) => Number(v.replace(/[^\d.-]/g, '')));
    columnSums.forEach((sum, k) => {
      expect(sum).not.toBeNull();
      expect(Math.abs((shown[k] as number) - Math.round(sum as number))).toBeLessThanOrEqual(1);
    });
    expect(columnSums[0]).toBeGreaterThan(0);

    // Sort by the oldest bucket, then filter by one customer's id: one row, that customer.
    await pane.getByRole('combobox', { name: p.outstandingSort }).selectOption('b90plus');
    const target = byTotal[byTotal.length - 1]?.[0] ?? first[0];
    await pane.getByRole('searchbox', { name: p.outstandingFilter }).fill(target);
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().getAttribute('data-customer')).resolves.toBe(target);
    expect(await seriousViolations(page)).toEqual([]);

    // In the sheet: the Tiers columns go into the customers' table, so they sort and filter with the rows.
    await pane.getByRole('navigation').getByRole('tab', { name: p.viewRun }).click();
    await pane.getByRole('checkbox', { name: pattern(p.ownedInTable) }).check();
    await pane.getByRole('button', { name: p.runButton, exact: true }).click();
    await page.waitForFunction(
      () => {
        const wb = window.__workbench?.simulator.workbook;
        const t = wb?.tables.find((x) => wb.sheet(x.sheetId).name === 'Customers');
        const state = wb?.getSetting('Tiers.runState') as { state: string; columns: Record<string, { header: string }> } | undefined;
        return !!wb && !!t && !!state && state.state === 'complete' && wb.tableHeaders(t).includes(state.columns.arrears?.header ?? '');
      },
      undefined,
      { timeout: 120000 },
    );
    // The owned headers as this run wrote them (in the workbook's language), from the run state.
    const owned = await page.evaluate(() => (window.__workbench?.simulator.workbook.getSetting('Tiers.runState') as { columns: Record<string, { header: string }> }).columns);
    const ARREARS = owned.arrears!.header;
    const TIER = owned.tier!.header;
    await pane.getByText(pattern(p.runDone)).waitFor({ timeout: 120000 });
    const before = ownedByCustomer(await customerRecords(page));
    expect(before.size).toBe(60);

    // Sort the arrears column Z to A from its header dropdown in the grid.
    const labels = menuLabels(lang);
    await openHeaderMenu(page, ARREARS, labels);
    await gridShot(page, locale, 'finance-grid-menu', true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: labels.sortDown }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const sorted = await customerRecords(page);
    const arrears = sorted.map((r) => r[ARREARS]).filter((v): v is number => typeof v === 'number');
    expect(arrears.length).toBeGreaterThan(0);
    expect(arrears).toEqual([...arrears].sort((a, b) => b - a));
    // Every customer's owned values stayed with its row (all of them, keyed by the customer id).
    expect(ownedByCustomer(sorted)).toEqual(before);
    // The top row is the customer who owes most, as the pane's table said.
    const most = Math.max(...[...before.values()].map((r) => (typeof r[ARREARS] === 'number' ? r[ARREARS] : -Infinity)));
    expect(sorted[0]![ARREARS]).toBe(most);
    const topId = String(sorted[0]!['Customer ID']);
    // The grid shows it: its first body row is that customer (scrolled back to column A).
    await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Customers');
      if (wb && sheet) wb.selectRect(sheet.id, { r0: 1, r1: 1, c0: 0, c1: 0 });
    });
    await page.locator('.wb-grid .ag-row[row-index="1"] .ag-cell[col-id="0"]', { hasText: new RegExp(`^${escape(topId)}$`) }).waitFor();
    await gridShot(page, locale, 'finance-grid-sorted');

    // Filter the tier column to one tier: only that tier's rows stay in the grid.
    const tier = String(sorted.find((r) => typeof r[TIER] === 'string' && r[TIER] !== '')?.[TIER]);
    await openHeaderMenu(page, TIER, labels);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: labels.all }).uncheck();
    await dialog.getByRole('checkbox', { name: tier, exact: true }).check();
    await dialog.getByRole('button', { name: labels.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    const hidden = await page.evaluate(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Customers');
      return sheet ? [...sheet.hiddenRows] : [];
    });
    const keep = sorted.map((r, i) => (r[TIER] === tier ? i + 1 : -1)).filter((r) => r > 0);
    expect(hidden.length).toBe(60 - keep.length);
    for (const r of keep) expect(hidden).not.toContain(r);
    // The grid's second shown row is the first kept customer, its row number kept (Excel's gaps).
    await expect(page.locator('.wb-grid .ag-row[row-index="1"] .wb-row-header').innerText()).resolves.toBe(String(keep[0]! + 1));
    expect(ownedByCustomer(await customerRecords(page))).toEqual(before);
    await gridShot(page, locale, 'finance-grid-filtered', true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 400000);

  it('finance on a plain range: the Tiers columns beside the data sort and filter with the rows under one AutoFilter', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5, lang, tables: 'none' });
    await setPaneWidth(page, EXCEL_PANE_WIDTH);
    const pane = paneOf(page);
    await run(pane, locale);
    // No table: the Tiers columns sit beside the data, and the Run view offers one filter over both.
    await expect(page.evaluate(() => window.__workbench?.simulator.workbook.tables.length)).resolves.toBe(0);
    // The Run view's summary in this language, at 320 px (looked at; not a README picture).
    await pane.getByText(pattern(p.runDone)).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'finance-plain-run-summary');
    await pane.getByRole('checkbox', { name: pattern(p.ownedInFilter) }).check();
    await page.waitForFunction(() => {
      const wb = window.__workbench?.simulator.workbook;
      const sheet = wb?.sheetByName('Customers');
      const state = wb?.getSetting('Tiers.runState') as { columns: Record<string, { column: number }> } | undefined;
      const rect = sheet?.autoFilter?.rect;
      return !!rect && !!state && Object.values(state.columns).every((c) => c.column >= rect.c0 && c.column <= rect.c1);
    });
    await pane.getByText(pattern(p.ownedFilterCovers)).waitFor();
    await shot(page, 'finance-plain-filter-choice', true);
    expect(await seriousViolations(page)).toEqual([]);

    const owned = await page.evaluate(() => (window.__workbench?.simulator.workbook.getSetting('Tiers.runState') as { columns: Record<string, { header: string }> }).columns);
    const ARREARS = owned.arrears!.header;
    const TIER = owned.tier!.header;
    const before = ownedByCustomer(await plainRecords(page));
    expect(before.size).toBe(60);
    expect(Object.keys(before.values().next().value ?? {})).toEqual(expect.arrayContaining(['Customer ID', ARREARS, TIER]));

    // Sort the arrears column Z to A from its dropdown: every customer's cells stay on its row.
    const labels = menuLabels(lang);
    await openSheetHeaderMenu(page, ARREARS, labels);
    await page.getByRole('dialog').getByRole('button', { name: labels.sortDown }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const sorted = await plainRecords(page);
    const arrears = sorted.map((r) => r[ARREARS]).filter((v): v is number => typeof v === 'number');
    expect(arrears.length).toBeGreaterThan(0);
    expect(arrears).toEqual([...arrears].sort((a, b) => b - a));
    expect(ownedByCustomer(sorted)).toEqual(before);

    // Keep one tier: only its rows show, and Microsoft's client library reads the same filter.
    const tier = String(sorted.find((r) => typeof r[TIER] === 'string' && r[TIER] !== '')?.[TIER]);
    await openSheetHeaderMenu(page, TIER, labels);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: labels.all }).uncheck();
    await dialog.getByRole('checkbox', { name: tier, exact: true }).check();
    await dialog.getByRole('button', { name: labels.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    const hidden = await page.evaluate(() => [...(window.__workbench?.simulator.workbook.sheetByName('Customers')?.hiddenRows ?? [])].sort((a, b) => a - b));
    const shown = sorted.map((r, i) => (r[TIER] === tier ? i + 1 : -1)).filter((r) => r > 0);
    expect(hidden).toEqual(sorted.map((_, i) => i + 1).filter((r) => !shown.includes(r)));
    const api = await page.evaluate(async (header) => {
      const state = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Customers');
        const filter = sheet.autoFilter.load('enabled,isDataFiltered,criteria');
        const range = filter.getRange().load('values');
        await context.sync();
        return { enabled: filter.enabled, filtered: filter.isDataFiltered, criteria: filter.criteria, headers: range.values[0] ?? [] };
      });
      const i = state.headers.indexOf(header);
      return { enabled: state.enabled, filtered: state.filtered, column: state.criteria[i] };
    }, TIER);
    expect(api).toMatchObject({ enabled: true, filtered: true, column: { filterOn: 'Values', values: [tier] } });
    expect(ownedByCustomer(await plainRecords(page))).toEqual(before);
    await gridShot(page, locale, 'finance-plain-grid-filtered', 'zh-Hant');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 400000);
}

/** The Customers table's body rows keyed by header, in sheet order, from the simulator's model. */
function customerRecords(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => {
    const wb = window.__workbench?.simulator.workbook;
    const t = wb?.tables.find((x) => wb.sheet(x.sheetId).name === 'Customers');
    if (!wb || !t) return [];
    const cells = wb.sheet(t.sheetId).cells;
    const headers = wb.tableHeaders(t);
    return Array.from({ length: t.rect.r1 - t.rect.r0 }, (_, i) => Object.fromEntries(headers.map((h, c) => [h, cells.values.get(t.rect.r0 + 1 + i, t.rect.c0 + c) ?? null])));
  });
}

/** Each customer's cells (owned and user), keyed by customer id. */
function ownedByCustomer(records: readonly Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  return new Map(records.map((r) => [String(r['Customer ID']), r]));
}

/** Brings the header cell of a Customers column into view and opens its dropdown. */
async function openHeaderMenu(page: Page, header: string, labels: MenuLabels): Promise<void> {
  await page.evaluate((h) => {
    const wb = window.__workbench?.simulator.workbook;
    const t = wb?.tables.find((x) => wb.sheet(x.sheetId).name === 'Customers');
    if (!wb || !t) throw new Error('no Customers table');
    const c = t.rect.c0 + wb.tableHeaders(t).indexOf(h);
    wb.selectRect(t.sheetId, { r0: t.rect.r0, r1: t.rect.r0, c0: c, c1: c });
  }, header);
  await page.getByRole('button', { name: labels.dialog.replace('{header}', header), exact: true }).click();
  await page.getByRole('dialog').waitFor();
}

/** A picture of the workbook side; `docs` puts the English one (or the named language's) in the README's folder. */
const gridShot = (page: Page, locale: Locale, name: string, docs: boolean | Locale = false) =>
  screenshot(page, `persona-${locale}-${name}`, { of: page.locator('.wb-workbook'), docs: docs === true ? locale === 'en' : docs === locale });

/** The Customers sheet's rows under its AutoFilter, keyed by header, in sheet order, from the simulator's model. */
function plainRecords(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(() => {
    const sheet = window.__workbench?.simulator.workbook.sheetByName('Customers');
    const rect = sheet?.autoFilter?.rect;
    if (!sheet || !rect) return [];
    const read = (r: number) => Array.from({ length: rect.c1 - rect.c0 + 1 }, (_, i) => sheet.cells.values.get(r, rect.c0 + i) ?? null);
    const headers = read(rect.r0).map(String);
    return Array.from({ length: rect.r1 - rect.r0 }, (_, i) => Object.fromEntries(read(rect.r0 + 1 + i).map((v, c) => [headers[c], v])));
  });
}

/** Brings a header cell of the Customers sheet's AutoFilter into view and opens its dropdown. */
async function openSheetHeaderMenu(page: Page, header: string, labels: MenuLabels): Promise<void> {
  await page.evaluate((h) => {
    const wb = window.__workbench?.simulator.workbook;
    const sheet = wb?.sheetByName('Customers');
    const rect = sheet?.autoFilter?.rect;
    if (!wb || !sheet || !rect) throw new Error('no AutoFilter on Customers');
    let c = rect.c0;
    while (c <= rect.c1 && sheet.cells.values.get(rect.r0, c) !== h) c++;
    wb.selectRect(sheet.id, { r0: rect.r0, r1: rect.r0, c0: c, c1: c });
  }, header);
  await page.getByRole('button', { name: labels.dialog.replace('{header}', header), exact: true }).click();
  await page.getByRole('dialog').waitFor();
}
