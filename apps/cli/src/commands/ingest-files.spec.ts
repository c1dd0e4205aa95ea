import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../cli-errors';
import { collectFiles } from './ingest-files';

describe('collectFiles', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-ingest-files-'));
    for (const file of [
      'b.pdf',
      'a.PDF',
      'notes.md',
      'image.png',
      '.hidden.pdf',
      'sub/c.html',
      'sub/d.txt',
      '.git/e.pdf',
    ]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), 'x');
    }
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('searches folders for ingestible files, sorted, without hidden ones', () => {
    expect(collectFiles([dir]).map((f) => path.relative(dir, f))).toEqual([
      'a.PDF',
      'b.pdf',
      'notes.md',
      'sub/c.html',
      'sub/d.txt',
    ]);
  });

  it('takes named files whatever their extension, once', () => {
    const png = path.join(dir, 'image.png');
    expect(collectFiles([png, dir, png]).map((f) => path.relative(dir, f))).toEqual([
      'image.png',
      'a.PDF',
      'b.pdf',
      'notes.md',
      'sub/c.html',
      'sub/d.txt',
    ]);
  });

  it('rejects a path that does not exist', () => {
    expect(() => collectFiles([path.join(dir, 'missing.pdf')])).toThrow(UsageError);
  });
});
