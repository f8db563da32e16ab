/**
 * The pane at Excel's widths: 320 px is Excel's default, 300 px about the narrowest a user can
 * drag it to. Every view, after a run, in every language, must fit without scrolling sideways or
 * cutting a control. Build first: npx webpack --mode production.
 */
import type { FrameLocator } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { screenshot } from '../support/screenshots';
import { openWorkbench, setPaneWidth } from '../support/workbench';
import { horizontalOverflow, type Overflow } from './paneLayout';
import { confirmAndRun } from './paneSteps';

const env = browserEnvironment();

const VIEWS = ['run', 'weights', 'customer', 'finance', 'work'];
const WORK_TABS = ['contracts', 'followups', 'prospects'];
const LANGUAGES = ['en', 'zh'];

/** Tabs are picked by position, so the same walk serves every language. */
const viewTab = (pane: FrameLocator, i: number) => pane.getByRole('navigation').getByRole('tab').nth(i);
const workTab = (pane: FrameLocator, i: number) => pane.locator('[data-view="work"] [role="tablist"] [role="tab"]').nth(i);

describe.each([300, 320, 350])('the pane at %i px', (width) => {
  it('shows every view in every language without horizontal overflow', async () => {
    const { page, problems } = await openWorkbench(env.browser, env.server.url, { customers: 60, orders: 1200, seed: 5 });
    await setPaneWidth(page, width);
    const pane = await confirmAndRun(page);
    await page.evaluate(() => window.__workbench?.simulator.workbook.select('Customers', 'B5'));
    const seen: Record<string, Overflow> = {};
    const fits: Record<string, Overflow> = {};
    const check = async (name: string) => {
      seen[name] = await horizontalOverflow(page);
      fits[name] = { scroll: 0, offenders: [] };
      await screenshot(page, `pane-${width}-${name}`, { of: page.locator('.wb-pane') });
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
  });
});
