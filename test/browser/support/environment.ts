import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './staticServer';

export interface BrowserEnvironment {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * One static server over dist/ and one Chromium for a test file: started before its tests,
 * closed after them. Read the fields inside tests (they are set in beforeAll).
 */
export function browserEnvironment(): BrowserEnvironment {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} has not started: use it inside a test.`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'static server');
    },
  };
}
