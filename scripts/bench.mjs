// Runs every benchmark in bench/ (or those named on the command line) one after another with tsx, and
// prints their reports. Figures are recorded by hand in docs/benchmarks.md with the machine and command.
// A missed target is printed by the bench ("NOT met"), not an error: the exit code is 1 only when a
// bench could not run to its end. The pane bench needs dist/: it is built first when missing.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.resolve('bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (files.some((f) => f.startsWith('pane')) && !existsSync(path.resolve('dist', 'taskpane.js'))) {
  console.log('dist/ is not built: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`${file} did not run to its end (exit ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
