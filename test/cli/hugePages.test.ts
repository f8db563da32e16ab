/**
 * bin/hugePages.js: `tiers score` starts itself again under glibc's huge pages for malloc, and the
 * user sees one command: the same output streams, the child's exit code, a signal sent to the
 * command reaching the run and ending the command the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, removeTempDir, tempDir } from './support/runTiers';

interface HugePages {
  hugePagesEnv: (argv: readonly string[], env: Record<string, string | undefined>, platform: string, thp: string | null) => Record<string, string | undefined> | null;
  TUNABLE: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher is CommonJS, run by node as is
const { hugePagesEnv, TUNABLE } = require('../../bin/hugePages.js') as HugePages;

const BIN = join(REPO, 'bin', 'tiers.js');
const MADVISE = 'always [madvise] never\n';
const thpHere = (() => {
  try {
    return readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    return null;
  }
})();
/** Whether this machine runs `score` in a child (the launcher's own rule, read off this machine). */
const startsAgain = process.platform === 'linux' && process.env.GLIBC_TUNABLES === undefined && process.env.TIERS_HUGE_PAGES !== '0' && /\[madvise\]/.test(thpHere ?? '');

describe('when tiers starts itself again under huge pages', () => {
  it('does so only for score, on Linux with huge pages on request, and never over a GLIBC_TUNABLES already set', () => {
    expect(hugePagesEnv(['score', 'a.xlsx'], { PATH: '/bin' }, 'linux', MADVISE)).toEqual({ PATH: '/bin', GLIBC_TUNABLES: TUNABLE });
    expect(TUNABLE).toBe('glibc.malloc.hugetlb=1');
    expect(hugePagesEnv(['--help'], {}, 'linux', MADVISE)).toBeNull();
    expect(hugePagesEnv(['sample', '--out', 's.xlsx'], {}, 'linux', MADVISE)).toBeNull();
    expect(hugePagesEnv(['score'], {}, 'darwin', MADVISE)).toBeNull();
    expect(hugePagesEnv(['score'], {}, 'linux', '[always] madvise never\n')).toBeNull();
    expect(hugePagesEnv(['score'], {}, 'linux', 'always madvise [never]\n')).toBeNull();
    expect(hugePagesEnv(['score'], {}, 'linux', null)).toBeNull();
    expect(hugePagesEnv(['score'], { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, 'linux', MADVISE)).toBeNull();
    expect(hugePagesEnv(['score'], { GLIBC_TUNABLES: '' }, 'linux', MADVISE)).toBeNull();
    expect(hugePagesEnv(['score'], { TIERS_HUGE_PAGES: '0' }, 'linux', MADVISE)).toBeNull();
  });
});

describe('tiers score through the launcher', () => {
  const dir = tempDir('huge');
  afterAll(() => removeTempDir(dir));
  // Records each process's pid, parent and GLIBC_TUNABLES (node's -r runs it in the launcher and in the child alike).
  const record = join(dir, 'record.cjs');
  writeFileSync(record, "require('fs').appendFileSync(process.env.RECORD_TO, `${process.pid} ${process.ppid} ${process.env.GLIBC_TUNABLES ?? '-'}\\n`);\n");

  it('runs the command in one child with the tunable set, with its output and exit code', () => {
    const log = join(dir, 'processes.txt');
    const missing = join(dir, 'missing.xlsx');
    const result = spawnSync(process.execPath, ['-r', record, BIN, 'score', missing, '--out', join(dir, 'o.xlsx')], { cwd: REPO, encoding: 'utf8', env: { ...process.env, RECORD_TO: log } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`error: Cannot read ${missing}: no such file or not readable.\n`);
    expect(result.stdout).toBe('');
    const processes = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    if (!startsAgain) {
      expect(processes).toHaveLength(1);
      return;
    }
    expect(processes).toHaveLength(2);
    const [launcher, child] = processes as [string[], string[]];
    expect(child[1]).toBe(launcher[0]);
    expect([launcher[2], child[2]]).toEqual(['-', TUNABLE]);
  });

  it('leaves a GLIBC_TUNABLES the user set as it is, in one process', () => {
    const log = join(dir, 'own.txt');
    const result = spawnSync(process.execPath, ['-r', record, BIN, 'score', join(dir, 'missing.xlsx'), '--out', join(dir, 'o.xlsx')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, RECORD_TO: log, GLIBC_TUNABLES: 'glibc.malloc.arena_max=4' },
    });
    expect(result.status).toBe(2);
    expect(
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[2]),
    ).toEqual(['glibc.malloc.arena_max=4']);
  });

  it('runs in the process that requires it (as the benches do, measuring their own process)', () => {
    const log = join(dir, 'required.txt');
    const launcher = "process.argv.splice(1, 0, 'tiers'); require('./bin/tiers.js')";
    const result = spawnSync(process.execPath, ['-r', record, '-e', launcher, 'score', join(dir, 'missing.xlsx'), '--out', join(dir, 'o.xlsx')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, RECORD_TO: log },
    });
    expect(result.status).toBe(2);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  (startsAgain ? it : it.skip)('passes a signal on to the run and ends the way the run ended', async () => {
    // The child (the one with the tunable) says it started, then stays until it is signalled.
    const hold = join(dir, 'hold.cjs');
    writeFileSync(hold, 'if (process.env.GLIBC_TUNABLES) { process.stdout.write(`child ${process.pid}\\n`); setInterval(() => undefined, 1000); }\n');
    const launcher = spawn(process.execPath, ['-r', hold, BIN, 'score', join(dir, 'missing.xlsx'), '--out', join(dir, 'o.xlsx'), '-q'], { cwd: REPO });
    const childPid = await new Promise<number>((resolve, reject) => {
      launcher.stdout.on('data', (b: Buffer) => {
        const m = /child (\d+)/.exec(b.toString());
        if (m) resolve(Number(m[1]));
      });
      launcher.on('exit', () => reject(new Error('the launcher ended before its child started')));
    });
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => launcher.on('exit', (code, signal) => resolve([code, signal])));
    launcher.kill('SIGTERM');
    expect(await ended).toEqual([null, 'SIGTERM']);
    // The child got the signal too: it is gone.
    expect(existsSync(`/proc/${childPid}`)).toBe(false);
  });
});
