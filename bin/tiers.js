#!/usr/bin/env node
// Launcher for `npx tiers`: runs the command compiled to JavaScript (.cache/cli/tiers.cjs), built from
// src/ by scripts/cliBuild.cjs at the first run and again whenever a source changed; through tsx only
// when it cannot be built (docs/cli.md, "Running it: how `tiers` runs").
'use strict';
const { runWithHugePages } = require('./hugePages.js');

// The old space grows by half its live size between full collections, not by V8's default of up
// to 4x on a machine with this much memory: at a million order lines the live heap is about
// 0.6 GB and the default let garbage take the peak to 2 GB. A growth factor, not a cap, so a
// bigger input (10M lines from CSV) still gets the heap it needs. Measured in docs/benchmarks.md
// ("Fifth session: the .xlsx write, the outputs and the heap"); a flag given by the user wins.
const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
if (!/heap-growing-percent/.test(given)) require('node:v8').setFlagsFromString('--heap-growing-percent=50');

/** TIERS_TSX=1 runs the TypeScript sources through tsx, as before the compiled file existed. */
function entry() {
  const build = process.env.TIERS_TSX === '1' ? null : require('../scripts/cliBuild.cjs');
  const compiled = build && build.compiledCli();
  if (compiled) return build.loadCompiled(compiled);
  require('tsx/cjs');
  return { exports: require('../src/cli/main.ts'), saveCache: () => undefined };
}

function run(argv) {
  const cli = entry();
  cli.exports.main(argv).then((code) => {
    process.exitCode = code;
    // The code cache from a scoring run holds what the next one compiles (scripts/cliBuild.cjs, loadCompiled).
    if (code === 0 && argv[0] === 'score') cli.saveCache();
  });
}

// `score` runs in a child started under glibc's huge pages when that applies (bin/hugePages.js); this process then only waits for it.
// Only when this file is the script node was started with: a caller that requires it (the benches' `node -e` wrappers, which
// measure their own process) gets the command run in its process.
const argv = process.argv.slice(2);
if (require.main !== module || !runWithHugePages(__filename, argv)) run(argv);
