/**
 * Screenshots go to test-results/; with SCREENSHOTS=docs also to docs/screenshots/, but only the
 * README's pictures: those marked `docs: true` and those already there (retaken in place), so a
 * run never litters docs/ with every test's screenshot. A plain `npm test` never changes docs/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const DOCS_DIR = path.join(ROOT, 'docs', 'screenshots');

export interface ScreenshotOptions {
  /** A README picture (docs/screenshots/ is rewritten only with SCREENSHOTS=docs). */
  docs?: boolean;
  /** Only this element (e.g. the task pane) instead of the whole page. */
  of?: Locator;
}

export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const take = (file: string) => (options.of ? options.of.screenshot({ path: file }) : page.screenshot({ path: file }));
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await take(file);
  const docsFile = path.join(DOCS_DIR, `${name}.png`);
  if (process.env.SCREENSHOTS === 'docs' && (options.docs === true || existsSync(docsFile))) {
    mkdirSync(DOCS_DIR, { recursive: true });
    await take(docsFile);
  }
  return file;
}
