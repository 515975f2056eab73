// One Jest run, five projects: pure engine tests, workflow tests, build scripts, web unit tests, and API e2e tests
// that go through createApp() against PostgreSQL (DATABASE_URL) or embedded PGlite.
const swcrc = require('./jest.swc.js');

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcrc] },
  moduleNameMapper: {
    '^@liucheng/engine$': '<rootDir>/libs/engine/src/index.ts',
    '^@liucheng/persistence$': '<rootDir>/libs/persistence/src/index.ts',
    '^@liucheng/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@liucheng/workflows$': '<rootDir>/workflows/registry/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'engine',
      testMatch: ['<rootDir>/libs/engine/**/*.spec.ts', '<rootDir>/libs/contracts/**/*.spec.ts'],
    },
    { ...common, displayName: 'workflows', testMatch: ['<rootDir>/workflows/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'scripts',
      testMatch: ['<rootDir>/scripts/**/*.spec.ts'],
      transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', swcrc] },
    },
    { ...common, displayName: 'web', testMatch: ['<rootDir>/apps/web/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'api',
      testMatch: [
        '<rootDir>/test/api/**/*.spec.ts',
        '<rootDir>/apps/api/**/*.spec.ts',
        '<rootDir>/libs/persistence/**/*.spec.ts',
      ],
      globalSetup: '<rootDir>/test/setup/global-setup.cjs',
      globalTeardown: '<rootDir>/test/setup/global-teardown.cjs',
      slowTestThreshold: 20,
    },
  ],
};
