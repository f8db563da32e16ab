/** Unit and integration tests (Node). Browser tests live in test/browser and run with jest.browser.config.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }],
  },
  setupFiles: ['<rootDir>/test/support/officeJs.ts'],
  moduleNameMapper: { '\\.(css)$': '<rootDir>/test/support/styleStub.js' },
  testTimeout: 30000,
};
