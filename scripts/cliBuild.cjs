// The `tiers` command compiled to one JavaScript file (docs/cli.md, "Running it: how `tiers` runs"). esbuild bundles
// src/cli/main.ts, with the zod it uses, into .cache/cli/tiers.cjs (and the customer thread's entry into
// .cache/cli/customerWorker.cjs beside it, the sheet thread's into .cache/cli/sheetWorker.cjs): a run then neither transpiles
// TypeScript at start-up nor goes through tsx's per-function name wrappers. bin/tiers.js asks
// `compiledCli()` for the file, which builds it when it is missing or when any of its inputs (sources,
// zod, this script, tsconfig.json, esbuild) changed size or modification time since it was built.
// `node scripts/cliBuild.cjs` (`npm run build:cli`, part of `npm run build`) builds it unconditionally.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.cache', 'cli');
const bundleIn = (dir) => path.join(dir, 'tiers.cjs');
const stampIn = (dir) => path.join(dir, 'tiers.inputs.json');
const ENTRY = 'src/cli/main.ts';
/** The customer thread's own entry (src/cli/score/customerThread.ts), bundled beside the command as customerWorker.cjs. */
const WORKER_ENTRY = 'src/cli/score/customerWorker.ts';
const workerIn = (dir) => path.join(dir, 'customerWorker.cjs');
/** The sheet thread's entry (src/cli/xlsx/sheetThread.ts), bundled beside the command as sheetWorker.cjs. */
const SHEET_WORKER_ENTRY = 'src/cli/xlsx/sheetWorker.ts';
const sheetWorkerIn = (dir) => path.join(dir, 'sheetWorker.cjs');
/**
 * Left to Node's require: DuckDB's native binding, and what only `tiers sample` loads. DuckDB's
 * JavaScript API (@duckdb/node-api, about sixty modules) is bundled, so a CSV run compiles it from
 * the code cache instead of resolving, reading and compiling each file (about 0.08 s CPU:
 * docs/benchmarks.md, "Ninth session: the CSV read's fresh memory"); its binding package is
 * installed beside it (its only dependency, at the version it pins).
 */
const EXTERNAL = ['@duckdb/node-bindings', 'exceljs', 'jszip'];
/** Inputs esbuild does not list in its metafile but the bundle depends on. */
const BUILD_INPUTS = ['scripts/cliBuild.cjs', 'tsconfig.json', 'node_modules/esbuild/package.json'];

/** Size and modification time: what a changed file changes (an edit, a checkout, an `npm ci`). */
function statOf(relative) {
  try {
    const s = fs.statSync(path.join(ROOT, relative), { throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeMs}` : 'missing';
  } catch {
    return 'unreadable';
  }
}

/** A file of an installed package stands for its package, by the package's package.json: an install rewrites both (and saves a stat per file). */
function packageOf(file) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match ? `${match[1]}/package.json` : file;
}

/** True when the bundle exists and none of the inputs recorded beside it changed. */
function isFresh(dir = OUT_DIR) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampIn(dir), 'utf8'));
  } catch {
    return false;
  }
  if (!stamp || typeof stamp.inputs !== 'object') return false;
  for (const [file, stat] of Object.entries(stamp.inputs)) if (statOf(file) !== stat) return false;
  return true;
}

/**
 * Builds the bundle and its stamp. Written beside and renamed into place, so CLI runs started at
 * the same moment (the tests spawn several) each see a whole file, whichever build wins.
 */
function build(dir = OUT_DIR) {
  const esbuild = require('esbuild');
  const bundle = bundleIn(dir);
  const stamp = stampIn(dir);
  fs.mkdirSync(dir, { recursive: true });
  const worker = workerIn(dir);
  const tmpDir = path.join(dir, `.build-${process.pid}`);
  const startedMs = Date.now();
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: { tiers: ENTRY, customerWorker: WORKER_ENTRY, sheetWorker: SHEET_WORKER_ENTRY },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    // import() as require(): the bundle runs as a vm.Script (loadCompiled), where import() has no loader. DuckDB's package is CommonJS.
    supported: { 'dynamic-import': false },
    outdir: tmpDir,
    outExtension: { '.js': '.cjs' },
    metafile: true,
    logLevel: 'silent',
  });
  // The workers first: a bundle in place always has its workers beside it.
  const sheetWorker = sheetWorkerIn(dir);
  fs.renameSync(path.join(tmpDir, 'customerWorker.cjs'), worker);
  fs.renameSync(path.join(tmpDir, 'sheetWorker.cjs'), sheetWorker);
  fs.renameSync(path.join(tmpDir, 'tiers.cjs'), bundle);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.v8')) fs.rmSync(path.join(dir, f), { force: true });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs).map(packageOf), ...BUILD_INPUTS]) inputs[file] = statOf(file);
  const outputs = [bundle, worker, sheetWorker].map((file) => path.relative(ROOT, file));
  for (const file of outputs) inputs[file] = statOf(file);
  // A source saved while esbuild read it may be in the bundle in its old state: leave no stamp, so the next run builds again.
  const touched = Object.keys(inputs).some((file) => {
    try {
      return fs.statSync(path.join(ROOT, file)).mtimeMs >= startedMs && !outputs.includes(file);
    } catch {
      return true;
    }
  });
  const stampTmp = `${stamp}.${process.pid}.tmp`;
  if (touched) fs.rmSync(stamp, { force: true });
  else {
    fs.writeFileSync(stampTmp, `${JSON.stringify({ entry: ENTRY, worker: WORKER_ENTRY, sheetWorker: SHEET_WORKER_ENTRY, inputs }, null, 1)}\n`);
    fs.renameSync(stampTmp, stamp);
  }
  return bundle;
}

/**
 * The compiled command's path, built first when stale; null when it cannot be built here (no esbuild,
 * a read-only checkout, a source that does not compile): bin/tiers.js then runs the sources through tsx,
 * which reports a compile error with the source's own line.
 */
function compiledCli(dir = OUT_DIR) {
  if (isFresh(dir)) return bundleIn(dir);
  try {
    return build(dir);
  } catch {
    return null;
  }
}

/**
 * Runs the bundle as Node's require would, with V8's code cache: the bytecode of every function a
 * run compiled, kept beside the bundle (about 1 MB), so a later run skips parsing and compiling them
 * (about 60 ms of a small workbook's run; docs/benchmarks.md, "Sixth session"). The cache is named
 * by the bundle's size and modification time and Node's version, so it never serves another build
 * (V8 itself checks only the source's length and its own version and flags, and rejects a mismatch).
 * `saveCache()` writes it after a run when there was none or V8 rejected it; a run of a command
 * that compiled little (`--help`) should not be the one to write it.
 */
function loadCompiled(file) {
  const fd = fs.openSync(file, 'r');
  let source;
  let key;
  try {
    const st = fs.fstatSync(fd);
    key = `${st.size}-${Math.round(st.mtimeMs * 1000)}-${process.version}`;
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  const cacheFile = path.join(path.dirname(file), `tiers.${key}.v8`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // A read-only checkout: every run compiles, as without a cache.
    }
  };
  return { exports: mod.exports, saveCache };
}

module.exports = { compiledCli, build, isFresh, loadCompiled, OUT_DIR };

if (require.main === module) {
  const file = build();
  console.log(`Built ${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KB) from ${ENTRY}`);
}
