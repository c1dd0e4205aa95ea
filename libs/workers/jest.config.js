module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'workers',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
