// `tiers score` run again under glibc's transparent huge pages for malloc (GLIBC_TUNABLES=
// glibc.malloc.hugetlb=1): the order table's columns, the read's and the write's buffers are
// malloc'd, and memory touched for the first time is then faulted in 2 MB pages, not 4 KB ones
// (fewer page faults; measured in docs/benchmarks.md, "Eighth session: the outputs side by side").
// glibc reads the tunable only when a process starts, so the command is started again as a child
// with it set; the child is the run: same arguments, same stdin/stdout/stderr, its exit code or
// signal passed on as this process's own.
'use strict';
const { readFileSync } = require('node:fs');

const TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * The environment to run the command again with, or null to run it here: only for `score` (the
 * heavy command; --help and sample start once), only on Linux with transparent huge pages on
 * request ("[madvise]": with "[always]" malloc has them already, with "[never]" there are none),
 * never when GLIBC_TUNABLES is set already (the user's, or this launcher's own child), nor with
 * TIERS_HUGE_PAGES=0. A glibc older than 2.35 ignores the tunable; other C libraries ignore the variable.
 */
function hugePagesEnv(argv, env, platform, transparentHugePages) {
  if (argv[0] !== 'score' || platform !== 'linux') return null;
  if (env.GLIBC_TUNABLES !== undefined || env.TIERS_HUGE_PAGES === '0') return null;
  if (!/\[madvise\]/.test(transparentHugePages ?? '')) return null;
  return { ...env, GLIBC_TUNABLES: TUNABLE };
}

function transparentHugePages() {
  try {
    return readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    return null;
  }
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

/**
 * Runs the command again as a child under huge pages when hugePagesEnv says so and returns true
 * (this process then only waits for it); false: run the command here. Signals sent to this process
 * go to the child; when the child ends, this process ends the same way (its exit code, or killed by
 * the same signal). A child that cannot be started leaves the command to run here.
 */
function runWithHugePages(script, argv) {
  const env = hugePagesEnv(argv, process.env, process.platform, transparentHugePages());
  if (!env) return false;
  const { spawn } = require('node:child_process');
  let child;
  try {
    child = spawn(process.execPath, [...process.execArgv, script, ...argv], { env, stdio: 'inherit' });
  } catch {
    return false;
  }
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  child.on('exit', (code, signal) => {
    for (const s of FORWARDED) process.off(s, forward);
    if (signal) {
      // As a shell reports a process killed by a signal, should the signal not end this one.
      process.exitCode = 128 + (require('node:os').constants.signals[signal] ?? 0);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 1;
  });
  child.on('error', (error) => {
    process.stderr.write(`unexpected error: cannot start the command again under huge pages: ${error.message}\n`);
    process.exitCode = 1;
  });
  return true;
}

module.exports = { hugePagesEnv, runWithHugePages, transparentHugePages, TUNABLE };
