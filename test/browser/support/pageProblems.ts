/** Collects what should never happen on a page: console errors, uncaught exceptions, failed requests. */
import type { Page } from 'playwright-core';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Everything above, one line each, for a readable assertion. */
  all(): string[];
}

export function watchPage(page: Page): PageProblems {
  const problems = {
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
    failedRequests: [] as string[],
    all() {
      return [...this.consoleErrors.map((m) => `console: ${m}`), ...this.pageErrors.map((m) => `page error: ${m}`), ...this.failedRequests.map((m) => `request: ${m}`)];
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}
