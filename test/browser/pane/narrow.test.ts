/**
 * The pane at Excel's widths: 320 px is Excel's default, 300 px about the narrowest a user can
 * drag it to. Every view, after a run, in every language, must fit without scrolling sideways or
 * cutting a control. Build first: npx webpack --mode production.
 */
import type { FrameLocator } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench, paneOf, setPaneWidth } from '../support/workbench';
import { horizontalOverflow, type Overflow } from './paneLayout';
import { column, confirmAndRun, readSheet, seriousViolations, type AxeViolation } from './paneSteps';

const env = browserEnvironment();

const VIEWS = ['run', 'weights', 'customer', 'finance', 'work'];
const WORK_TABS = ['contracts', 'followups', 'prospects'];
const LANGUAGES = ['en', 'zh', 'zh-Hant'];

/** Tabs are picked by position, so the same walk serves every language. */
const viewTab = (pane: FrameLocator, i: number) => pane.getByRole('navigation').getByRole('tab').nth(i);
const workTab = (pane: FrameLocator, i: number) => pane.locator('[data-view="work"] [role="tablist"] [role="tab"]').nth(i);

describe("the pane in Office's Traditional Chinese", () => {
  it.each(['zh-TW', 'zh-HK'])('opens in Traditional Chinese for display language %s', async (lang) => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 20, orders: 200, lang });
    await setPaneWidth(page, 320);
    const pane = paneOf(page);
    for (const name of ['執行', '權重', '客戶', '財務', '合約跟進']) await pane.getByRole('navigation').getByRole('tab', { name }).waitFor();
    await expect(pane.locator('header select').inputValue()).resolves.toBe('zh-Hant');
    await screenshot(page, `pane-${lang}`, { of: page.locator('.wb-pane') });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describe.each([300, 320, 350])('the pane at %i px', (width) => {
  it('shows every view in every language without horizontal overflow', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5 });
    await setPaneWidth(page, width);
    const pane = await confirmAndRun(page);
    await page.evaluate(() => window.__workbench?.simulator.workbook.select('Customers', 'B5'));
    const seen: Record<string, Overflow & { axe?: AxeViolation[] }> = {};
    const fits: Record<string, Overflow & { axe?: AxeViolation[] }> = {};
    const check = async (name: string) => {
      seen[name] = await horizontalOverflow(page);
      fits[name] = { scroll: 0, offenders: [] };
      // Accessibility once per view and language, at Excel's default width.
      if (width === 320) {
        seen[name].axe = await seriousViolations(page);
        fits[name].axe = [];
      }
      await screenshot(page, `pane-${width}-${name}`, { of: page.locator('.wb-pane'), docs: width === 320 && (name === 'zh-Hant-weights' || name === 'zh-Hant-customer') });
    };
    for (const language of LANGUAGES) {
      await pane.locator('header select').selectOption(language);
      for (const [i, view] of VIEWS.entries()) {
        await viewTab(pane, i).click();
        await expect(viewTab(pane, i).getAttribute('aria-selected')).resolves.toBe('true');
        if (view !== 'work') {
          await check(`${language}-${view}`);
          continue;
        }
        for (const [j, sub] of WORK_TABS.entries()) {
          await workTab(pane, j).click();
          await pane.locator('[data-view="work"] form').first().waitFor({ timeout: 60000 });
          await check(`${language}-${view}-${sub}`);
        }
      }
    }
    expect(seen).toEqual(fits);
    expect(problems.all()).toEqual([]);
    await page.close();
    // 21 views and sub-tabs, three languages, axe-core in each at 320 px: minutes on a shared machine.
  }, 300000);
});

describe('the manager names a tier at 320 px', () => {
  it('validates the name next to its field, previews it before Apply, applies it, saves it in the workbook and writes it in the tier column', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5 });
    await setPaneWidth(page, 320);
    const pane = await confirmAndRun(page);
    const before = column(await readSheet(page, 'Customers', 100), 'Tiers tier');
    expect(before).toContain('Lead (metal)');
    await pane.getByRole('tab', { name: 'Weights' }).click();
    const lead = pane.getByRole('textbox', { name: 'Name for Lead (metal)' });
    await expect(lead.getAttribute('placeholder')).resolves.toBe('Lead (metal)');
    const apply = pane.getByRole('button', { name: 'Apply' });

    // Another tier's default word: the message sits under the field, Apply is refused.
    const taken = 'Gold is called this by default; a tier cell with it would read as Gold.';
    await lead.fill('gold');
    await pane.getByText(taken).waitFor();
    await expect(lead.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(apply.isDisabled()).resolves.toBe(true);
    // Centred: at the bottom the sticky Apply bar would cover the row.
    await lead.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, offenders: [] });
    await screenshot(page, 'pane-320-tier-name-taken', { of: page.locator('.wb-pane'), docs: true });

    const name = 'Base accounts (metal)';
    await lead.fill(name);
    await expect(pane.getByText(taken).count()).resolves.toBe(0);
    // Before Apply, the preview names the tier as typed and says the name is not applied yet.
    const matrix = pane.locator('table', { has: pane.locator('caption', { hasText: 'Old tier (rows) × new tier (columns)' }) });
    await matrix.locator('tbody th[scope="row"]', { hasText: name }).waitFor();
    const pending = pane.getByText('Tier names as typed, not applied yet: Apply saves them.');
    await pending.waitFor();
    await pending.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, offenders: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pane-320-tier-name-preview', { of: page.locator('.wb-pane'), docs: true });
    await apply.click();
    await pane.getByText('Applied: the tiers in the sheet were updated.').waitFor({ timeout: 120000 });
    const saved = await page.evaluate(() => (window.__workbench?.simulator.workbook.getSetting('Tiers.settings') as { config?: { tierNames?: unknown } } | undefined)?.config?.tierNames);
    expect(saved).toEqual({ Lead: name });
    // Only the name changed: every Lead row now carries it, every other tier cell is as before.
    const after = column(await readSheet(page, 'Customers', 100), 'Tiers tier');
    expect(after).toEqual(before.map((tier) => (tier === 'Lead (metal)' ? name : tier)));
    // The pane calls the tier by its new name.
    await pane.getByText(`Share in ${name} (%)`).waitFor();

    // In Traditional Chinese: translated label, the typed name kept; a new name previewed before Apply.
    await pane.locator('header select').selectOption('zh-Hant');
    await expect(pane.getByRole('textbox', { name: '鉛 的名稱' }).inputValue()).resolves.toBe(name);
    const gold = pane.getByRole('textbox', { name: '黃金 的名稱' });
    await gold.fill('核心客戶');
    const matrixHant = pane.locator('table', { has: pane.locator('caption', { hasText: '原等級（列）× 新等級（欄）' }) });
    await matrixHant.locator('tbody th[scope="row"]', { hasText: '核心客戶' }).waitFor();
    const pendingHant = pane.getByText('等級名稱依輸入顯示，尚未套用：按「套用」後儲存。');
    await pendingHant.waitFor();
    await pendingHant.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, offenders: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pane-320-tier-name-preview-zh-Hant', { of: page.locator('.wb-pane'), docs: true });
    // A long name refused in the same words.
    await gold.fill('金'.repeat(41));
    await pane.getByText('最多 40 個字元（已輸入 41 個）。').waitFor();
    await expect(pane.getByRole('button', { name: '套用' }).isDisabled()).resolves.toBe(true);
    await pane.getByRole('textbox', { name: '鉛 的名稱' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    expect(await horizontalOverflow(page)).toEqual({ scroll: 0, offenders: [] });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pane-320-tier-name-too-long-zh-Hant', { of: page.locator('.wb-pane') });
    expect(problems.all()).toEqual([]);
    await page.close();
  }, 240000);
});
