/**
 * The command users run is src/cli compiled to one file (scripts/cliBuild.cjs, docs/cli.md "Running
 * it: how `tiers` runs"): built when missing, built again when an input changed, and it scores exactly as
 * the TypeScript sources run through tsx do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, REPO, removeTempDir, runTiers, tempDir } from './support/runTiers';

interface CliBuild {
  compiledCli: (dir?: string) => string | null;
  build: (dir?: string) => string;
  isFresh: (dir?: string) => boolean;
  loadCompiled: (file: string) => { exports: { main: unknown }; saveCache: () => void };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS, run by bin/tiers.js as is
const cliBuild = require('../../scripts/cliBuild.cjs') as CliBuild;

/** Inside the repository, so the bundle finds node_modules as the real one does. */
const dir = join(REPO, '.cache', `cli-test-${process.pid}`);
const stampPath = join(dir, 'tiers.inputs.json');
const readStamp = (): { inputs: Record<string, string> } => JSON.parse(readFileSync(stampPath, 'utf8')) as { inputs: Record<string, string> };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled command', () => {
  it('is built when missing, with the sources it was built from recorded beside it', () => {
    expect(cliBuild.isFresh(dir)).toBe(false);
    const bundle = cliBuild.compiledCli(dir);
    expect(bundle).toBe(join(dir, 'tiers.cjs'));
    expect(cliBuild.isFresh(dir)).toBe(true);
    const inputs = Object.keys(readStamp().inputs);
    expect(inputs).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/domain/score.ts', 'scripts/cliBuild.cjs', 'tsconfig.json']));
    // zod is in the bundle, stood for by its package.json; the sample's exceljs is not.
    expect(inputs.some((f) => f.endsWith('node_modules/zod/package.json'))).toBe(true);
    expect(inputs.some((f) => f.includes('exceljs'))).toBe(false);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, loaded as bin/tiers.js loads it
    const { main } = require(bundle as string) as { main: unknown };
    expect(typeof main).toBe('function');
  });

  it('is stale when an input changed or went missing, and built again', () => {
    cliBuild.compiledCli(dir);
    const stamp = readStamp();
    writeFileSync(stampPath, JSON.stringify({ inputs: { ...stamp.inputs, 'src/cli/main.ts': '1:1' } }));
    expect(cliBuild.isFresh(dir)).toBe(false);
    expect(cliBuild.compiledCli(dir)).toBe(join(dir, 'tiers.cjs'));
    expect(cliBuild.isFresh(dir)).toBe(true);
    writeFileSync(stampPath, JSON.stringify({ inputs: { ...readStamp().inputs, 'src/cli/gone.ts': '10:10' } }));
    expect(cliBuild.isFresh(dir)).toBe(false);
    rmSync(join(dir, 'tiers.cjs'));
    writeFileSync(stampPath, JSON.stringify(stamp));
    expect(cliBuild.isFresh(dir)).toBe(false);
  });

  it('keeps a code cache named for the bundle it was made from, and drops it when the bundle is built again', () => {
    const bundle = cliBuild.build(dir);
    const caches = () => readdirSync(dir).filter((f) => f.endsWith('.v8'));
    const first = cliBuild.loadCompiled(bundle);
    expect(typeof first.exports.main).toBe('function');
    first.saveCache();
    expect(caches()).toHaveLength(1);
    const [name] = caches();
    // A second load takes the cache (saveCache then writes nothing new) and gives the same module.
    const second = cliBuild.loadCompiled(bundle);
    expect(typeof second.exports.main).toBe('function');
    second.saveCache();
    expect(caches()).toEqual([name]);
    cliBuild.build(dir);
    expect(caches()).toEqual([]);
  });

  it('scores a workbook to the same bytes as the sources run through tsx', () => {
    const work = tempDir('compiled');
    try {
      const book = join(work, 'in.xlsx');
      expectExit(runTiers(['sample', '--customers', '40', '--orders', '600', '--seed', '3', '--out', book, '-q']), 0);
      const args = (name: string) => ['score', book, '--out', join(work, `${name}.xlsx`), '--json', join(work, `${name}.json`), '--csv', join(work, `${name}.csv`), '--as-of', '2026-01-01', '-q'];
      expectExit(runTiers(args('compiled')), 0);
      const viaTsx = spawnSync(process.execPath, [join(REPO, 'bin', 'tiers.js'), ...args('tsx')], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, TIERS_TSX: '1' } });
      expect(viaTsx.status).toBe(0);
      expect(existsSync(join(work, 'tsx.json'))).toBe(true);
      expect(readFileSync(join(work, 'compiled.json'), 'utf8')).toBe(readFileSync(join(work, 'tsx.json'), 'utf8'));
      expect(readFileSync(join(work, 'compiled.csv'), 'utf8')).toBe(readFileSync(join(work, 'tsx.csv'), 'utf8'));
    } finally {
      removeTempDir(work);
    }
  });
});
