import fs from 'node:fs';
import path from 'node:path';

/** The monorepo's root: the nearest folder above this file that holds nx.json. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('nx.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/**
 * A path into the shared corpus of real filings, dockets and terms of service. It lives beside
 * the repository (`../shared/corpus`), never inside it; CASETRAIL_CORPUS overrides.
 */
export function corpusPath(...parts: string[]): string {
  const base = process.env['CASETRAIL_CORPUS'] ?? path.resolve(workspaceRoot(), '..', 'shared', 'corpus');
  return path.join(base, ...parts);
}
