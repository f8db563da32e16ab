// Runs every benchmark in bench/ (or those named on the command line) one after another with tsx, and
// prints their reports. Figures are recorded by hand in docs/benchmarks.md with the machine and command.
// Each bench prints its targets as ratios to an anchor measured in the same run; a missed target is
// printed ("NOT met"), not an error: the exit code is 1 only when a bench could not run to its end.
// The pane bench needs dist/: it is built first when missing.
//
// Default sizes keep the whole run to about ten minutes on a 2-core machine. `--heavy` runs the sizes
// of the targets in docs/benchmarks.md instead (1,000,000 lines / 100,000 customers from .xlsx, and
// 10,000,000 lines from Parquet; much longer): npm run bench -- --heavy [names...]
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Arguments per bench file for --heavy (each list is one run). */
const HEAVY = {
  'cli.bench.ts': [['1000000', '100000']],
  'xlsxRead.bench.ts': [['1000000', '100000']],
  'entryPoints.bench.ts': [['100000', '1000000']],
  'csvScore.bench.ts': [['100000,300000,1000000'], ['10000000', '10', 'parquet']],
};

const dir = path.resolve('bench');
const heavy = process.argv.includes('--heavy');
const wanted = process.argv.slice(2).filter((a) => a !== '--heavy');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (files.some((f) => f.startsWith('pane')) && !existsSync(path.resolve('dist', 'taskpane.js'))) {
  console.log('dist/ is not built: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
// The benches that spawn bin/tiers.js time the compiled command (docs/cli.md): built here, so no bench's first run times the build.
if (spawnSync(process.execPath, [path.resolve('scripts', 'cliBuild.cjs')], { stdio: 'inherit' }).status !== 0) process.exit(1);
let failed = 0;
for (const file of files) {
  for (const args of (heavy && HEAVY[file]) || [[]]) {
    console.log(`\n=== ${file}${args.length ? ` ${args.join(' ')}` : ''} ===`);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', path.join(dir, file), ...args], { stdio: 'inherit' });
    console.log(`(${file}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (run.status !== 0) {
      failed += 1;
      console.log(`${file} did not run to its end (exit ${run.status})`);
    }
  }
}
process.exit(failed ? 1 : 0);
