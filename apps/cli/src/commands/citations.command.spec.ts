import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CitationsExtractCommand, formFeedPageOffsets } from './citations.command';

describe('citations extract', () => {
  let dir: string;
  let written: string;
  let write: jest.SpyInstance;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-cli-'));
    written = '';
    write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
  });

  afterEach(() => {
    write.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  it('numbers pages at form feeds', () => {
    expect(formFeedPageOffsets('one\ftwo\fthree\f')).toEqual([0, 4, 8]);
    expect(formFeedPageOffsets('no pages')).toBeUndefined();
  });

  it('prints one tab-separated line per citation, or JSON with --json', async () => {
    const file = path.join(dir, 'brief.txt');
    fs.writeFileSync(file, 'See 17 U.S.C. § 107.\fThomson Reuters v. Ross, 765 F. Supp. 3d 382 (D. Del. 2025).');
    await new CitationsExtractCommand().run([file], {});
    expect(written.trim().split('\n')).toEqual([
      '1\tstatute\t17 U.S.C. § 107\t17 U.S.C. § 107',
      '2\tcase\t765 F. Supp. 3d 382\t765 F. Supp. 3d 382',
    ]);
    written = '';
    await new CitationsExtractCommand().run([file], { json: true });
    const parsed = JSON.parse(written) as { count: number; citations: { key: string; page: number }[] };
    expect(parsed.count).toBe(2);
    expect(parsed.citations.map((c) => [c.page, c.key])).toEqual([
      [1, '17 U.S.C. § 107'],
      [2, '765 F. Supp. 3d 382'],
    ]);
  });

  it('exits with the usage code when the file cannot be read', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await new CitationsExtractCommand().run([path.join(dir, 'missing.txt')], {});
    expect(process.exitCode).toBe(2);
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining('cannot read'));
    stderr.mockRestore();
  });
});
