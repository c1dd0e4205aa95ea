import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli-errors';

/** What `ingest` picks up inside folders; a file named on the command line is always taken. */
export const INGESTIBLE_EXTENSIONS = ['.pdf', '.txt', '.text', '.md', '.markdown', '.html', '.htm'];

/**
 * The files to ingest, in a stable order: named files as given, folders searched recursively for
 * ingestible extensions (hidden files and folders skipped). A path named twice is taken once.
 */
export function collectFiles(paths: string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(resolved);
    }
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    if (stat.isDirectory()) for (const file of walk(given)) add(file);
    else add(given);
  }
  return files;
}

function* walk(dir: string): Generator<string> {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && INGESTIBLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield full;
  }
}
