/**
 * The production build against the oldest engine the manifest's floor admits (docs/excel-versions.md):
 * every dist/*.js parses at that ECMAScript version; the fallback scripts as served (after the
 * build copied them) still parse as ES3 and, for the probe, only from ES2020; and dist/taskpane.html's
 * fallback keeps quiet in Chromium but shows its message, in real DOM, once an ES2020 built-in is
 * taken away.
 * Run after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { OLDEST_ENGINE_ECMA_VERSION } from '../../../src/manifest/supportedExcel';
import { browserEnvironment } from '../support/environment';
import { DIST_DIR } from '../support/staticServer';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const bundles = readdirSync(DIST_DIR).filter((f) => f.endsWith('.js'));

describe(`dist/*.js parse as ES${OLDEST_ENGINE_ECMA_VERSION}`, () => {
  it('has the pane, commands and workbench bundles', () => {
    expect(bundles).toEqual(expect.arrayContaining(['taskpane.js', 'commands.js', 'workbench.js']));
  });

  it.each(bundles)('%s', (file) => {
    const code = readFileSync(join(DIST_DIR, file), 'utf8');
    try {
      parse(code, { ecmaVersion: OLDEST_ENGINE_ECMA_VERSION, sourceType: 'script' });
    } catch (error) {
      const at = (error as { pos?: number }).pos ?? 0;
      throw new Error(`${file} does not parse as ES${OLDEST_ENGINE_ECMA_VERSION}: ${(error as Error).message} near ${JSON.stringify(code.slice(Math.max(0, at - 80), at + 80))}`, { cause: error });
    }
  });
});

describe('the fallback scripts as built', () => {
  const built = (file: string) => readFileSync(join(DIST_DIR, 'assets', 'engine', file), 'utf8');
  it('unsupported.js parses as ES3', () => {
    expect(() => parse(built('unsupported.js'), { ecmaVersion: 3, sourceType: 'script' })).not.toThrow();
  });
  it('es2020-probe.js parses only from ES2020', () => {
    expect(() => parse(built('es2020-probe.js'), { ecmaVersion: 2019, sourceType: 'script' })).toThrow();
    expect(() => parse(built('es2020-probe.js'), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });
});

const env = browserEnvironment();

describe("dist/taskpane.html's fallback message", () => {
  async function open(takeAway?: string): Promise<{ message: boolean; pane: boolean; flag: unknown }> {
    const page = await env.browser.newPage();
    // office.js is not needed to decide; answer its request so nothing leaves the machine.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url() === OFFICE_JS ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }) : route.abort()));
    if (takeAway) await page.addInitScript(`delete ${takeAway};`);
    await page.goto(`${env.server.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
    const seen = await page.evaluate(() => ({
      message: document.getElementById('tiers-unsupported')!.offsetHeight > 0,
      pane: getComputedStyle(document.getElementById('taskpane-root')!).display !== 'none',
      flag: (window as unknown as { tiersEs2020?: unknown }).tiersEs2020,
    }));
    await page.close();
    return seen;
  }

  it("stays hidden in Chromium, where the probe ran under the page's policy", async () => {
    expect(await open()).toEqual({ message: false, pane: true, flag: true });
  });

  it('shows, and hides the pane, where Promise.allSettled is missing (as in Edge Legacy)', async () => {
    expect(await open('Promise.allSettled')).toEqual({ message: true, pane: false, flag: true });
  });
});
