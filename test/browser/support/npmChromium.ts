/**
 * The Chromium that ships inside the npm registry package @sparticuz/chromium (a headless shell
 * built for Linux x64 servers), so `npm ci` alone brings a browser: see docs/testing.md.
 * Its brotli archives are unpacked once per package version into node_modules/.cache and reused.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export const NPM_CHROMIUM_PACKAGE = '@sparticuz/chromium';

export interface NpmChromium {
  readonly executablePath: string;
  /** Chromium's major version, from the package version (the package tracks Chromium's). */
  readonly major: number;
  /** Added to the browser's environment: the shipped NSS libraries and a font configuration. */
  readonly env: Record<string, string>;
}

function packageDir(): string {
  let main: string;
  try {
    main = require.resolve(NPM_CHROMIUM_PACKAGE);
  } catch {
    throw new Error(`${NPM_CHROMIUM_PACKAGE} is not installed: run \`npm ci\` (it is a devDependency).`);
  }
  let dir = dirname(main);
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'bin'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`Cannot find the folder of ${NPM_CHROMIUM_PACKAGE} above ${main}.`);
    dir = up;
  }
  return dir;
}

function untar(archive: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const result = spawnSync('tar', ['-x', '-C', into], { input: brotliDecompressSync(readFileSync(archive)), maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`tar could not unpack ${archive}: ${result.stderr?.toString() ?? result.error?.message}`);
}

/** A fontconfig file: the system's fonts when there are any, plus the font the package ships. */
function fontsConf(dir: string): string {
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(dir, 'fonts')];
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`;
}

/** Unpacks (once) and describes the npm-shipped Chromium. Linux x64 only, like the package. */
export function npmChromium(): NpmChromium {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`${NPM_CHROMIUM_PACKAGE} ships Chromium for Linux x64 only; on ${process.platform}/${process.arch} set CHROMIUM_PATH to a local Chrome or Chromium.`);
  }
  const pkg = packageDir();
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = resolve(pkg, '..', '..', '.cache', `tiers-chromium-${version}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    // Unpack beside the target and rename, so a concurrent run never sees half a browser.
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const bin = join(pkg, 'bin');
    writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
    chmodSync(join(partial, 'chromium'), 0o755);
    untar(join(bin, 'swiftshader.tar.br'), partial); // libEGL/libGLESv2 beside the binary
    untar(join(bin, 'al2023.tar.br'), join(partial, 'al2023')); // libnss3, libnspr4, libexpat
    untar(join(bin, 'fonts.tar.br'), partial); // fonts/
    writeFileSync(join(partial, 'fonts.conf'), fontsConf(dir));
    try {
      renameSync(partial, dir);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  const libs = join(dir, 'al2023', 'lib');
  return {
    executablePath,
    major: Number(version.split('.')[0]),
    env: {
      // The package's own NSS, so a machine without libnss3 (a bare Node image) still runs it.
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}
