/** Opens the workbench page and waits until the simulator, the grid and the task pane are up. */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './pageProblems';

export interface OpenWorkbench {
  page: Page;
  problems: PageProblems;
}

export interface WorkbenchQuery {
  customers?: number;
  orders?: number;
  seed?: number;
  /** Display language, e.g. 'zh-CN'. */
  lang?: string;
  /** 'zh' for the Chinese-header sample (sheets 客户 and 订单). */
  sample?: 'en' | 'zh';
  /** 'none': the sample's sheets as plain ranges, without Excel tables. */
  tables?: 'none';
}

/** A page the size of a laptop screen, so screenshots look like the app in use. */
export const VIEWPORT = { width: 1440, height: 860 };

export interface OpenOptions {
  /**
   * Enforce the pane's Content-Security-Policy, as Excel does. Off by default because test tools
   * injected into the pane (axe-core through addScriptTag) are inline scripts the policy refuses.
   */
  enforceCsp?: boolean;
}

export async function openWorkbench(browser: Browser, baseUrl: string, query: WorkbenchQuery = {}, options: OpenOptions = {}): Promise<OpenWorkbench> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1, bypassCSP: !options.enforceCsp });
  const problems = watchPage(page);
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  await page.goto(`${baseUrl}workbench.html${search ? `?${search}` : ''}`);
  await page.waitForFunction(() => window.__workbench !== undefined, undefined, { timeout: 60000 });
  await page.locator('.wb-grid .ag-cell').first().waitFor({ timeout: 60000 });
  await paneOf(page).locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
  return { page, problems };
}

/** The task pane, which the workbench runs in an iframe as Office does. */
export function paneOf(page: Page): FrameLocator {
  return page.frameLocator('#taskpane-frame');
}

/** Excel's default task-pane width on Windows and Mac is 320 px; users can narrow it to about 300. */
export const EXCEL_PANE_WIDTH = 320;

/** Sets the width of the workbench's pane column, as a user dragging Excel's pane edge does. */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((px) => {
    const pane = document.querySelector<HTMLElement>('.wb-pane');
    if (!pane) throw new Error('The workbench has no .wb-pane element.');
    pane.style.width = `${px}px`;
  }, width);
  await page
    .frameLocator('#taskpane-frame')
    .locator('body')
    .evaluate(
      (body, px) =>
        new Promise<void>((resolve) => {
          const check = () => (body.ownerDocument.defaultView?.innerWidth === px ? resolve() : requestAnimationFrame(check));
          check();
        }),
      width,
    );
}
