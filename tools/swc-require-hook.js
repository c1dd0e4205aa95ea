// Lets a worker thread started from TypeScript sources (under Jest, whose transform does not reach
// new threads) load the workspace's .ts files: it compiles each one with swc, with the options
// jest.preset.js uses (tools/swc-options.js: the `@casetrail/*` aliases become relative paths), then
// loads the real entry the pool named in workerData. The compiled app (dist/) never uses this file:
// its workers start the compiled worker-entry.js directly (libs/workers/src/lib/worker-pool.ts).
const fs = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require('@swc/core');

const options = require('./swc-options').swcOptions({ sourceMaps: 'inline' });

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};

module.exports = require(workerData.casetrailWorkerEntry);
