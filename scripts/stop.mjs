// npm stop: ends the dev server started by `npm start` (its pid in .cache/dev-server.pid, with its whole
// process group) and, where start sideloaded the add-in into Excel desktop, runs office-addin-debugging stop.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { ROOT, SIDELOAD_FILE, clearPid, isAlive, isWindows, npx, readPid, sleep } from './devServer.mjs';

const GRACE_MS = 10_000;

function signal(pid, name) {
  try {
    // Negative pid: the process group that start.mjs created (npx and webpack under it).
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

async function stopServer(pid) {
  if (isWindows) {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'inherit' });
    return;
  }
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) signal(pid, 'SIGKILL');
}

if (existsSync(SIDELOAD_FILE)) {
  console.log('Removing the Excel desktop sideload: npx --yes office-addin-debugging stop manifest.xml');
  spawnSync(npx, ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit', shell: isWindows });
  rmSync(SIDELOAD_FILE, { force: true });
}

const pid = readPid();
if (pid === null) {
  console.log('No dev server recorded in .cache/dev-server.pid; nothing to stop.');
} else if (!isAlive(pid)) {
  console.log(`The dev server (pid ${pid}) had already stopped.`);
  clearPid();
} else {
  await stopServer(pid);
  clearPid();
  console.log(isAlive(pid) ? `Could not stop the dev server (pid ${pid}).` : `Stopped the dev server (pid ${pid}).`);
}
