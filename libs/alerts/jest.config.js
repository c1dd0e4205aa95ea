module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'alerts',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/lib/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
