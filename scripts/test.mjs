// `npm test`: every check of docs/testing.md, in stages. The first stage's four commands (production
// build, lint, type check, Prettier check) each keep one core busy and need nothing from each other, so
// they run at the same time, two at once (the CI machine has two cores), their output printed whole
// as each ends; then the unit tests, then the browser tests (they need the build), then
// scripts/test-notes.mjs. Every command of a stage runs to its end; a failure stops the run after its
// stage with exit code 1. Each command's time is printed, and a summary at the end.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const STAGES = [
  [
    // Longest first (CPU on the 2-core machine: build about 110 s, lint 75 s, typecheck 45 s, Prettier 20 s).
    ['build', npm, ['run', '-s', 'build']],
    ['lint', npm, ['run', '-s', 'lint']],
    ['typecheck', npm, ['run', '-s', 'typecheck']],
    ['format:check', npm, ['run', '-s', 'format:check']],
  ],
  [['test:unit', npm, ['run', '-s', 'test:unit']]],
  [['test:browser', npm, ['run', '-s', 'test:browser']]],
  [['test-notes', process.execPath, ['scripts/test-notes.mjs']]],
];
const AT_ONCE = Math.max(2, availableParallelism());

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const times = [];

/** Runs one command; with `buffer`, its output is kept and printed whole when it ends. */
function run([name, command, args], buffer) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const chunks = [];
    if (buffer) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    const end = (code) => {
      const ms = Date.now() - started;
      times.push([name, ms, code]);
      if (buffer) process.stdout.write(`\n> ${name}\n${Buffer.concat(chunks).toString()}`);
      console.log(`[test] ${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds(ms)}`);
      resolve(code);
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      end(1);
    });
    child.on('close', (code, signal) => end(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a stage's commands, at most AT_ONCE at a time; resolves to whether all passed. */
async function stage(commands) {
  if (commands.length === 1) return (await run(commands[0], false)) === 0;
  console.log(`[test] ${commands.map(([name]) => name).join(', ')}: ${Math.min(AT_ONCE, commands.length)} at a time`);
  const queue = [...commands];
  let passed = true;
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) if ((await run(next, true)) !== 0) passed = false;
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, commands.length) }, lane));
  return passed;
}

const started = Date.now();
let ok = true;
for (const commands of STAGES) {
  ok = await stage(commands);
  if (!ok) break;
}
console.log(`\n[test] ${times.map(([name, ms, code]) => `${name} ${seconds(ms)}${code === 0 ? '' : ' (failed)'}`).join(', ')}`);
console.log(`[test] ${ok ? 'all passed' : 'FAILED'} in ${seconds(Date.now() - started)}`);
process.exitCode = ok ? 0 : 1;
