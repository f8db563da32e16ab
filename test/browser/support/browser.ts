/**
 * Launches Chromium through playwright-core. Never downloads a browser: it uses Debian's Chromium
 * when present, else the one `npm ci` brought inside @sparticuz/chromium (docs/testing.md).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { npmChromium } from './npmChromium';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export type ChromiumChoice = { kind: 'path'; path: string; why: string } | { kind: 'npm'; why: string };

/**
 * Which Chromium the tests use. TIERS_NPM_CHROMIUM=1 forces the npm-shipped one (CI proves that
 * path with it); CHROMIUM_PATH names another; otherwise Debian's when installed, else the npm one.
 */
export function chooseChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): ChromiumChoice {
  if (env.TIERS_NPM_CHROMIUM === '1') return { kind: 'npm', why: 'TIERS_NPM_CHROMIUM=1' };
  if (env.CHROMIUM_PATH) return { kind: 'path', path: env.CHROMIUM_PATH, why: 'CHROMIUM_PATH' };
  if (exists(DEBIAN_CHROMIUM)) return { kind: 'path', path: DEBIAN_CHROMIUM, why: `${DEBIAN_CHROMIUM} is installed` };
  return { kind: 'npm', why: `${DEBIAN_CHROMIUM} is absent` };
}

export async function launchBrowser(): Promise<Browser> {
  const choice = chooseChromium(process.env, existsSync);
  if (choice.kind === 'path') {
    if (!existsSync(choice.path)) {
      // Fail, never skip: a missing browser must not pass as green browser tests.
      throw new Error(`Chromium not found at ${choice.path} (${choice.why}). Unset CHROMIUM_PATH to use Debian's or the npm-shipped Chromium.`);
    }
    return chromium.launch({ executablePath: choice.path, args: CHROMIUM_ARGS });
  }
  const shipped = npmChromium();
  const browser = await chromium.launch({ executablePath: shipped.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...shipped.env } });
  const major = Number(browser.version().split('.')[0]);
  if (major !== shipped.major) {
    await browser.close();
    throw new Error(`Expected the npm-shipped Chromium ${shipped.major}, but ${shipped.executablePath} reports ${browser.version()}.`);
  }
  return browser;
}
