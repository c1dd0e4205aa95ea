module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'cli',
  rootDir: __dirname,
  // The test PostgreSQL server (started once per run) for the commands that need a database.
  globalSetup: '<rootDir>/../../libs/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/lib/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
