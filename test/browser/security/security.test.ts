/**
 * Security of the add-in's own pages, in Chromium against dist/ (npm run build first):
 * - the task pane page (dist/taskpane.html, its real Content-Security-Policy) with the office.js
 *   CDN request intercepted and answered by a small stub: the policy has no 'unsafe-eval', no
 *   policy violation happens while the pane starts, and every request stays on the page's origin
 *   except office.js itself;
 * - the workbench running a whole scoring in the real pane bundle under the pane's policy: no
 *   request leaves the origin and no violation (eval, inline script) is reported.
 * A `securitypolicyviolation` listener, installed before any page script, records violations; a
 * deliberate string timer (an eval sink) at the end proves the listener would have seen one.
 */
import type { Page } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { watchPage } from '../support/pageProblems';
import { paneOf, VIEWPORT } from '../support/workbench';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Enough of Office.js for the pane to start: ready, English, every requirement set; Excel calls fail. */
const OFFICE_STUB = `
window.Office = {
  onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); },
  context: { displayLanguage: 'en-US', requirements: { isSetSupported: function () { return true; } } },
};
window.Excel = { run: function () { var e = new Error('Excel is not available in this test'); e.code = 'GeneralException'; return Promise.reject(e); } };
`;

const RECORD_VIOLATIONS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber });
});
`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** Script file, line and column that attempted it. */
  source: string;
}

const env = browserEnvironment();

async function openGuarded(): Promise<{ page: Page; requests: string[] }> {
  const page = await env.browser.newPage({ viewport: VIEWPORT, bypassCSP: false });
  await page.addInitScript(RECORD_VIOLATIONS);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Nothing may reach the network: anything not served by the test server is answered here.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }) : route.abort(),
  );
  return { page, requests };
}

/** Violations seen in the page and every frame. */
async function violations(page: Page): Promise<Violation[]> {
  const all: Violation[] = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate<Violation[]>(() => (window as unknown as { __violations?: Violation[] }).__violations ?? [])));
  return all;
}

const offOrigin = (urls: readonly string[]) => urls.filter((u) => !u.startsWith(env.server.url) && u !== OFFICE_JS && !u.startsWith('data:') && !u.startsWith('blob:'));

/** The policy as directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Violations recorded while the pages started and scored (before the deliberate eval), per page. */
const recorded: Record<string, Violation[]> = {};

describe('security of the add-in pages', () => {
  it('task pane page: strict policy, no request off the origin but office.js, and violations are seen', async () => {
    const { page, requests } = await openGuarded();
    const problems = watchPage(page);
    await page.goto(`${env.server.url}taskpane.html`);
    await page.locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
    await page.waitForLoadState('networkidle');

    const policy = parsePolicy((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '');
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.filter((s) => s !== "'self'")).toEqual(['https://appsforoffice.microsoft.com']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);

    expect(requests).toContain(OFFICE_JS);
    expect(offOrigin(requests)).toEqual([]);
    recorded.taskpane = await violations(page);
    expect(problems.pageErrors).toEqual([]);

    // The listener works: a string timer (an eval sink, run later as the page's own code) is refused and reported.
    await page.evaluate(() => {
      (setTimeout as (code: string, ms: number) => number)('window.__evalRan = true', 0);
    });
    await page.waitForFunction((before) => ((window as unknown as { __violations: Violation[] }).__violations.length ?? 0) > before, recorded.taskpane.length, { timeout: 10000 });
    expect((await violations(page)).slice(recorded.taskpane.length)).toEqual([expect.objectContaining({ directive: 'script-src', blocked: 'eval' })]);
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBeUndefined();
    await page.close();
  });

  it('workbench: a full scoring run in the pane under its policy makes no request off the origin', async () => {
    const { page, requests } = await openGuarded();
    await page.goto(`${env.server.url}workbench.html?customers=30&orders=300&seed=5`);
    await page.waitForFunction(() => (window as unknown as { __workbench?: unknown }).__workbench !== undefined, undefined, { timeout: 60000 });
    const pane = paneOf(page);
    await pane.locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
    await pane.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 60000 });
    await pane.getByText(/Done: \d+ customers scored\./).waitFor({ timeout: 60000 });
    await page.waitForLoadState('networkidle');
    expect(offOrigin(requests)).toEqual([]);
    recorded.workbench = await violations(page);
    await page.close();
  });

  /**
   * zod 4 probes for eval with `new Function("")` the first time an object schema parses; the pane's
   * policy would block it and Chromium would report a violation. The pane and worker entries call
   * `src/domain/noEval.ts` first, so nothing is attempted.
   */
  test('no policy violation (no eval attempt) while the pane starts and scores', () => {
    expect(recorded).toEqual({ taskpane: [], workbench: [] });
  });
});
