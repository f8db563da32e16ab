/**
 * Command-line benchmark: a big sample workbook written by `tiers sample` (the CLI's own writer),
 * then `tiers score` on it in a child process, timed, with the child's peak RSS.
 * Run: npx tsx bench/cli.bench.ts [orders] [customers]. Target: 1,000,000 orders in < 60 s, < 1.5 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const print = (line: string) => process.stdout.write(`${line}\n`);

const ORDERS = Number(process.argv[2] ?? 1_000_000);
const CUSTOMERS = Number(process.argv[3] ?? 50_000);
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
  const child = spawnSync(process.execPath, ['-e', launcher, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`tiers ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
  const usage = /MAXRSS (\d+) CPU (\d+)/.exec(child.stderr);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN) / 1e6, maxRssMb: Number(usage?.[1] ?? NaN) / 1024, stderr: child.stderr };
}

print(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}`);
print(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const sample = tiers(['sample', '--customers', String(CUSTOMERS), '--orders', String(ORDERS), '--seed', '42', '--out', workbook, '-q']);
print(`tiers sample --customers ${CUSTOMERS} --orders ${ORDERS}: ${sample.seconds.toFixed(1)} s (CPU ${sample.cpuSeconds.toFixed(1)} s), peak RSS ${sample.maxRssMb.toFixed(0)} MB, ${(statSync(workbook).size / 2 ** 20).toFixed(0)} MB file`);

const out = join(dir, 'out.xlsx');
const score = tiers(['score', workbook, '--out', out, '--json', join(dir, 'out.json'), '--as-of', '2026-01-01']);
const stamps = score.stderr.split('\n').filter((l) => /^\[\d/.test(l) && !/Reading /.test(l));
print(`tiers score --json: ${score.seconds.toFixed(1)} s (CPU ${score.cpuSeconds.toFixed(1)} s), peak RSS ${score.maxRssMb.toFixed(0)} MB`);
for (const s of stamps) print(`  ${s}`);
print(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
print(`target (< 60 s, < 1536 MB): ${score.seconds < 60 && score.maxRssMb < 1536 ? 'met' : 'NOT met'}`);
print(existsSync(out) ? `out.xlsx: ${(statSync(out).size / 2 ** 20).toFixed(0)} MB` : 'no output written');
if (process.env.TIERS_KEEP_TEMP) print(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
