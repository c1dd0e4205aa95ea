module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'e2e',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../libs/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../libs/testing/src/lib/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120000,
};
