// Shared Jest preset: swc transforms TypeScript (no type-check here; `typecheck` targets do that)
// and also the ESM-only packages that Jest on Node 20 cannot load natively.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest-paths');
const { swcOptions } = require('./tools/swc-options');

module.exports = {
  testEnvironment: 'node',
  // class-validator and Nest keep metadata on globals across test files by design.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      // Inline source maps; the options' `paths` also serve files Jest requires outside its module
      // registry (global setup), which its moduleNameMapper does not reach.
      swcOptions({ sourceMaps: 'inline' }),
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(pdf-parse|pdfjs-dist|meilisearch)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname, 'tsconfig.base.json')),
  testTimeout: 30000,
};
