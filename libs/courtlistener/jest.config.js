module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'courtlistener',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
