// Regenerates the API contract: the response schemas derived from the controllers' return types,
// libs/sdk/openapi.json (from the Nest app, no database needed) and libs/sdk's TypeScript types.
// `node tools/openapi.mjs` (package.json: "openapi": "node tools/openapi.mjs"); `--check` only compares
// and exits 1 on a difference, which the openapi contract test in apps/api runs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--quiet'], { stdio: 'inherit' });
const check = process.argv.includes('--check') ? ['--check'] : [];
try {
  execFileSync(process.execPath, [path.join(root, 'dist/apps/api/src/openapi/write-openapi.js'), root, ...check], {
    stdio: 'inherit',
  });
} catch {
  process.exit(1);
}
