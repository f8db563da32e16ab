/** Collects what should never happen on a page: console errors, uncaught exceptions, failed requests. */
import type { Frame, Page, Request } from 'playwright-core';

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
      const failed = [...this.failedRequests, ...aborted.filter((a) => !cancelledByReload(a.request)).map((a) => a.line)];
      return [...this.consoleErrors.map((m) => `console: ${m}`), ...this.pageErrors.map((m) => `page error: ${m}`), ...failed.map((m) => `request: ${m}`)];
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  // A reloaded pane cancels what its old document was still fetching (net::ERR_ABORTED): that is
  // the reload, not the page failing. Whether the request's frame went away (replaced iframe) or
  // navigated is only known once the browser has told us, so aborted requests are judged when read.
  const navigations = new Map<Frame, number>();
  const issuedAt = new WeakMap<Request, number>();
  const aborted: { request: Request; line: string }[] = [];
  const frameOf = (request: Request): Frame | null => {
    try {
      return request.frame();
    } catch {
      return null; // requests of service workers have no frame
    }
  };
  const cancelledByReload = (request: Request): boolean => {
    const frame = frameOf(request);
    return frame !== null && (frame.isDetached() || (navigations.get(frame) ?? 0) !== issuedAt.get(request));
  };
  page.on('framenavigated', (frame) => navigations.set(frame, (navigations.get(frame) ?? 0) + 1));
  page.on('request', (request) => {
    const frame = frameOf(request);
    if (frame) issuedAt.set(request, navigations.get(frame) ?? 0);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    const line = `${request.method()} ${request.url()}: ${error}`;
    if (error === 'net::ERR_ABORTED') aborted.push({ request, line });
    else problems.failedRequests.push(line);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}
