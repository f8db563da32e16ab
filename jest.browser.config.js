/**
 * Browser tests: jest in Node drives Chromium through playwright-core against dist/ served on a
 * loopback port. Debian's /usr/bin/chromium when installed, else the one @sparticuz/chromium ships
 * (TIERS_NPM_CHROMIUM=1 forces it); see docs/testing.md. Run after `npm run build`.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  // One browser per core: the files share nothing but the CPU (each starts its own Chromium and static
  // server on a free port; screenshots have one name per test), and a page spends much of its time
  // waiting on its own Chromium processes, so a second file keeps the CI machine's second core busy.
  maxWorkers: '100%',
  testTimeout: 120000,
  // The longest files first, also on a clean clone without jest's timing cache (test/support/longestFirst.cjs).
  testSequencer: '<rootDir>/test/support/longestFirst.cjs',
};
