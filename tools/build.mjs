// Compiles the workspace's TypeScript (apps, libs, tools) to dist/ with swc, keeping the folder
// layout and rewriting the `@casetrail/*` aliases to relative paths. Incremental by mtime, so
// `npm run cli` stays quick. Type-checking is the `typecheck` targets' job (see ADR 0002).
import { transformFile } from '@swc/core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swcOptionsModule from './swc-options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');
const sourceRoots = ['apps', 'libs', 'tools/bench'];
const skipped = /\.(spec|test|e2e-spec)\.ts$|\.d\.ts$/;
// The web app is built by Vite (below), not by swc.
const webApp = path.join(root, 'apps/web');

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && full !== webApp) yield* walk(full);
    } else yield full;
  }
}

const swcOptions = swcOptionsModule.swcOptions({ sourceMaps: true });

const jobs = [];
let compiled = 0;
for (const sourceRoot of sourceRoots) {
  for (const file of walk(path.join(root, sourceRoot))) {
    const rel = path.relative(root, file);
    const isTs = file.endsWith('.ts') && !skipped.test(file);
    const isAsset = /\/src\/.*\.(json|sql|txt)$/.test(rel);
    if (!isTs && !isAsset) continue;
    const target = path.join(outDir, isTs ? rel.replace(/\.ts$/, '.js') : rel);
    const sourceTime = fs.statSync(file).mtimeMs;
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceTime) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (isAsset) {
      fs.copyFileSync(file, target);
      continue;
    }
    jobs.push(
      transformFile(file, { ...swcOptions, filename: file, outputPath: target }).then((out) => {
        fs.writeFileSync(target, `${out.code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
        if (out.map) fs.writeFileSync(`${target}.map`, out.map);
        compiled += 1;
      }),
    );
  }
}
await Promise.all(jobs);
if (!quiet) console.error(`build: ${compiled} file(s) compiled to dist/`);
await buildWebApp();

/** Newest modification time of the files under the given paths. */
function newestMtime(paths) {
  let newest = 0;
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const files = fs.statSync(p).isDirectory() ? walk(p) : [p];
    for (const file of files) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

// The web app (apps/web) is built with Vite into dist/apps/web when its sources (or the typed client
// it uses) changed since the last build, so that `npm start` serves the current pages at `/`.
async function buildWebApp() {
  const stamp = path.join(outDir, 'apps/web/.build-stamp');
  const sources = newestMtime([
    path.join(webApp, 'src'),
    path.join(webApp, 'public'),
    path.join(webApp, 'index.html'),
    path.join(webApp, 'vite.config.ts'),
    path.join(root, 'libs/sdk/src'),
    path.join(root, 'package-lock.json'),
  ]);
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sources) return;
  const started = Date.now();
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const { build } = await import('vite');
  // Vite takes React's build flavour from NODE_ENV when it is set: under Jest it is `test`, which
  // would ship React's development build (and StrictMode's double effects) to the browser tests.
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(webApp, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  if (!quiet) console.error(`build: web app built with Vite in ${Date.now() - started} ms`);
}
