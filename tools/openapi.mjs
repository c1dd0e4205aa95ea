// Regenerates the API contract: the response schemas derived from the controllers' return types,
// libs/sdk/openapi.json (from the Nest app in preview mode, no database needed), libs/sdk's TypeScript types
// and docs/api.md's error table. `node tools/openapi.mjs` (package.json: "openapi": "node tools/openapi.mjs");
// `--check` writes nothing and exits 1 when a committed file is out of date (the contract test runs it).
// Runs the TypeScript sources through swc in memory rather than from dist/, so that it never races a build.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const swcOptions = require('./swc-options.js').swcOptions();
Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};

require('reflect-metadata');
const { regenerateContract } = require(path.join(root, 'apps/api/src/openapi/write-openapi.ts'));
const upToDate = await regenerateContract(root, process.argv.includes('--check'));
process.exit(upToDate ? 0 : 1);
