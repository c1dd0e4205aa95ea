import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TosError } from '../tos-error';
import { readSnapshotFolder, recordedAtOfFile } from './snapshot-folder';

describe('recordedAtOfFile', () => {
  it.each([
    ['2024-02-20T183008Z.md', '2024-02-20T18:30:08.000Z'],
    ['2024-02-20T18:30:08Z.md', '2024-02-20T18:30:08.000Z'],
    ['2024-02-20T183008.250Z.md', '2024-02-20T18:30:08.250Z'],
  ])('%s', (name, iso) => expect(recordedAtOfFile(name)?.toISOString()).toBe(iso));

  it.each(['notes.md', '2024-02-20.md', '2024-02-20T183008Z.html', '2024-13-20T183008Z.md'])('ignores %s', (name) => {
    expect(recordedAtOfFile(name)).toBeNull();
  });
});

describe('readSnapshotFolder', () => {
  it('reads a folder without index.json by its layout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tos-folder-'));
    try {
      fs.mkdirSync(path.join(dir, 'Acme', 'Terms of Service'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'Acme', 'Terms of Service', '2024-02-01T000000Z.md'), '# B');
      fs.writeFileSync(path.join(dir, 'Acme', 'Terms of Service', '2024-01-01T000000Z.md'), '# A');
      fs.writeFileSync(path.join(dir, 'Acme', 'Terms of Service', 'README.txt'), 'not a snapshot');
      const [doc, ...rest] = readSnapshotFolder(dir);
      expect(rest).toEqual([]);
      expect(doc).toMatchObject({
        service: 'Acme',
        documentType: 'Terms of Service',
        provider: null,
        folder: 'Acme/Terms of Service',
      });
      expect(doc.snapshots.map((s) => path.basename(s.file))).toEqual([
        '2024-01-01T000000Z.md',
        '2024-02-01T000000Z.md',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes providers, URLs, technical flags and the order of same-time records from the corpus index', () => {
    const documents = readSnapshotFolder(corpusPath('tos'));
    expect(documents).toHaveLength(138);
    expect(documents.reduce((n, d) => n + d.snapshots.length, 0)).toBe(1102);
    const murf = documents.find((d) => d.folder === 'Murf/Privacy Policy');
    expect(murf?.provider).toBeTruthy();
    expect(murf?.snapshots.map((s) => path.basename(s.file)).slice(1, 3)).toEqual([
      '2023-11-03T183030Z.md',
      '2023-11-03T183030Z-2.md',
    ]);
    expect(murf?.snapshots[murf.snapshots.length - 1].technical).toBe(true);
    const chatgpt = documents.find((d) => d.folder === 'ChatGPT/Terms of Service');
    expect(chatgpt?.snapshots[0].sourceUrls).toEqual(['https://openai.com/policies/terms-of-use']);
  });

  it('fails clearly for a missing folder', () => {
    expect(() => readSnapshotFolder('/no/such/folder')).toThrow(TosError);
  });
});
