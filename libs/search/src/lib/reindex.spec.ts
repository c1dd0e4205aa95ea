import { CASES_ENTITIES, SeedService } from '@casetrail/cases';
import { Document, DocumentPage, DOCUMENTS_ENTITIES, DocumentStatus } from '@casetrail/documents';
import { DomainEvent } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { TOS_ENTITIES } from '@casetrail/tos';
import { DataSource } from 'typeorm';
import { SearchKind } from './search-document';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

describe('full reindex of filings (PostgreSQL engine)', () => {
  let ctx: TestContext;
  let search: SearchService;
  let dataSource: DataSource;

  /** A filing with one page per word of `pageWords`, each page holding its own marker word. */
  async function filing(name: string, status: DocumentStatus, pageWords: string[]): Promise<Document> {
    const document = await dataSource.getRepository(Document).save({
      sha256: name.padEnd(64, '0'),
      mediaType: 'application/pdf',
      originalFileName: `${name}.pdf`,
      byteSize: 1000,
      blobPath: `blobs/${name}`,
      title: `Filing ${name}`,
      status,
    });
    await dataSource.getRepository(DocumentPage).save(
      pageWords.map((word, i) => ({
        documentId: document.id,
        number: i + 1,
        text: `Page ${i + 1} of ${name} mentions ${word} once.`,
      })),
    );
    return document;
  }

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [SearchModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...TOS_ENTITIES, DomainEvent],
    });
    search = ctx.app.get(SearchService);
    dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  it('sends filings in batches, marks each indexed, and reports progress up to the total', async () => {
    const words = ['zanthoxylum', 'quercitron', 'bdelliums', 'xyloidine', 'ptarmigans', 'cwtching', 'fjeldmark'];
    const first = await filing('reindex-a', DocumentStatus.Extracted, words.slice(0, 2));
    const second = await filing('reindex-b', DocumentStatus.Indexed, words.slice(2, 5));
    const third = await filing('reindex-c', DocumentStatus.Extracted, words.slice(5, 7));
    const failed = await filing('reindex-d', DocumentStatus.Failed, ['oubliettes']);

    const reports: [number, number][] = [];
    await search.reindex((done, total) => reports.push([done, total]), 3);

    for (const word of words) {
      const { hits } = await search.search({ q: word, filters: { kind: SearchKind.Filing } });
      expect(hits.map((hit) => hit.documentTitle)).toHaveLength(1);
    }
    expect((await search.search({ q: 'oubliettes', filters: {} })).total).toBe(0);
    const statuses = await dataSource
      .getRepository(Document)
      .find({ where: [{ id: first.id }, { id: second.id }, { id: third.id }, { id: failed.id }] });
    expect(Object.fromEntries(statuses.map((d) => [d.originalFileName, d.status]))).toEqual({
      'reindex-a.pdf': DocumentStatus.Indexed,
      'reindex-b.pdf': DocumentStatus.Indexed,
      'reindex-c.pdf': DocumentStatus.Indexed,
      'reindex-d.pdf': DocumentStatus.Failed,
    });
    const [lastDone, total] = reports[reports.length - 1];
    expect(lastDone).toBe(total);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((a, b) => a - b));
  });
});
