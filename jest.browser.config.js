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
  // One browser at a time: the machine is small and the tests share nothing but the CPU.
  maxWorkers: 1,
  testTimeout: 120000,
};
