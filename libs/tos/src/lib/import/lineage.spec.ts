import { corpusPath } from '@casetrail/testing';
import { inferLineage, predecessorsFirst, sameSourceUrl } from './lineage';
import { FolderDocument, readSnapshotFolder } from './snapshot-folder';

const doc = (
  folder: string,
  provider: string,
  from: string,
  to: string,
  firstUrls: string[],
  lastUrls = firstUrls,
): FolderDocument => {
  const [service, documentType] = folder.split('/');
  return {
    service,
    provider,
    documentType,
    folder,
    sourceUrls: [...firstUrls, ...lastUrls],
    snapshots: [
      { recordedAt: new Date(from), file: `${folder}/a.md`, sourceUrls: firstUrls, technical: false },
      { recordedAt: new Date(to), file: `${folder}/b.md`, sourceUrls: lastUrls, technical: false },
    ],
  };
};

describe('inferLineage', () => {
  it('links a document to the earlier one whose last URL it started from, with the same type and provider', () => {
    const lineage = inferLineage([
      doc('Acme/Terms of Service', 'Acme', '2023-01-01', '2023-06-01', ['https://acme.com/terms']),
      doc(
        'Acme Chat/Terms of Service',
        'Acme',
        '2023-07-01',
        '2024-01-01',
        ['https://www.acme.com/terms/'],
        ['https://acme.com/legal/terms'],
      ),
      doc('Acme Chat/Privacy Policy', 'Acme', '2023-07-01', '2024-01-01', ['https://acme.com/terms']),
      doc('Other/Terms of Service', 'Other Inc.', '2023-07-01', '2024-01-01', ['https://acme.com/terms']),
      doc('Early/Terms of Service', 'Acme', '2023-05-01', '2024-01-01', ['https://acme.com/terms']),
    ]);
    expect(lineage.get('Acme Chat/Terms of Service')?.predecessor).toBe('Acme/Terms of Service');
    expect(lineage.has('Acme Chat/Privacy Policy')).toBe(false);
    expect(lineage.has('Other/Terms of Service')).toBe(false);
    expect(lineage.has('Early/Terms of Service')).toBe(false);
    expect(lineage.has('Acme/Terms of Service')).toBe(false);
  });

  it('compares URLs without scheme, www, trailing slash, query or case', () => {
    expect(sameSourceUrl('HTTPS://www.OpenAI.com/policies/terms-of-use/?utm_source=x')).toBe(
      sameSourceUrl('http://openai.com/policies/terms-of-use'),
    );
  });

  it('finds the lineages of the shared corpus', () => {
    const documents = readSnapshotFolder(corpusPath('tos'));
    const lineage = inferLineage(documents);
    const links = [...lineage.entries()].map(([to, c]) => `${c.predecessor} -> ${to}`).sort();
    expect(links).toEqual([
      'ChatGPT/Platform to Business Notice -> ChatGPT/Commercial Terms',
      'Le Chat/Acceptable Use Policy -> Vibe/Acceptable Use Policy',
      'Mistral AI/Data Processor Agreement -> Le Chat/Data Processor Agreement',
      'Mistral AI/Imprint -> Le Chat/Imprint',
      'Mistral AI/Privacy Policy -> Le Chat/Privacy Policy',
      'Mistral AI/Terms of Service -> Le Chat/Terms of Service',
      'OpenAI/Acceptable Use Policy -> ChatGPT/Acceptable Use Policy',
      'OpenAI/Acceptable Use Policy -> DALL·E/Acceptable Use Policy',
      'OpenAI/Data Processor Agreement -> ChatGPT/Data Processor Agreement',
      'OpenAI/Data Processor Agreement -> DALL·E/Data Processor Agreement',
      'OpenAI/Developer Terms -> ChatGPT/Developer Terms',
      'OpenAI/Developer Terms -> DALL·E/Developer Terms',
      'OpenAI/Platform to Business Notice -> ChatGPT/Platform to Business Notice',
      'OpenAI/Platform to Business Notice -> DALL·E/Platform to Business Notice',
      'OpenAI/Privacy Policy -> ChatGPT/Privacy Policy',
      'OpenAI/Privacy Policy -> DALL·E/Privacy Policy',
      'OpenAI/Terms of Service -> ChatGPT/Terms of Service',
      'OpenAI/Terms of Service -> DALL·E/Terms of Service',
    ]);
    const order = predecessorsFirst(documents, lineage).map((d) => d.folder);
    for (const [to, { predecessor }] of lineage) expect(order.indexOf(predecessor)).toBeLessThan(order.indexOf(to));
    expect(order).toHaveLength(documents.length);
  });
});
