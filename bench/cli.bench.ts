/**
 * Command-line benchmark: a big sample workbook written by `tiers sample` (the CLI's own writer),
 * then `tiers score` on it in a child process, timed, with the child's peak RSS.
 * Run: npx tsx bench/cli.bench.ts [orders=200000] [customers=20000]; the target size is
 * 1,000,000 / 100,000 (`npm run bench -- --heavy`): < 15 s and < 1 GB (issue 17). Also printed: CPU
 * time per 1k lines, to compare sizes (the growth table in docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process';
import { scoreEnv } from './scoreEnv';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const print = (line: string) => process.stdout.write(`${line}\n`);

const ORDERS = Number(process.argv[2] ?? 200_000);
const CUSTOMERS = Number(process.argv[3] ?? 20_000);
const REPO = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tiers-cli-bench-'));
const workbook = join(dir, 'big.xlsx');

/**
 * Runs bin/tiers.js in a child that reports its own peak RSS (kB) and CPU time (µs) on exit: on a
 * shared machine the CPU time says more than the wall time.
 */
function tiers(args: readonly string[]): { seconds: number; cpuSeconds: number; maxRssMb: number; stderr: string } {
  const report = "const u=process.resourceUsage();process.stderr.write('MAXRSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime)+'\\n')";
  const launcher = `process.on('exit',()=>{${report}});process.argv.splice(1,0,'tiers');require('./bin/tiers.js')`;
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['-e', launcher, ...args], { cwd: REPO, env: scoreEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`tiers ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  const usage = /MAXRSS (\d+) CPU (\d+)/.exec(child.stderr);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN) / 1e6, maxRssMb: Number(usage?.[1] ?? NaN) / 1024, stderr: child.stderr };
}

print(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}`);
print(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const sample = tiers(['sample', '--customers', String(CUSTOMERS), '--orders', String(ORDERS), '--seed', '42', '--out', workbook, '-q']);
print(
  `tiers sample --customers ${CUSTOMERS} --orders ${ORDERS}: ${sample.seconds.toFixed(1)} s (CPU ${sample.cpuSeconds.toFixed(1)} s), peak RSS ${sample.maxRssMb.toFixed(0)} MB, ${(statSync(workbook).size / 2 ** 20).toFixed(0)} MB file`,
);

const out = join(dir, 'out.xlsx');
const score = tiers(['score', workbook, '--out', out, '--json', join(dir, 'out.json'), '--as-of', '2026-01-01']);
const stamps = score.stderr.split('\n').filter((l) => /^\[\d/.test(l) && !/Reading /.test(l));
print(`tiers score --json: ${score.seconds.toFixed(1)} s (CPU ${score.cpuSeconds.toFixed(1)} s), peak RSS ${score.maxRssMb.toFixed(0)} MB`);
for (const s of stamps) print(`  ${s}`);
print(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
print(`CPU per 1k lines: ${((score.cpuSeconds * 1000) / (ORDERS / 1000)).toFixed(1)} ms`);
const budget = { seconds: 15 * (ORDERS / 1_000_000), mb: 1024 };
print(
  `target at this size (15 s per million lines, < 1024 MB): wall ${(score.seconds / budget.seconds).toFixed(2)}x, CPU ${(score.cpuSeconds / budget.seconds).toFixed(2)}x of the time budget, ${(score.maxRssMb / budget.mb).toFixed(2)}x of the memory: ${score.seconds <= budget.seconds && score.maxRssMb < budget.mb ? 'met' : 'NOT met'}`,
);
print(existsSync(out) ? `out.xlsx: ${(statSync(out).size / 2 ** 20).toFixed(0)} MB` : 'no output written');
if (process.env.TIERS_KEEP_TEMP) print(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
