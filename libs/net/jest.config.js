module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'net',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
