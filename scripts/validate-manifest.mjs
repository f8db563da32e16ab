// npm run validate [manifest.xml]: the offline structural check (src/manifest/checkManifest.ts, exit 1 on
// errors), then Microsoft's `office-addin-manifest validate`, which needs its online service: when that
// cannot be reached it is reported and skipped, not counted as a failure.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = resolve(root, process.argv[2] ?? 'manifest.xml');
const ONLINE_TIMEOUT_MS = Number(process.env.TIERS_VALIDATE_TIMEOUT_MS ?? 20000);

const { checkManifest } = await tsImport('../src/manifest/checkManifest.ts', import.meta.url);
const { errors } = checkManifest(readFileSync(manifestPath, 'utf8'), { assetsDir: resolve(root, 'assets') });
if (errors.length > 0) {
  console.error(`Offline manifest check: ${errors.length} error(s) in ${manifestPath}`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exit(1);
}
console.log(`Offline manifest check: ${manifestPath} passed.`);

/** Runs the official validator; resolves with its exit code and output, or null on timeout. */
function runOfficialValidator() {
  return new Promise((done) => {
    // Run the installed CLI with node directly: npm does not always leave its bin executable.
    const cli = createRequire(import.meta.url).resolve('office-addin-manifest/cli.js');
    const child = spawn(process.execPath, [cli, 'validate', manifestPath], { cwd: root, detached: process.platform !== 'win32' });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      done(null);
    }, ONLINE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ code: null, output: `could not run office-addin-manifest: ${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

const UNREACHABLE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network|fetch failed|Unable to contact|getaddrinfo|socket hang up/i;

const online = await runOfficialValidator();
if (online === null) {
  console.log(`Online validation (office-addin-manifest validate): no answer within ${ONLINE_TIMEOUT_MS / 1000} s; the service is unreachable from here. Skipped.`);
} else if (online.code === 0) {
  console.log(online.output.trim());
  console.log('Online validation passed.');
} else if (online.code === null) {
  console.log(`Online validation skipped: ${online.output}`);
} else if (UNREACHABLE.test(online.output)) {
  console.log('Online validation (office-addin-manifest validate): the validation service is unreachable from here. Skipped.');
  console.log(online.output.trim().split('\n').slice(0, 3).join('\n'));
} else {
  console.error(online.output.trim());
  console.error('Online validation failed.');
  process.exit(1);
}
