import {
  Case,
  CASES_ENTITIES,
  DocketEntriesService,
  DocketEntryInput,
  DocketEntrySource,
  SeedService,
} from '@casetrail/cases';
import { DOCUMENTS_ENTITIES } from '@casetrail/documents';
import { DomainEvent } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { TOS_ENTITIES } from '@casetrail/tos';
import { DataSource } from 'typeorm';
import { SearchKind } from './search-document';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

const entry = (entryNumber: number | null, dateFiled: string, description: string, entryType: string) =>
  ({ entryNumber, dateFiled, description, entryType }) satisfies DocketEntryInput;

describe('docket entries in the search index (PostgreSQL engine)', () => {
  let ctx: TestContext;
  let search: SearchService;
  let dataSource: DataSource;
  let bartz: Case;

  const write = (source: DocketEntrySource, inputs: DocketEntryInput[]) =>
    dataSource.transaction((manager) =>
      ctx.app.get(DocketEntriesService).upsert(manager, bartz.id, inputs, {
        source,
        caseRef: { courtId: bartz.courtId, docketNumber: bartz.docketNumber },
      }),
    );
  const queued = async () =>
    (
      (await dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'search.index-docket' AND data->>'caseId' = $1`,
        [bartz.id],
      )) as { n: number }[]
    )[0].n;
  const find = (q: string, facets = '') => search.search({ q, filters: { kind: SearchKind.DocketEntry }, facets });

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [SearchModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...TOS_ENTITIES, DomainEvent],
    });
    search = ctx.app.get(SearchService);
    dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
    bartz = await dataSource.getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' });
  });

  afterAll(() => ctx.close());

  it('queues the case for indexing in the transaction that writes its entries, and only when they change', async () => {
    const before = await queued();
    await write(DocketEntrySource.DocketReport, [
      entry(1, '2024-08-19', 'COMPLAINT against Anthropic PBC. Filed by Andrea Bartz.', 'complaint'),
      entry(40, '2024-10-10', 'MOTION to Dismiss the First Amended Complaint filed by Anthropic PBC.', 'motion'),
      entry(41, '2024-10-24', 'OPPOSITION to the Motion to Dismiss filed by Andrea Bartz.', 'opposition'),
      entry(231, '2025-06-23', 'ORDER ON FAIR USE. Signed by Judge William Alsup.', 'order'),
    ]);
    expect(await queued()).toBe(before + 1);
    await write(DocketEntrySource.DocketReport, [
      entry(1, '2024-08-19', 'COMPLAINT against Anthropic PBC. Filed by Andrea Bartz.', 'complaint'),
    ]);
    expect(await queued()).toBe(before + 1);
  });

  it('finds entries by their text, with number, date, case, court, type and facets', async () => {
    await search.indexDocket(bartz.id);
    const result = await find('"motion to dismiss"', 'documentType,case,court,kind,year');
    expect(result.hits.map((h) => h.entryNumber).sort()).toEqual(['40', '41']);
    expect(result.hits.find((h) => h.entryNumber === '40')).toMatchObject({
      kind: SearchKind.DocketEntry,
      caseSlug: 'bartz-v-anthropic',
      court: bartz.courtId,
      documentType: 'motion',
      filedAt: Date.parse('2024-10-10T00:00:00Z') / 1000,
      documentTitle: 'No. 40',
    });
    expect(result.facets).toEqual({
      documentType: { motion: 1, opposition: 1 },
      case: { 'bartz-v-anthropic': 2 },
      court: { [bartz.courtId]: 2 },
      kind: { docket_entry: 2 },
      year: { '2024': 2 },
    });
    const orders = await search.search({ filters: { kind: SearchKind.DocketEntry, documentType: 'order' } });
    expect(orders.hits.map((h) => h.entryNumber)).toEqual(['231']);
    // Other kinds do not answer as docket entries, nor docket entries as cases.
    expect(
      (await search.search({ q: 'fair use', filters: { kind: SearchKind.Case } })).hits.map((h) => h.kind),
    ).not.toContain(SearchKind.DocketEntry);
  });

  it('replaces an entry whose text changed (an RSS item completed by a docket report)', async () => {
    await write(DocketEntrySource.Rss, [entry(250, '2025-07-17', 'Order on Motion for Class Certification', 'order')]);
    await write(DocketEntrySource.DocketReport, [
      entry(
        250,
        '2025-07-17',
        'ORDER GRANTING IN PART MOTION FOR CLASS CERTIFICATION of pirated library copies.',
        'order',
      ),
    ]);
    await search.indexDocket(bartz.id);
    const pirated = await find('pirated library');
    expect(pirated.hits.map((h) => h.entryNumber)).toEqual(['250']);
    expect((await find('class certification')).total).toBe(1);
  });

  it('names the entries that changed in the job, and indexes just those', async () => {
    const jobsBefore = await queued();
    await write(DocketEntrySource.Rss, [
      entry(260, '2025-08-01', 'NOTICE of appearance by counsel for Cengage.', 'notice'),
    ]);
    const [job] = (await dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = 'search.index-docket' AND data->>'caseId' = $1
       ORDER BY created_on DESC LIMIT 1`,
      [bartz.id],
    )) as { data: { caseId: string; entryIds: string[] } }[];
    const created = await dataSource.query(
      `SELECT id FROM docket_entries WHERE case_id = $1 AND entry_number = '260'`,
      [bartz.id],
    );
    expect(await queued()).toBe(jobsBefore + 1);
    expect(job.data.entryIds).toEqual([(created as { id: string }[])[0].id]);
    await search.indexDocket(job.data.caseId, job.data.entryIds);
    expect((await find('Cengage')).hits.map((h) => h.entryNumber)).toEqual(['260']);
  });

  it("re-indexes a case's entries with the case, whose name they carry", async () => {
    await dataSource.query(`UPDATE cases SET short_name = 'Bartz v. Anthropic (renamed)' WHERE id = $1`, [bartz.id]);
    await search.indexCase(bartz.id);
    const hits = (await find('"motion to dismiss"')).hits;
    expect(hits.map((h) => h.caseName)).toEqual(['Bartz v. Anthropic (renamed)', 'Bartz v. Anthropic (renamed)']);
    await dataSource.query(`UPDATE cases SET short_name = $2 WHERE id = $1`, [bartz.id, bartz.shortName]);
    await search.indexCase(bartz.id);
  });

  it('includes docket entries in a full reindex', async () => {
    await search.reindex();
    expect((await search.search({ filters: { kind: SearchKind.DocketEntry } })).total).toBe(6);
  });
});
