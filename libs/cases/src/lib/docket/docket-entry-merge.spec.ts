import { DocketEntryInput } from './docket-entry-input';
import {
  baseNaturalKey,
  changedFields,
  contentHash,
  contentOfInput,
  mergeEntry,
  naturalKeys,
} from './docket-entry-merge';
import { DocketEntry, DocketEntrySource } from './docket-entry.entity';

const input = (over: Partial<DocketEntryInput> = {}): DocketEntryInput => ({
  entryNumber: 12,
  dateFiled: '2024-03-01',
  description: 'MOTION to Dismiss filed by OpenAI, Inc.',
  entryType: 'motion',
  ...over,
});

const stored = (from: DocketEntryInput, source: DocketEntrySource): DocketEntry => {
  const content = contentOfInput(from);
  return Object.assign(new DocketEntry(), {
    ...content,
    id: 'e1',
    caseId: 'c1',
    naturalKey: 'no:12',
    source,
    sortOrder: 12000,
    contentHash: contentHash(content),
  });
};

describe('natural keys of docket entries', () => {
  it('prefers the entry number, then the PACER sequence number, then the document id, then date and text', () => {
    expect(baseNaturalKey(input())).toBe('no:12');
    expect(baseNaturalKey(input({ entryNumber: null, pacerSeqNo: '34', pacerDocId: '0127' }))).toBe('seq:34');
    expect(baseNaturalKey(input({ entryNumber: null, pacerDocId: '0127' }))).toBe('doc:0127');
    const text = baseNaturalKey(input({ entryNumber: null }));
    expect(text).toMatch(/^text:2024-03-01:[0-9a-f]{16}$/);
    expect(
      baseNaturalKey(input({ entryNumber: null, description: '  motion to dismiss  FILED by openai, inc.' })),
    ).toBe(text);
  });

  it('tells apart entries of one batch that share a key, the same way every time', () => {
    const batch = [
      input(),
      input({ description: 'ORDER' }),
      input({ entryNumber: 13 }),
      input({ description: 'again' }),
    ];
    expect(naturalKeys(batch)).toEqual(['no:12', 'no:12#2', 'no:13', 'no:12#3']);
    expect(naturalKeys(batch)).toEqual(naturalKeys([...batch]));
  });
});

describe('mergeEntry', () => {
  const report = input({
    pacerDocId: '0127',
    pacerSeqNo: '34',
    attachments: [{ number: 1, description: 'Exhibit A', pageCount: 3, pacerDocId: null }],
  });
  const rss = input({
    description: 'Motion to Dismiss',
    shortDescription: 'Motion to Dismiss',
    dateFiled: '2024-03-02',
    pacerDocId: '0127',
  });

  it('keeps the docket text when a feed reports an entry a docket report described', () => {
    const existing = stored(report, DocketEntrySource.DocketReport);
    const { content, source } = mergeEntry(existing, rss, DocketEntrySource.Rss);
    expect(source).toBe(DocketEntrySource.DocketReport);
    expect(content).toMatchObject({
      description: report.description,
      dateFiled: '2024-03-01',
      shortDescription: 'Motion to Dismiss',
      pacerSeqNo: '34',
    });
    expect(changedFields(existing, content)).toEqual(['shortDescription']);
  });

  it('lets a docket report replace what only a feed said', () => {
    const existing = stored(rss, DocketEntrySource.Rss);
    const { content, source } = mergeEntry(existing, report, DocketEntrySource.DocketReport);
    expect(source).toBe(DocketEntrySource.DocketReport);
    expect(content).toMatchObject({
      description: report.description,
      dateFiled: '2024-03-01',
      shortDescription: 'Motion to Dismiss',
      pacerSeqNo: '34',
    });
  });

  it('finds nothing changed when the same report comes again, whatever order jsonb gives the keys back in', () => {
    const existing = stored(report, DocketEntrySource.DocketReport);
    existing.attachments = [{ pacerDocId: null, pageCount: 3, description: 'Exhibit A', number: 1 }];
    const { content } = mergeEntry(existing, report, DocketEntrySource.DocketReport);
    expect(changedFields(existing, content)).toEqual([]);
    expect(contentHash(content)).toBe(existing.contentHash);
  });
});
