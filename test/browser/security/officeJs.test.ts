/**
 * Microsoft's real office.js (from @microsoft/office-js, never the CDN) loads in the built task pane
 * page under the page's own Content-Security-Policy in Chromium, with no `securitypolicyviolation`
 * (issue "Run on Microsoft's own Office.js", item 5). The page asks for
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js as in production; every request under
 * that folder is answered from node_modules/@microsoft/office-js/dist/, so the loader fetches what it
 * would fetch from the CDN (the host-specific file, the locale strings, telemetry) and each of those
 * scripts is run under the policy. The page is started as Excel on the web, on Windows and on the
 * Mac tell it what it runs in (`_host_Info`), which makes the loader fetch that host's library
 * (`excel-web-16.00.js` ...): no violation at all. Opened outside Office, office.js's Office 2013 path
 * tries a telemetry frame that the policy refuses; that one is pinned (see the last test). Anything
 * else off the page's origin is refused and listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserEnvironment } from '../support/environment';
import { VIEWPORT } from '../support/workbench';

const HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const DIST = path.dirname(require.resolve('@microsoft/office-js/package.json')) + '/dist/';

const RECORD_VIOLATIONS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
});
`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

const env = browserEnvironment();

interface Opened {
  page: Page;
  /** Files of the hosted folder served, relative to it. */
  served: string[];
  /** Requests under the hosted folder that the package does not hold. */
  missing: string[];
  /** Requests off the page's origin and off the hosted folder (refused). */
  elsewhere: string[];
  errors: string[];
}

async function open(query: string): Promise<Opened> {
  const page = await env.browser.newPage({ viewport: VIEWPORT, bypassCSP: false });
  await page.addInitScript(RECORD_VIOLATIONS);
  const opened: Opened = { page, served: [], missing: [], elsewhere: [], errors: [] };
  page.on('pageerror', (error) => opened.errors.push(error.message));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    if (!url.startsWith(HOSTED)) {
      opened.elsewhere.push(url);
      return route.abort();
    }
    const file = url.slice(HOSTED.length).split(/[?#]/)[0]!;
    const local = path.join(DIST, file);
    if (!local.startsWith(DIST) || !existsSync(local)) {
      opened.missing.push(file);
      return route.fulfill({ status: 404, body: '' });
    }
    opened.served.push(file);
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(local) });
  });
  await page.goto(`${env.server.url}taskpane.html${query}`);
  return opened;
}

async function violations(page: Page): Promise<Violation[]> {
  const all: Violation[] = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate<Violation[]>(() => (window as unknown as { __violations?: Violation[] }).__violations ?? [])));
  return all;
}

/** Waits until the loader has run its host file (Office.onReady and the Excel namespace exist) and the network is quiet. */
async function settled(opened: Opened, excel: boolean): Promise<void> {
  await opened.page.waitForFunction(
    (wantExcel) => {
      const w = window as unknown as { Office?: { onReady?: unknown }; Excel?: { run?: unknown } };
      return typeof w.Office?.onReady === 'function' && (!wantExcel || typeof w.Excel?.run === 'function');
    },
    excel,
    { timeout: 60000 },
  );
  await opened.page.waitForLoadState('networkidle');
}

/** Host information as Excel hands it to the page (office.js reads `_host_Info`): host, platform, version, locale. */
const HOSTS: [string, string][] = [
  ['Excel$Web$16.00$en-US$$$$0', 'excel-web-16.00.js'],
  ['Excel$Win32$16.01$en-US$$$$0', 'excel-win32-16.01.js'],
  ['Excel$Mac$16.00$en-US$$$$0', 'excel-mac-16.00.js'],
];

describe("office.js from @microsoft/office-js under the task pane's policy", () => {
  it.each(HOSTS)('as Excel announces itself (%s): the loader fetches %s, runs it, and no violation', async (hostInfo, hostFile) => {
    const opened = await open(`?_host_Info=${encodeURIComponent(hostInfo)}`);
    await settled(opened, true);
    expect(opened.served).toEqual(expect.arrayContaining(['office.js', hostFile]));
    // The library that answers Excel.run is Microsoft's (its RequestContext), not a stand-in.
    expect(await opened.page.evaluate(() => typeof (window as unknown as { Excel: { RequestContext?: unknown } }).Excel.RequestContext)).toBe('function');
    expect(await violations(opened.page)).toEqual([]);
    expect(opened.missing).toEqual([]);
    expect(opened.elsewhere).toEqual([]);
    await opened.page.close();
  });

  /**
   * Opened in a browser, outside any Office host, office.js takes its Office 2013 path
   * (o15apptofilemappingtable.js), whose logger opens a frame on
   * https://telemetryservice.firstpartyapps.oaspapps.com: the pane's policy refuses it (frame-src
   * falls back to default-src 'self'). Excel never starts the pane that way (it always passes host
   * information, as above), and the frame only carries Microsoft's telemetry, so the policy is left
   * strict. Allowed here (the frame is attempted on a timer, so not always before the check); any other violation fails.
   */
  it('outside Office: Office.onReady answers, the pane starts, and no violation but the Office 2013 telemetry frame', async () => {
    const opened = await open('');
    await settled(opened, false);
    const ready = await opened.page.evaluate(() => (window as unknown as { Office: { onReady: () => Promise<{ host: unknown }> } }).Office.onReady().then((info) => String(info.host)));
    expect(ready).toBe('null');
    await opened.page.locator('#taskpane-root > *').first().waitFor({ timeout: 60000 });
    expect(opened.served).toEqual(expect.arrayContaining(['office.js', 'o15apptofilemappingtable.js']));
    // The telemetry frame may or may not have been attempted by now (its logger runs on a timer): allowed, never required.
    const others = (await violations(opened.page)).filter((v) => !(v.directive === 'frame-src' && v.blocked === 'https://telemetryservice.firstpartyapps.oaspapps.com'));
    expect(others).toEqual([]);
    expect(opened.missing).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });
});
