// Shared Jest preset: swc transforms TypeScript (no type-check here; `typecheck` targets do that)
// and also the ESM-only packages that Jest on Node 20 cannot load natively.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest-paths');

const tsconfigPaths = require('./tsconfig.base.json').compilerOptions.paths;

module.exports = {
  testEnvironment: 'node',
  // class-validator and Nest keep metadata on globals across test files by design.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
          // Rewrites @casetrail/* imports in transformed code, so that files Jest requires outside
          // its module registry (global setup) resolve them too.
          baseUrl: __dirname,
          paths: tsconfigPaths,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(pdf-parse|pdfjs-dist|meilisearch)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname, 'tsconfig.base.json')),
  testTimeout: 30000,
};
