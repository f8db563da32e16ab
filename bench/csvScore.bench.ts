/**
 * `tiers score` on an order CSV, end to end, against DuckDB computing the per-customer aggregates,
 * ABC and RFM from the same CSV end to end (bench/duckdbCsvAnchor.ts), at several sizes: the ratio
 * per size, and the growth of time and peak memory with the number of lines. Each side runs in a
 * child process that reports its own peak RSS and CPU time (`process.resourceUsage()`); on a shared
 * machine CPU time says more than wall time. Data: bench/ordersCsv.ts (10 lines per customer by
 * default), written once per size into the data directory and reused.
 * Run: npx tsx bench/csvScore.bench.ts [sizes=100000,300000,1000000] [lines per customer=10] [parquet]
 *   e.g. 10,000,000 lines from Parquet: npx tsx bench/csvScore.bench.ts 10000000 10 parquet
 *   TIERS_BENCH_DATA=dir keeps the generated files there (default: a temporary directory, removed).
 * Targets: CLI <= 2x DuckDB (CPU and wall) at every size; time per 1k lines flat (largest size
 * within 1.25x of the smallest); 10,000,000 lines in < 60 s and < 4 GB. Also measured: the floor
 * (duckdbCsvAnchor.ts `floor`), DuckDB's read of the file streamed into JavaScript with nothing
 * done to it, which any CLI that streams the lines into its own order table pays before any work.
 */
import { spawnSync } from 'node:child_process';
import { scoreEnv } from './scoreEnv';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeOrdersFile } from './ordersCsv';

const print = (line: string) => process.stdout.write(`${line}\n`);
const REPO = resolve(__dirname, '..');
const sizes = (process.argv[2] ?? '100000,300000,1000000').split(',').map(Number);
const perCustomer = Number(process.argv[3] ?? 10);
const format = process.argv[4] === 'parquet' ? 'parquet' : 'csv';
const keep = process.env.TIERS_BENCH_DATA;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'tiers-csv-bench-'));
mkdirSync(dir, { recursive: true });

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
}

/** `node [args]` in a child that reports its peak RSS (kB) and CPU time (µs) on exit. */
function child(script: string, args: readonly string[]): Run {
  const report = "const u=process.resourceUsage();process.stderr.write('MAXRSS '+u.maxRSS+' CPU '+(u.userCPUTime+u.systemCPUTime)+'\\n')";
  const launcher = `process.on('exit',()=>{${report}});${script}`;
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=6144', '-e', launcher, ...args], { cwd: REPO, env: scoreEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  const usage = /MAXRSS (\d+) CPU (\d+)/.exec(run.stderr);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN) / 1e6, maxRssMb: Number(usage?.[1] ?? NaN) / 1024 };
}

const tiers = (args: readonly string[]): Run => child("process.argv.splice(1,0,'tiers');require('./bin/tiers.js')", args);
const duckdb = (args: readonly string[]): Run =>
  child("require('tsx/cjs');process.argv.splice(1,0,'anchor');require('./bench/duckdbCsvAnchor.ts').main(process.argv.slice(2)).catch(e=>{console.error(e);process.exit(1)})", args);

const floorRun = (args: readonly string[]): Run => child("require('tsx/cjs');require('./bench/duckdbCsvAnchor.ts').floor(process.argv.slice(1)).catch(e=>{console.error(e);process.exit(1)})", args);

const fmt = (r: Run): string => `${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, ${r.maxRssMb.toFixed(0)} MB`;

async function main(): Promise<void> {
  print(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.version}`);
  const rows: { lines: number; ours: Run; duck: Run; floor: Run; load: string }[] = [];
  for (const lines of sizes) {
    const customers = Math.max(1, Math.round(lines / perCustomer));
    const data = join(dir, `orders-${lines}-${customers}.${format}`);
    if (!existsSync(data)) {
      const t0 = performance.now();
      await writeOrdersFile(data, lines, customers, format);
      print(`wrote ${data} (${(statSync(data).size / 2 ** 20).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    // DuckDB first, then ours, so both see about the same load.
    const duck = duckdb([data, join(dir, 'duck-out.csv')]);
    const ours = tiers(['score', data, '--out', join(dir, 'out.xlsx'), '--as-of', '2026-01-01', '-q']);
    const floor = floorRun([data]);
    print(
      `${lines.toLocaleString('en')} lines / ${customers.toLocaleString('en')} customers (load ${load}): tiers ${fmt(ours)}; duckdb ${fmt(duck)}; ratio CPU ${(ours.cpuSeconds / duck.cpuSeconds).toFixed(2)}, wall ${(ours.seconds / duck.seconds).toFixed(2)}; floor (DuckDB's read streamed into JavaScript, nothing else) ${fmt(floor)}, ${(floor.cpuSeconds / duck.cpuSeconds).toFixed(2)}x DuckDB's CPU`,
    );
    rows.push({ lines, ours, duck, floor, load });
  }
  print('');
  print(
    '| lines | customers | load (1/5/15 min) | tiers wall | tiers CPU | tiers peak RSS | CPU per 1k lines | DuckDB wall | DuckDB CPU | DuckDB peak RSS | ratio CPU | ratio wall | floor CPU | floor / DuckDB CPU |',
  );
  print('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const per1k = (r.ours.cpuSeconds * 1000) / (r.lines / 1000);
    print(
      `| ${r.lines.toLocaleString('en')} | ${Math.round(r.lines / perCustomer).toLocaleString('en')} | ${r.load} | ${r.ours.seconds.toFixed(1)} s | ${r.ours.cpuSeconds.toFixed(1)} s | ${r.ours.maxRssMb.toFixed(0)} MB | ${per1k.toFixed(1)} ms | ${r.duck.seconds.toFixed(1)} s | ${r.duck.cpuSeconds.toFixed(1)} s | ${r.duck.maxRssMb.toFixed(0)} MB | ${(r.ours.cpuSeconds / r.duck.cpuSeconds).toFixed(2)} | ${(r.ours.seconds / r.duck.seconds).toFixed(2)} | ${r.floor.cpuSeconds.toFixed(1)} s | ${(r.floor.cpuSeconds / r.duck.cpuSeconds).toFixed(2)} |`,
    );
  }
  for (const r of rows) {
    const ratio = r.ours.cpuSeconds / r.duck.cpuSeconds;
    print(`target CLI <= 2x DuckDB at ${r.lines.toLocaleString('en')} lines: CPU ratio ${ratio.toFixed(2)} ${ratio <= 2 ? 'met' : 'NOT met'}`);
    if (r.lines >= 10_000_000)
      print(`target 10M lines < 60 s, < 4 GB: ${r.ours.seconds.toFixed(1)} s, ${r.ours.maxRssMb.toFixed(0)} MB: ${r.ours.seconds < 60 && r.ours.maxRssMb < 4096 ? 'met' : 'NOT met'}`);
  }
  if (rows.length > 1) {
    const first = rows[0] as (typeof rows)[number];
    const last = rows[rows.length - 1] as (typeof rows)[number];
    const growth = last.ours.cpuSeconds / last.lines / (first.ours.cpuSeconds / first.lines);
    print(
      `time per 1k lines, ${last.lines.toLocaleString('en')} against ${first.lines.toLocaleString('en')}: ${growth.toFixed(2)}x (CPU); target flat (<= 1.25x): ${growth <= 1.25 ? 'met' : 'NOT met'}`,
    );
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

void main();
