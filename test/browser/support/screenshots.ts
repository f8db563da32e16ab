/** Screenshots go to test-results/; with SCREENSHOTS=docs (or a `docs` flag) also to docs/screenshots/ for the README. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const DOCS_DIR = path.join(ROOT, 'docs', 'screenshots');

export async function screenshot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  if (options.docs || process.env.SCREENSHOTS === 'docs') {
    mkdirSync(DOCS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(DOCS_DIR, `${name}.png`) });
  }
  return file;
}
