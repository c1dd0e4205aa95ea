// Browser tests: the built API process on a fresh PostgreSQL database, driven through Debian's Chromium.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/lib/global-teardown.ts',
  testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
  testTimeout: 90000,
  maxWorkers: 1,
};
