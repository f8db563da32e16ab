/**
 * Task-pane benchmarks in Chromium, over the workbench (dist/ must be built first):
 *  1. entry bundle: dist/taskpane.js gzipped (target < 300 KB);
 *  2. first render: the pane's first React commit, from the pane frame's time origin (target < 1 s);
 *  3. weight-change preview at 100,000 customers: worker compute time and the round trip seen in
 *     the pane (target < 50 ms);
 *  4. long tasks (PerformanceObserver 'longtask') on the pane's main thread during a run over
 *     1,000,000 orders (target: none over 100 ms).
 * Usage: npx tsx bench/pane.bench.ts [orders=1000000] [customers=100000]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/support/browser';
import { DIST_DIR, startStaticServer } from '../test/browser/support/staticServer';
import { openWorkbench, paneOf } from '../test/browser/support/workbench';

const orders = Number(process.argv[2] ?? 1_000_000);
const customers = Number(process.argv[3] ?? 100_000);

function paneFrame(page: Page): Frame {
  const frame = page.frame({ url: /srcdoc/ }) ?? page.frames().find((f) => f.name() === 'taskpane-frame');
  if (!frame) throw new Error('The pane frame is missing.');
  return frame;
}

function bundleSize(): { raw: number; gzip: number } {
  const bytes = readFileSync(path.join(DIST_DIR, 'taskpane.js'));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function main(): Promise<void> {
  const bundle = bundleSize();
  console.log(`taskpane.js: ${(bundle.raw / 1024).toFixed(0)} KB raw, ${(bundle.gzip / 1024).toFixed(1)} KB gzipped (target < 300 KB)`);

  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    // First render on the default sample.
    const small = await openWorkbench(browser, server.url);
    const firstRender = await paneFrame(small.page).evaluate(() => performance.getEntriesByName('tiers:first-render')[0]?.startTime ?? null);
    console.log(`first render: ${firstRender?.toFixed(0)} ms from the pane frame's time origin (target < 1000 ms)`);
    await small.page.close();

    const started = Date.now();
    const { page } = await openWorkbench(browser, server.url, { customers, orders });
    console.log(`workbench with ${customers} customers / ${orders} orders ready in ${Date.now() - started} ms`);
    const frame = paneFrame(page);
    await frame.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number; name: string }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
      }).observe({ type: 'longtask' });
    });
    const pane = paneOf(page);
    const runStarted = Date.now();
    await pane.getByRole('button', { name: 'Run', exact: true }).click();
    await pane.getByText(/^Done: \d+ customers scored\.$/).waitFor({ timeout: 900_000 });
    const runMs = Date.now() - runStarted;
    const longTasks = await frame.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number; name: string }[] }).__longTasks);
    const over100 = longTasks.filter((t) => t.duration > 100);
    const worst = Math.max(0, ...longTasks.map((t) => t.duration));
    console.log(`run over ${orders} orders: ${runMs} ms; long tasks: ${longTasks.length} (> 100 ms: ${over100.length}; worst ${worst.toFixed(0)} ms)`);
    const marks = await frame.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('tiers:'))
          .map((m) => [m.name, m.startTime]),
      ),
    );
    console.log(
      `  phases (ms from the pane's time origin): ${Object.entries(marks)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
    // The pane's own part of the run: grids to the worker, scoring there, results back (between the
    // adapter's reading and writing, which run inside the simulator on this same thread).
    const from = marks['tiers:analyse'] ?? 0;
    const to = marks['tiers:writing'] ?? Infinity;
    const own = longTasks.filter((t) => t.start >= from && t.start + t.duration <= to);
    console.log(
      `  long tasks while the pane moved data to and from the worker: ${own.length} (> 100 ms: ${own.filter((t) => t.duration > 100).length}; worst ${Math.max(0, ...own.map((t) => t.duration)).toFixed(0)} ms)`,
    );
    for (const t of [...longTasks].sort((a, b) => b.duration - a.duration).slice(0, 8)) console.log(`  ${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)} ms (${t.name})`);

    // Weight-change previews: alternate a weight, read the worker's own time and the round trip.
    await pane.getByRole('tab', { name: 'Weights' }).click();
    const margin = pane.getByRole('spinbutton', { name: 'Weight of Profit margin' });
    const worker: number[] = [];
    const measures = () => frame.evaluate(() => performance.getEntriesByName('tiers:preview').map((e) => e.duration));
    for (let k = 0; k < 10; k++) {
      const before = (await measures()).length;
      await margin.fill(String(20 + k * 7));
      await margin.press('Enter');
      await frame.waitForFunction((n) => performance.getEntriesByName('tiers:preview').length > n, before);
      const text = await pane.getByText(/customers change tier · computed in/).textContent();
      worker.push(Number(text?.match(/computed in ([\d.,]+) ms/)?.[1]?.replace(',', '') ?? NaN));
    }
    const roundTrip = await measures();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    console.log(
      `preview at ${customers} customers: worker median ${median(worker).toFixed(1)} ms (max ${Math.max(...worker).toFixed(1)}), round trip pane -> worker -> pane median ${median(roundTrip).toFixed(1)} ms (max ${Math.max(...roundTrip).toFixed(1)}) (target < 50 ms)`,
    );
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
