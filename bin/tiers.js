#!/usr/bin/env node
// Launcher for `npx tiers`: runs the TypeScript entry point through tsx (no build step).
'use strict';
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
