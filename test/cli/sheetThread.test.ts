/**
 * The sheet thread (src/cli/xlsx/sheetThread.ts): the compiled command scans a long order sheet
 * on a worker thread while the main thread reads the other sheets and takes the rows in batches.
 * The outputs are the same bytes as when the main thread scans the sheet itself
 * (TIERS_SHEET_THREAD=0), and a thread that throws or ends early fails the run with a message
 * saying so, leaving no output file and no temporary behind, never a run that waits for ever.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDER_STREAM_HEAD_ROWS } from '../../src/domain/analyse';
import { expectExit, REPO, removeTempDir, runTiers, tempDir, type RunResult } from './support/runTiers';

const BIN = join(REPO, 'bin', 'tiers.js');
const dir = tempDir('sheet-thread');
const input = join(dir, 'book.xlsx');
const AS_OF = '2026-01-01';

/** bin/tiers.js with node's -r `preload` (it runs in the main thread and in each worker thread) and extra environment; the customer thread off, so the sheet thread is the only one. */
function run(args: readonly string[], preload: string | null, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [...(preload ? ['-r', preload] : []), BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, TIERS_CUSTOMER_THREAD: '0', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function preload(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

/** True in the sheet thread (its workerData names the part it scans). */
const IN_SHEET_THREAD = "const wt = require('worker_threads'); const inSheetThread = !wt.isMainThread && wt.workerData && 'entry' in wt.workerData;\n";

beforeAll(() => {
  // Longer than the head the main thread reads to pick the order sheet: the rest is streamed.
  expectExit(runTiers(['sample', '--customers', '300', '--orders', String(ORDER_STREAM_HEAD_ROWS + 3000), '--seed', '29', '--out', input, '-q']), 0);
}, 180_000);
afterAll(() => removeTempDir(dir));

describe('the sheet thread', () => {
  it('gives the outputs byte for byte as the main thread scanning the order sheet itself, on a thread of its own', () => {
    const threads = join(dir, 'threads.txt');
    const record = preload('record.cjs', `${IN_SHEET_THREAD}if (inSheetThread) require('fs').appendFileSync(process.env.THREADS_TO, 'sheet thread\\n');\n`);
    const args = (tag: string): string[] => ['score', input, '--out', join(dir, `${tag}.xlsx`), '--json', join(dir, `${tag}.json`), '--csv', join(dir, `${tag}.csv`), '--as-of', AS_OF, '-q'];
    expectExit(run(args('thread'), record, { THREADS_TO: threads }), 0);
    expect(readFileSync(threads, 'utf8')).toBe('sheet thread\n');
    expectExit(run(args('main'), null, { TIERS_SHEET_THREAD: '0' }), 0);
    for (const ext of ['json', 'csv']) expect(readFileSync(join(dir, `thread.${ext}`)).equals(readFileSync(join(dir, `main.${ext}`)))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'thread.json'), 'utf8')) as { customers: unknown[] };
    expect(report.customers).toHaveLength(300);
  }, 180_000);

  const failing: [string, string, RegExp][] = [
    ['throws', `${IN_SHEET_THREAD}if (inSheetThread) throw new Error('the sheet worker broke');\n`, /error: .*The thread reading sheet "Orders" failed: the sheet worker broke/],
    ['ends early', `${IN_SHEET_THREAD}if (inSheetThread) process.exit(3);\n`, /The thread reading sheet "Orders" stopped \(exit code 3\) before the sheet was read\./],
  ];
  it.each(failing)(
    'fails the run when the thread %s, writing no output',
    (name, body, message) => {
      const folder = join(dir, `fails-${name.replace(' ', '-')}`);
      mkdirSync(folder);
      const result = run(['score', input, '--out', join(folder, 'o.xlsx'), '--json', join(folder, 'o.json'), '--csv', join(folder, 'o.csv'), '--as-of', AS_OF, '-q'], preload(`${name}.cjs`, body));
      expectExit(result, 1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/could not be read as an \.xlsx workbook/);
      expect(readdirSync(folder)).toEqual([]);
    },
    180_000,
  );
});
