#!/usr/bin/env node
// Launcher for `npx tiers`: runs the TypeScript entry point through tsx (no build step).
'use strict';
// The old space grows by half its live size between full collections, not by V8's default of up
// to 4x on a machine with this much memory: at a million order lines the live heap is about
// 0.6 GB and the default let garbage take the peak to 2 GB. A growth factor, not a cap, so a
// bigger input (10M lines from CSV) still gets the heap it needs. Measured in docs/benchmarks.md
// ("Fifth session: the .xlsx write, the outputs and the heap"); a flag given by the user wins.
const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
if (!/heap-growing-percent/.test(given)) require('node:v8').setFlagsFromString('--heap-growing-percent=50');
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
