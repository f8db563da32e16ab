/** Runs the real command (bin/tiers.js) as a child process, as a user or a CI script would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../../..');
const BIN = join(REPO, 'bin', 'tiers.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTiers(args: readonly string[]): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tiers-cli-${prefix}-`));
}

/** Fails with the command's own output, which is what one needs to see when it breaks. */
export function expectExit(result: RunResult, code: number): void {
  if (result.code !== code) throw new Error(`tiers exited ${result.code}, expected ${code}\nstderr:\n${result.stderr}\nstdout:\n${result.stdout}`);
}

/** Removes a temp dir unless TIERS_KEEP_TEMP is set (to look at the files after a run). */
export function removeTempDir(dir: string): void {
  if (!process.env.TIERS_KEEP_TEMP) rmSync(dir, { recursive: true, force: true });
}
