/**
 * Task-pane benchmarks in Chromium, over the workbench (dist/ must be built first):
 *  1. the pane's script before its first render: every .js file the pane frame fetched before its
 *     first React commit (the entry taskpane.js and any chunk it loaded on the way), gzipped
 *     (target < 300 KB); taskpane.js alone and what the pane fetched later are printed beside it;
 *  2. first render: the pane's first React commit, from the pane frame's time origin (target < 1 s),
 *     (a) as the workbench opens (the workbench builds its sample and grid on the same thread at
 *     the same time) and (b) reloading the pane alone on the idle workbench with the HTTP cache off
 *     (so no V8 code cache either), the median of several loads, with the phases in between;
 *  3. weight-change preview at 100,000 customers: worker compute time and the round trip seen in
 *     the pane (target < 50 ms);
 *  4. long tasks (PerformanceObserver 'longtask') on the pane's main thread during a run over
 *     1,000,000 orders (target: none over 100 ms).
 * Usage: npx tsx bench/pane.bench.ts [orders=1000000] [customers=100000] [--load-only]
 * (--load-only: parts 1 and 2 only; TIERS_PANE_DIST=dir measures another build than dist/.)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser } from '../test/browser/support/browser';
import { DIST_DIR, startStaticServer } from '../test/browser/support/staticServer';
import { openWorkbench, paneOf } from '../test/browser/support/workbench';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const loadOnly = process.argv.includes('--load-only');
const orders = Number(args[0] ?? 1_000_000);
const customers = Number(args[1] ?? 100_000);
/** Pane loads timed on the idle workbench (part 2b). */
const RELOADS = 7;

function paneFrame(page: Page): Frame {
  const frame = page.frame({ url: /srcdoc/ }) ?? page.frames().find((f) => f.name() === 'taskpane-frame');
  if (!frame) throw new Error('The pane frame is missing.');
  return frame;
}

/** The build to measure: dist/, or another (e.g. a copy of an earlier build, to compare in one sitting). */
const dist = process.env.TIERS_PANE_DIST ? path.resolve(process.env.TIERS_PANE_DIST) : DIST_DIR;

function gzipped(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path.join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface PaneLoad {
  /** Marks and resource ends, ms from the pane frame's time origin. */
  scriptStart: number;
  scriptEnd: number;
  evaluated: number | null;
  officeReady: number | null;
  firstRender: number;
  /** The browser's own first contentful paint of the pane frame. */
  paint: number | null;
  settings: number | null;
  /** Same-origin .js files the frame fetched before / after its first render. */
  before: string[];
  after: string[];
}

/** Reads one pane load's marks and fetched scripts from the pane frame (after its settings are in). */
async function paneLoad(frame: Frame): Promise<PaneLoad> {
  await frame.waitForFunction(() => performance.getEntriesByName('tiers:first-render').length > 0, undefined, { timeout: 60_000 });
  // Builds before the settings mark have none: then the load is read 5 s after the first render.
  await frame.waitForFunction(() => performance.getEntriesByName('tiers:settings').length > 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  // Let chunks asked for after the first render arrive too.
  await frame.waitForTimeout(500);
  // A string, not a function: tsx would wrap the inner functions in a helper the page does not have.
  return frame.evaluate<PaneLoad>(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const firstRender = at('tiers:first-render') ?? NaN;
    const js = performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin === new URL(document.baseURI).origin).filter((r) => /\\.js$/.test(new URL(r.name).pathname));
    const entry = js.find((r) => new URL(r.name).pathname.endsWith('/taskpane.js'));
    const file = (r) => new URL(r.name).pathname.split('/').pop();
    return {
      scriptStart: entry?.startTime ?? NaN,
      scriptEnd: entry?.responseEnd ?? NaN,
      evaluated: at('tiers:evaluated'),
      officeReady: at('tiers:office-ready'),
      firstRender,
      paint: at('first-contentful-paint'),
      settings: at('tiers:settings'),
      before: js.filter((r) => r.startTime < firstRender).map(file),
      after: js.filter((r) => r.startTime >= firstRender).map(file),
    };
  })()`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number | null) => (x === null ? '-' : x.toFixed(0));

function printLoad(label: string, load: PaneLoad): void {
  console.log(
    `${label}: script asked ${ms(load.scriptStart)}, fetched ${ms(load.scriptEnd)}, evaluated ${ms(load.evaluated)}, Office ready ${ms(load.officeReady)}, first render ${ms(load.firstRender)}, first contentful paint ${ms(load.paint)}, settings read ${ms(load.settings)} ms`,
  );
}

async function main(): Promise<void> {
  console.log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const entry = gzipped('taskpane.js');
  console.log(`taskpane.js (the entry): ${kb(entry.raw)} raw, ${kb(entry.gzip)} gzipped`);

  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  try {
    // First render as the workbench opens, on the default sample.
    const small = await openWorkbench(browser, server.url);
    const opening = await paneLoad(paneFrame(small.page));
    printLoad('first render as the workbench opens', opening);
    const before = opening.before.map((f) => ({ f, ...gzipped(f) }));
    const after = opening.after.map((f) => ({ f, ...gzipped(f) }));
    const sum = (xs: { gzip: number; raw: number }[]) => xs.reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip }), { raw: 0, gzip: 0 });
    console.log(`pane script before its first render: ${kb(sum(before).raw)} raw, ${kb(sum(before).gzip)} gzipped (target < 300 KB) = ${before.map((x) => `${x.f} ${kb(x.gzip)}`).join(' + ')}`);
    console.log(`  fetched after the first render (up to the settings read + 0.5 s): ${after.length ? after.map((x) => `${x.f} ${kb(x.gzip)}`).join(' + ') : 'nothing'}`);

    // The pane alone: reloaded on the idle workbench, with the HTTP cache (and so V8's code cache) off.
    const cdp = await small.page.context().newCDPSession(small.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const loads: PaneLoad[] = [];
    for (let k = 0; k < RELOADS; k++) {
      await small.page.waitForTimeout(300);
      await small.page.evaluate(() => window.__workbench?.reloadPane());
      await small.page.waitForFunction(() => {
        const doc = document.querySelector<HTMLIFrameElement>('#taskpane-frame')?.contentDocument;
        return !!doc && doc.querySelector('#taskpane-root > *') !== null;
      });
      loads.push(await paneLoad(paneFrame(small.page)));
    }
    const pick = (f: (l: PaneLoad) => number | null) => median(loads.map((l) => f(l) ?? NaN));
    console.log(
      `first render reloading the pane on the idle workbench, cache off, median of ${RELOADS}: ${ms(pick((l) => l.firstRender))} ms (target < 1000 ms; runs ${loads.map((l) => ms(l.firstRender)).join(', ')})`,
    );
    printLoad('  median phases', {
      ...opening,
      scriptStart: pick((l) => l.scriptStart),
      scriptEnd: pick((l) => l.scriptEnd),
      evaluated: pick((l) => l.evaluated),
      officeReady: pick((l) => l.officeReady),
      firstRender: pick((l) => l.firstRender),
      paint: pick((l) => l.paint),
      settings: pick((l) => l.settings),
    });
    await small.page.close();
    if (loadOnly) return;

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
    console.log(
      `preview at ${customers} customers: worker median ${median(worker).toFixed(1)} ms (max ${Math.max(...worker).toFixed(1)}), round trip pane -> worker -> pane median ${median(roundTrip).toFixed(1)} ms (max ${Math.max(...roundTrip).toFixed(1)}) (target < 50 ms)`,
    );
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
