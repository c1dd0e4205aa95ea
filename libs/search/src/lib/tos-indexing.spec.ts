import { CASES_ENTITIES } from '@casetrail/cases';
import { DOCUMENTS_ENTITIES } from '@casetrail/documents';
import { DomainEvent } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import {
  SnapshotOrigin,
  TOS_ENTITIES,
  TosCatalogService,
  TosDocument,
  TosIngestService,
  TosModule,
} from '@casetrail/tos';
import { DataSource } from 'typeorm';
import { SearchKind } from './search-document';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

const terms = (restriction: string, extra = '') =>
  `# Example Terms\n\n## What you cannot do\n\n(a) You may not ${restriction}.\n\n(b) You may not reverse engineer the Services.${extra}`;

describe('terms-of-service clauses in the search index (PostgreSQL engine)', () => {
  let ctx: TestContext;
  let search: SearchService;
  let document: TosDocument;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [SearchModule, TosModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...TOS_ENTITIES, DomainEvent],
    });
    search = ctx.app.get(SearchService);
    const catalog = ctx.app.get(TosCatalogService);
    document = await ctx.app
      .get(DataSource)
      .transaction(async (manager) =>
        catalog.ensureDocument(
          manager,
          await catalog.ensureService(manager, 'Example Chat', 'Example Inc.'),
          'Terms of Service',
          [],
        ),
      );
    await ctx.app.get(TosIngestService).ingest(
      document.id,
      [
        {
          recordedAt: new Date('2025-01-01T00:00:00Z'),
          markdown: terms('use output to develop models that compete with us', '\n\n(c) Arbitration applies.'),
          sourceUrl: null,
        },
      ],
      SnapshotOrigin.Import,
    );
  });

  afterAll(() => ctx.close());

  const find = (q: string) => search.search({ q, filters: { kind: SearchKind.Tos }, facets: 'service' });

  it('indexes the clauses of the latest version with kind=tos, service and document type', async () => {
    await search.indexTosDocument(document.id);
    const result = await find('compete');
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]).toMatchObject({
      kind: SearchKind.Tos,
      service: 'Example Chat',
      documentId: document.id,
      documentTitle: 'Example Chat Terms of Service › What you cannot do',
      filedAt: Date.parse('2025-01-01T00:00:00Z') / 1000,
    });
    expect(result.facets.service).toEqual({ 'Example Chat': 1 });
    expect((await find('arbitration')).total).toBe(1);
  });

  it('replaces the previous version: reworded clauses are updated in place, removed ones disappear', async () => {
    await ctx.app.get(TosIngestService).ingest(
      document.id,
      [
        {
          recordedAt: new Date('2025-06-01T00:00:00Z'),
          markdown: terms('use output to build rival models'),
          sourceUrl: null,
        },
      ],
      SnapshotOrigin.Import,
    );
    await search.indexTosDocument(document.id);
    expect((await find('compete')).total).toBe(0);
    expect((await find('arbitration')).total).toBe(0);
    const rival = await find('rival');
    expect(rival.total).toBe(1);
    expect(rival.hits[0].filedAt).toBe(Date.parse('2025-06-01T00:00:00Z') / 1000);
    expect((await search.search({ filters: { kind: SearchKind.Tos } })).total).toBe(2);
  });

  it('includes terms of service in a full reindex', async () => {
    const result = await search.reindex();
    expect(result.documents).toBe(2);
    expect((await find('reverse engineer')).total).toBe(1);
  });
});
