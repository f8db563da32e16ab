/**
 * Unit and integration tests (Node). Browser tests live in test/browser and run with jest.browser.config.js.
 * Two projects: every test on Microsoft's excel-win32-16.01.js client library, and the simulator and
 * adapter tests that exercise the client again on excel-web-16.00.js (the two hosts most users have;
 * one emulated host serves both; docs/testing.md, "Two client libraries").
 */
const { FLUENT_BUNDLE } = require('./test/support/fluentBundle');

const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }],
  },
  moduleNameMapper: {
    '\\.(css)$': '<rootDir>/test/support/styleStub.js',
    // Fluent UI as one file of the components the code imports, built by globalSetup (test/support/fluentBundle.js).
    '^@fluentui/react-components$': FLUENT_BUNDLE,
  },
};

/** The tests run again on excel-web-16.00: the client itself (test/simulator) and the adapter's entry points against the host's behaviours. */
const WEB_TESTS = [
  ...['realClient', 'limits', 'loadSync', 'objects', 'events', 'failSync', 'hostStates', 'hiddenRows', 'textRules', 'simulator'].map((t) => `simulator/${t}`),
  ...['runScoring', 'hostStates', 'dateSystem', 'payload', 'work/cellEditMode'].map((t) => `excel/${t}`),
];

module.exports = {
  // One worker per core: jest's default (cores - 1) leaves one of the two cores of the CI machine idle,
  // and the tests share nothing a second worker could disturb (temporary files are per test; the CLI
  // bundle is built beside and renamed into place, scripts/cliBuild.cjs).
  maxWorkers: '100%',
  // Generous: several tests spawn the CLI or run whole workbooks many times, and the 2-core machines
  // these run on are often busy; a hang still fails, two minutes later.
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/support/fluentBundle.js',
  // The longest files first, also on a clean clone without jest's timing cache (test/support/longestFirst.cjs).
  testSequencer: '<rootDir>/test/support/longestFirst.cjs',
  projects: [
    { ...base, displayName: 'excel-win32-16.01', testMatch: ['**/*.test.ts', '**/*.test.tsx'], setupFiles: ['<rootDir>/test/support/officeJs.ts'] },
    {
      ...base,
      displayName: 'excel-web-16.00',
      testMatch: WEB_TESTS.map((t) => `<rootDir>/test/${t}.test.ts`),
      setupFiles: ['<rootDir>/test/support/webClient.ts', '<rootDir>/test/support/officeJs.ts'],
    },
  ],
};
