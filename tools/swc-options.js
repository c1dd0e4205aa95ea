// The one set of swc options that compiles the workspace's TypeScript: tools/build.mjs (dist/),
// tools/openapi.mjs and tools/swc-require-hook.js (in memory) and jest.preset.js (@swc/jest).
// `paths` rewrites the `@casetrail/*` aliases of tsconfig.base.json to relative paths in the output,
// so that compiled files, and files Jest requires outside its module registry (global setup),
// resolve them without a resolver of their own.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Fresh options each call (swc and @swc/jest may keep or extend them); `sourceMaps` as swc takes it. */
function swcOptions({ sourceMaps } = {}) {
  const { paths } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths,
    },
    module: { type: 'commonjs' },
    ...(sourceMaps === undefined ? {} : { sourceMaps }),
  };
}

module.exports = { swcOptions };
