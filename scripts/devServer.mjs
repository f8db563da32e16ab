// What `npm start` and `npm stop` share: where the dev server's pid lives, and how to look for it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PORT = 3000;
export const CACHE_DIR = resolve(ROOT, '.cache');
export const PID_FILE = resolve(CACHE_DIR, 'dev-server.pid');
export const LOG_FILE = resolve(CACHE_DIR, 'dev-server.log');
/** Present while office-addin-debugging has the add-in sideloaded, so `npm stop` undoes it. */
export const SIDELOAD_FILE = resolve(CACHE_DIR, 'sideloaded');
export const MANIFEST = resolve(ROOT, 'manifest.xml');
export const isWindows = process.platform === 'win32';

export function readPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function writePid(pid) {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(PID_FILE, `${pid}\n`);
}

export function clearPid() {
  rmSync(PID_FILE, { force: true });
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Status code and body of a GET to the local server, or null when nothing answers. Accepts the self-signed dev certificate. */
export function fetchPage(url, timeoutMs = 3000) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((done) => {
    const request = client.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (part) => (body += part));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
      response.on('error', () => done(null));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => done(null));
  });
}

export const probe = async (url, timeoutMs) => (await fetchPage(url, timeoutMs))?.status ?? null;

/** html-webpack-plugin serves its build error as the page itself, with status 200. */
export const isBuildErrorPage = (page) => page !== null && page.body.includes('Html Webpack Plugin:');

/** True when something (ours or not) already answers on the port, over either protocol. */
export async function portAnswers() {
  for (const protocol of ['https', 'http']) {
    if ((await probe(`${protocol}://localhost:${PORT}/`, 1500)) !== null) return true;
  }
  return false;
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export const npx = isWindows ? 'npx.cmd' : 'npx';
