module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'courtlistener',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../libs/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/lib/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
