// npm start: make sure the Office development certificates exist, run the webpack dev server on
// https://localhost:3000 in the background (pid in .cache/dev-server.pid, log in .cache/dev-server.log),
// wait until it serves the task pane, then sideload into Excel desktop where that is possible
// (Windows, macOS) or print the workbench address and how to sideload into Excel on the web.
// TIERS_HTTP=1 serves over http (the workbench works; Excel refuses it). npm stop ends it all.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, LOG_FILE, MANIFEST, PORT, ROOT, SIDELOAD_FILE, clearPid, fetchPage, isAlive, isBuildErrorPage, isWindows, npx, portAnswers, readPid, sleep, writePid } from './devServer.mjs';

const START_TIMEOUT_MS = Number(process.env.TIERS_START_TIMEOUT_MS ?? 300_000);
const CERT_TIMEOUT_MS = 120_000;

function withTimeout(promise, ms, what) {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`${what} did not finish within ${ms / 1000} s`)))]);
}

/** 'https' when trusted dev certificates are in place, else 'http' (with the reason printed). */
async function ensureCertificates() {
  if (process.env.TIERS_HTTP === '1') {
    console.log('TIERS_HTTP=1: serving over http (the workbench works; Excel only loads https add-ins).');
    return 'http';
  }
  try {
    const devCerts = createRequire(import.meta.url)('office-addin-dev-certs');
    await withTimeout(devCerts.ensureCertificatesAreInstalled(), CERT_TIMEOUT_MS, 'Installing the development certificates');
    return 'https';
  } catch (error) {
    console.warn(`Could not install and trust the Office development certificates: ${error?.message ?? error}`);
    console.warn('Falling back to http (TIERS_HTTP=1): the workbench works, Excel will not load the add-in.');
    console.warn('To fix: run `npx office-addin-dev-certs install` with rights to change the trust store, then `npm start`.');
    return 'http';
  }
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function startDevServer(protocol) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, 'w');
  const child = spawn(npx, ['webpack', 'serve', '--mode', 'development'], {
    cwd: ROOT,
    // Its own process group, so `npm stop` can end npx and webpack together.
    detached: !isWindows,
    shell: isWindows,
    windowsHide: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...(protocol === 'http' ? { TIERS_HTTP: '1' } : {}) },
  });
  closeSync(log);
  writePid(child.pid);
  child.unref();
  return child;
}

/** Waits for the first build to be served (webpack-dev-server holds requests until then); returns the page. */
async function waitForServer(child, url) {
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 'signal'));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the dev server exited (${exited}) before answering`);
    const page = await fetchPage(url, 10_000);
    if (page?.status === 200) return page;
    await sleep(1000);
  }
  throw new Error(`the dev server did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Sideloads into Excel desktop with office-addin-debugging (fetched by npx; not installable on Linux). */
function sideloadDesktop() {
  console.log(`Sideloading into Excel desktop: npx --yes office-addin-debugging start manifest.xml desktop`);
  const result = spawnSync(npx, ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop'], { cwd: ROOT, stdio: 'inherit', shell: isWindows });
  if (result.status === 0) {
    writeFileSync(SIDELOAD_FILE, `${MANIFEST}\n`);
    return true;
  }
  console.warn('Sideloading into Excel desktop failed; see docs/sideload.md to sideload by hand.');
  return false;
}

async function main() {
  const running = readPid();
  if (running && isAlive(running)) {
    console.log(`The dev server is already running (pid ${running}); \`npm stop\` ends it.`);
    return 0;
  }
  clearPid();
  if (await portAnswers()) {
    console.error(`Port ${PORT} is already in use by another process; stop it and run npm start again.`);
    return 1;
  }
  const protocol = await ensureCertificates();
  const origin = `${protocol}://localhost:${PORT}`;
  console.log(`Building (development) and starting the dev server on ${origin} (log: ${LOG_FILE}) ...`);
  const child = startDevServer(protocol);
  let taskpane;
  try {
    taskpane = await waitForServer(child, `${origin}/taskpane.html`);
  } catch (error) {
    console.error(`Dev server failed: ${error.message}\n--- ${LOG_FILE} (last lines) ---\n${tail(LOG_FILE)}`);
    spawnSync(process.execPath, [fileURLToPath(new URL('./stop.mjs', import.meta.url))], { stdio: 'inherit' });
    return 1;
  }
  console.log(`Dev server running (pid ${child.pid}): ${origin}/taskpane.html`);
  const errors = /compiled with (\d+) errors?/.exec(tail(LOG_FILE, 5))?.[1];
  if (errors || isBuildErrorPage(taskpane)) {
    console.warn(`The build has ${errors ?? 'some'} error(s); the pages show them until the sources are fixed (see ${LOG_FILE}).`);
  }
  const workbench = await fetchPage(`${origin}/workbench.html`, 10_000);
  const workbenchReady = workbench?.status === 200 && !isBuildErrorPage(workbench);

  const canSideloadDesktop = (process.platform === 'win32' || process.platform === 'darwin') && protocol === 'https';
  if (canSideloadDesktop && process.env.TIERS_NO_SIDELOAD !== '1' && sideloadDesktop()) {
    console.log('Excel desktop opens with the Tiers button on the Home tab. `npm stop` ends the server and removes the sideload.');
    return 0;
  }
  if (workbenchReady) console.log(`Workbench: ${origin}/workbench.html (the add-in running on a simulated workbook)`);
  else console.log(`Workbench: ${origin}/workbench.html is not built yet (see ${LOG_FILE}); the task pane is at ${origin}/taskpane.html`);
  console.log('Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml (needs https and a trusted certificate); see docs/sideload.md.');
  console.log('Stop with: npm stop');
  return 0;
}

process.exit(await main());
