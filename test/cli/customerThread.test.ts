/**
 * The customer thread (src/cli/score/customerThread.ts): the compiled command writes the --csv
 * file and the JSON report's customers on a worker thread while the main thread writes OUT.xlsx.
 * The files are the same bytes as those the main thread writes alone (TIERS_CUSTOMER_THREAD=0),
 * and a thread that fails, throws or ends early fails the run with a message, leaving no output
 * file and no temporary behind, never a run that waits for ever.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, REPO, removeTempDir, runTiers, tempDir, type RunResult } from './support/runTiers';

const BIN = join(REPO, 'bin', 'tiers.js');
const dir = tempDir('thread');
const input = join(dir, 'book.xlsx');
const AS_OF = '2026-01-01';

/** bin/tiers.js with node's -r `preload` (it runs in the main thread and in each worker thread) and extra environment. */
function run(args: readonly string[], preload: string | null, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [...(preload ? ['-r', preload] : []), BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function preload(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

const outputsIn = (folder: string): string[] => readdirSync(folder).sort();

beforeAll(() => {
  expectExit(runTiers(['sample', '--customers', '400', '--orders', '4000', '--seed', '17', '--out', input, '-q']), 0);
});
afterAll(() => removeTempDir(dir));

describe('the customer thread', () => {
  it('writes the CSV and the report byte for byte as the main thread does alone, on a thread of its own', () => {
    const threads = join(dir, 'threads.txt');
    const record = preload('record.cjs', "if (!require('worker_threads').isMainThread) require('fs').appendFileSync(process.env.THREADS_TO, 'worker\\n');\n");
    const args = (tag: string): string[] => ['score', input, '--out', join(dir, `${tag}.xlsx`), '--json', join(dir, `${tag}.json`), '--csv', join(dir, `${tag}.csv`), '--as-of', AS_OF, '-q'];
    expectExit(run(args('thread'), record, { THREADS_TO: threads }), 0);
    expect(readFileSync(threads, 'utf8')).toBe('worker\n');
    expectExit(run(args('main'), null, { TIERS_CUSTOMER_THREAD: '0' }), 0);
    for (const ext of ['json', 'csv']) expect(readFileSync(join(dir, `thread.${ext}`)).equals(readFileSync(join(dir, `main.${ext}`)))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'thread.json'), 'utf8')) as { customers: { id: string }[]; plans?: unknown };
    expect(report.customers).toHaveLength(400);
  });

  const failing: [string, string, RegExp][] = [
    ['throws', "if (!require('worker_threads').isMainThread) throw new Error('the worker broke');\n", /error: .*The thread writing the customers failed: the worker broke/],
    ['ends early', "if (!require('worker_threads').isMainThread) process.exit(3);\n", /The thread writing the customers stopped \(exit code 3\)/],
  ];
  it.each(failing)('fails the run when the thread %s, writing no output', (name, body, message) => {
    const folder = join(dir, `fails-${name.replace(' ', '-')}`);
    mkdirSync(folder);
    const result = run(['score', input, '--out', join(folder, 'o.xlsx'), '--json', join(folder, 'o.json'), '--csv', join(folder, 'o.csv'), '--as-of', AS_OF, '-q'], preload(`${name}.cjs`, body));
    expectExit(result, 1);
    expect(result.stderr).toMatch(message);
    expect(outputsIn(folder)).toEqual([]);
  });

  // The JSON's folder missing: its writer fails before it asks the thread for the customers, and the CSV (which waits for them) must still go on.
  it.each(['csv', 'json'])('names the %s file that cannot be written, writes none, and does not wait for ever', (kind) => {
    const folder = join(dir, `no-${kind}-folder`);
    mkdirSync(folder);
    const missing = join(folder, 'missing', `o.${kind}`);
    const paths = { csv: join(folder, 'o.csv'), json: join(folder, 'o.json'), [kind]: missing };
    const result = run(['score', input, '--out', join(folder, 'o.xlsx'), '--json', paths.json, '--csv', paths.csv, '--as-of', AS_OF, '-q'], null);
    expectExit(result, 2);
    expect(result.stderr).toContain(`error: Cannot write ${missing} (ENOENT).`);
    expect(outputsIn(folder)).toEqual([]);
  });
});
