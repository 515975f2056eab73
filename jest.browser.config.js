// Browser tests (`npm run test:browser`, which builds first): playwright-core driving Debian's
// Chromium against the built server (node dist/apps/api/src/main.js) that globalSetup starts.
const swcrc = require('./jest.swc.js');

module.exports = {
  rootDir: __dirname,
  displayName: 'browser',
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcrc] },
  moduleNameMapper: {
    '^@liucheng/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  },
  testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 150_000,
  slowTestThreshold: 60,
};
