// Compiles the workspace's TypeScript (apps, libs, tools) to dist/ with swc, keeping the folder
// layout and rewriting the `@casetrail/*` aliases to relative paths. Incremental by mtime, so
// `npm run cli` stays quick. Type-checking is the `typecheck` targets' job (see ADR 0002).
import { transformFile } from '@swc/core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const sourceRoots = ['apps', 'libs', 'tools/bench'];
const skipped = /\.(spec|test|e2e-spec)\.ts$|\.d\.ts$/;

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walk(full);
    } else yield full;
  }
}

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: tsconfig.compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

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
