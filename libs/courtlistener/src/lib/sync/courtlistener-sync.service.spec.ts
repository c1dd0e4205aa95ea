import { CASES_ENTITIES, DocketEntriesService, DocketEntrySource } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { AppConfig } from '@casetrail/config';
import { Document, DOCUMENTS_ENTITIES } from '@casetrail/documents';
import { DomainEvent, DomainEventType } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { replayConfig } from '../../testing';
import { CourtListenerReplay } from '../../testing/replay-server';
import { EntrySpec, generatedEntries } from '../../testing/v4-fixtures';
import { CourtListenerErrorCode } from '../courtlistener-error';
import { COURTLISTENER_ENTITIES } from '../courtlistener.entities';
import { CourtListenerModule } from '../courtlistener.module';
import { CourtListenerWebhooksService } from '../hooks/courtlistener-webhooks.service';
import { CourtListenerJobHandlers } from '../jobs/courtlistener-job-handlers';
import { CaseSource } from '../sources/case-source.entity';
import { CaseSourcesService } from '../sources/case-sources.service';
import { parseDocketReference } from '../sources/docket-reference';
import { RecapDocumentState } from '../sources/recap-document-state.entity';
import { CourtListenerSyncService } from './courtlistener-sync.service';

const PDF = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';
const SECRET = 'a'.repeat(40);

function entry(id: number, entryNumber: number, modifiedAt: number, extra: Partial<EntrySpec> = {}): EntrySpec {
  return {
    id,
    entryNumber,
    dateFiled: '2024-02-01',
    description: `ORDER number ${entryNumber}`,
    modifiedAt,
    documents: [{ id: id + 500_000, description: 'Order' }],
    ...extra,
  };
}

describe('CourtListener docket sync against the v4 replay (PostgreSQL, HTTP)', () => {
  let replay: CourtListenerReplay;
  let ctx: TestContext;
  let sut: CourtListenerSyncService;
  let sources: CaseSourcesService;
  let dataSource: DataSource;
  let config: AppConfig;

  const entriesOf = (caseId: string) =>
    dataSource.query<{ entry_number: number; source: string; sources: string[]; description: string }[]>(
      'SELECT entry_number, source, sources, description FROM docket_entries WHERE case_id = $1 ORDER BY entry_number',
      [caseId],
    );
  const eventsOf = async (caseId: string, type = DomainEventType.DocketEntryCreated) =>
    dataSource.getRepository(DomainEvent).countBy({ caseId, type });
  const sourceRow = (id: string) => dataSource.getRepository(CaseSource).findOneByOrFail({ id });
  const follow = async (docketId: number) => (await sources.follow(String(docketId))).source;

  beforeAll(async () => {
    replay = await CourtListenerReplay.start();
    ctx = await createTestContext({
      imports: [CourtListenerModule],
      entities: [
        ...CASES_ENTITIES,
        DomainEvent,
        ...DOCUMENTS_ENTITIES,
        ...CITATIONS_ENTITIES,
        ...COURTLISTENER_ENTITIES,
      ],
      config: {
        allowPrivateTargets: true,
        courtListener: replayConfig(replay, { webhookSecret: SECRET }),
      },
    });
    sut = ctx.app.get(CourtListenerSyncService);
    sources = ctx.app.get(CaseSourcesService);
    dataSource = ctx.app.get(DataSource);
    config = ctx.config;
  });

  afterAll(async () => {
    await ctx.close();
    await replay.stop();
  });

  it('backfills a 1,000-entry docket by cursor pages, then syncs only what changed', async () => {
    replay.addDocket(1001, generatedEntries(1000));
    const docketId = parseDocketReference({
      url: 'https://www.courtlistener.com/docket/1001/the-new-york-times-company-v-microsoft-corporation/',
    });
    expect(docketId).toBe('1001');
    const followed = await sources.follow(docketId);
    expect(followed).toMatchObject({ created: true, caseCreated: true });
    expect(followed.source.caseSlug).toBe('the-new-york-times-company-v-microsoft-corporation');

    const started = Date.now();
    const first = await sut.sync(followed.source.id);
    const seconds = (Date.now() - started) / 1000;
    if (process.env['COURTLISTENER_BENCH_VERBOSE']) process.stdout.write(`backfill of 1,000 entries: ${seconds} s\n`);
    expect(first).toMatchObject({
      pages: 50,
      entries: { created: 1000, updated: 0, unchanged: 0, skipped: 0 },
      events: 1000,
      backfilled: true,
    });
    const rows = await entriesOf(followed.source.caseId);
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.entry_number)).size).toBe(1000);
    expect(rows.every((r) => r.source === 'courtlistener' && r.sources.join() === 'courtlistener')).toBe(true);
    expect(rows[0].description).toMatch(/^COMPLAINT against Microsoft/);
    const parties = await dataSource.query<
      { name: string; role: string; attorneys: { name: string; roles: string[] }[] }[]
    >(
      `SELECT p.name, cp.role, cp.attorneys FROM case_parties cp JOIN parties p ON p.id = cp.party_id
        WHERE cp.case_id = $1 ORDER BY p.name`,
      [followed.source.caseId],
    );
    expect(parties.map((p) => [p.name, p.role])).toEqual([
      ['Microsoft Corporation', 'defendant'],
      ['OpenAI, Inc.', 'defendant'],
      ['The New York Times Company', 'plaintiff'],
    ]);
    expect(parties[2].attorneys).toEqual([expect.objectContaining({ name: 'Ian Crosby', roles: ['LEAD ATTORNEY'] })]);

    const state = await sourceRow(followed.source.id);
    expect(state.cursor).toBeNull();
    expect(state.backfilledAt).not.toBeNull();
    expect(state.lastModified).not.toBeNull();

    // Nothing new: the docket answers 304, the entries since the watermark are unchanged, no event.
    const before = replay.requests.length;
    const again = await sut.sync(followed.source.id);
    expect(again).toMatchObject({ docketNotModified: true, pages: 1, events: 0, entries: { created: 0, updated: 0 } });
    const asked = replay.requests.slice(before).map((r) => r.path);
    expect(asked.some((p) => p.includes('date_modified__gte='))).toBe(true);
    expect(asked.some((p) => p.startsWith('/api/rest/v4/parties/'))).toBe(false);
  });

  it('adds one new entry and its PDF incrementally: one event, one document attached to the entry', async () => {
    replay.addDocket(1002, [entry(4_000_001, 1, 10), entry(4_000_002, 2, 11)]);
    const source = await follow(1002);
    await sut.sync(source.id);
    const pdf = fs.readFileSync(corpusPath('filings', 'pdf', PDF));
    replay.storage.set(
      'recap/gov.uscourts.nysd.612697/gov.uscourts.nysd.612697.3.0.pdf',
      corpusPath('filings', 'pdf', PDF),
    );
    replay.addEntry(
      1002,
      entry(4_000_003, 3, 50, {
        description: 'OPINION AND ORDER on fair use.',
        documents: [
          {
            id: 4_500_003,
            description: 'Opinion and Order',
            filepathLocal: 'recap/gov.uscourts.nysd.612697/gov.uscourts.nysd.612697.3.0.pdf',
            sha1: createHash('sha1').update(pdf).digest('hex'),
            pageCount: 32,
          },
        ],
      }),
    );
    const eventsBefore = await eventsOf(source.caseId);
    const result = await sut.sync(source.id);
    expect(result).toMatchObject({
      events: 1,
      entries: { created: 1 },
      documents: { ingested: 1, duplicates: 0, failed: 0 },
    });
    expect((await eventsOf(source.caseId)) - eventsBefore).toBe(1);
    const documents = await dataSource.getRepository(Document).findBy({ caseId: source.caseId });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      entryNumber: 3,
      title: 'Opinion and Order',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      status: 'received',
    });
    const extractJobs = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`,
      [JobName.DocumentExtract, documents[0].id],
    );
    expect(extractJobs[0].n).toBe(1);

    // The same PDF again later (another sync): no second document, no second download.
    const downloads = replay.count('/storage/');
    await sut.sync(source.id);
    expect(replay.count('/storage/')).toBe(downloads);
    expect(await dataSource.getRepository(Document).countBy({ caseId: source.caseId })).toBe(1);
  });

  it('records a PDF the storage does not have as failed, and the sync goes on', async () => {
    replay.addDocket(1009, [
      entry(4_700_001, 1, 1, {
        documents: [
          { id: 4_700_501, description: 'Complaint', filepathLocal: 'recap/missing/complaint.pdf', sha1: '' },
        ],
      }),
    ]);
    const source = await follow(1009);
    const result = await sut.sync(source.id);
    expect(result).toMatchObject({ entries: { created: 1 }, documents: { ingested: 0, failed: 1 } });
    expect(
      await dataSource.getRepository(RecapDocumentState).findOneByOrFail({ recapDocumentId: '4700501' }),
    ).toMatchObject({
      status: 'failed',
      error: "not in CourtListener's storage: recap/missing/complaint.pdf",
    });
    // Not retried by the next sync.
    expect((await sut.sync(source.id)).documents.failed).toBe(0);
  });

  it('merges with entries a PACER feed brought: one entry per number, every source recorded', async () => {
    replay.addDocket(1003, [entry(4_100_001, 1, 1), entry(4_100_002, 2, 2, { pacerSequenceNumber: 7 })]);
    const source = await follow(1003);
    await dataSource.transaction((manager) =>
      ctx.app.get(DocketEntriesService).upsert(
        manager,
        source.caseId,
        [
          {
            entryNumber: 2,
            dateFiled: '2024-02-01',
            description: 'Order',
            shortDescription: 'Order',
            entryType: 'order',
          },
        ],
        { source: DocketEntrySource.Rss, caseRef: { courtId: 'nysd', docketNumber: '1:24-cv-01003' } },
      ),
    );
    const result = await sut.sync(source.id);
    expect(result.entries).toMatchObject({ created: 1, updated: 1 });
    const rows = await entriesOf(source.caseId);
    expect(rows.map((r) => [r.entry_number, r.source, r.sources])).toEqual([
      [1, 'courtlistener', ['courtlistener']],
      [2, 'courtlistener', ['rss', 'courtlistener']],
    ]);
    expect(rows[1].description).toBe('ORDER number 2');
  });

  it('waits as long as a 429 Retry-After asks, then goes on', async () => {
    replay.addDocket(1004, [entry(4_200_001, 1, 1)]);
    const source = await follow(1004);
    replay.faults.push({
      match: (p) => p.startsWith('/api/rest/v4/docket-entries/?docket=1004'),
      kind: 'rate_limit',
      retryAfterSeconds: 1,
      times: 1,
    });
    const from = replay.requests.length;
    const result = await sut.sync(source.id);
    expect(result.entries.created).toBe(1);
    const tries = replay.requests
      .slice(from)
      .filter((r) => r.path.startsWith('/api/rest/v4/docket-entries/?docket=1004'));
    expect(tries).toHaveLength(2);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(1000);

    // A Retry-After longer than the configured maximum fails the sync with its own code instead of sleeping.
    replay.faults.push({
      match: (p) => p.startsWith('/api/rest/v4/dockets/1004/'),
      kind: 'rate_limit',
      retryAfterSeconds: 3600,
      times: 1,
    });
    await expect(sut.sync(source.id)).rejects.toMatchObject({ code: CourtListenerErrorCode.RateLimited });
    expect((await sourceRow(source.id)).lastError).toMatch(/^courtlistener_rate_limited: /);
  });

  it('resumes a sync whose server died half-way, without duplicates', async () => {
    replay.addDocket(1005, generatedEntries(100, 5_000_000));
    const source = await follow(1005);
    replay.dieAfterEntryPages(2);
    await expect(sut.sync(source.id)).rejects.toMatchObject({ code: CourtListenerErrorCode.Unavailable });
    expect(await entriesOf(source.caseId)).toHaveLength(40);
    const stopped = await sourceRow(source.id);
    expect(stopped.cursor).toContain('cursor=');
    expect(stopped.backfilledAt).toBeNull();
    expect(stopped.lastError).toMatch(/^courtlistener_unavailable: /);

    await replay.up();
    const resumed = await sut.sync(source.id);
    expect(resumed.entries.created).toBe(60);
    const rows = await entriesOf(source.caseId);
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.entry_number)).size).toBe(100);
    expect(await eventsOf(source.caseId)).toBe(100);
    const resumedAt = replay.requests.filter((r) => r.path.startsWith('/api/rest/v4/docket-entries/?docket=1005'));
    expect(resumedAt.at(-3)?.path).toContain('cursor=');
  });

  it('fails on malformed JSON with a reason and writes nothing', async () => {
    replay.addDocket(1006, [entry(4_300_001, 1, 1), entry(4_300_002, 2, 2)]);
    const source = await follow(1006);
    const partiesBefore = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM case_parties WHERE case_id = $1',
      [source.caseId],
    );
    for (const kind of ['malformed_json', 'wrong_shape'] as const) {
      replay.faults.push({ match: (p) => p.startsWith('/api/rest/v4/docket-entries/?docket=1006'), kind, times: 1 });
      await expect(sut.sync(source.id)).rejects.toMatchObject({ code: CourtListenerErrorCode.MalformedResponse });
      const state = await sourceRow(source.id);
      expect(state.lastError).toMatch(kind === 'malformed_json' ? /is not JSON/ : /\$\.results should be an array/);
      expect(state.modifiedSince).toBeNull();
      expect(await entriesOf(source.caseId)).toHaveLength(0);
      expect(await eventsOf(source.caseId)).toBe(0);
      const parties = await dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM case_parties WHERE case_id = $1',
        [source.caseId],
      );
      expect(parties[0].n).toBe(partiesBefore[0].n);
    }
    // The next sync, with CourtListener well again, writes everything.
    expect((await sut.sync(source.id)).entries.created).toBe(2);
  });

  it('stops at the hourly budget', async () => {
    replay.addDocket(1007, [entry(4_400_001, 1, 1)]);
    const source = await follow(1007);
    const used = await dataSource.query<{ requests: number }[]>(
      'SELECT max(requests) AS requests FROM courtlistener_request_budget',
    );
    const saved = config.courtListener.hourlyBudget;
    config.courtListener.hourlyBudget = used[0].requests;
    try {
      await expect(sut.sync(source.id)).rejects.toMatchObject({ code: CourtListenerErrorCode.BudgetExhausted });
    } finally {
      config.courtListener.hourlyBudget = saved;
    }
  });

  it('queues one sync for the same webhook sent twice', async () => {
    replay.addDocket(1008, [entry(4_600_001, 1, 1)]);
    const source = await follow(1008);
    const hooks = ctx.app.get(CourtListenerWebhooksService);
    const body = {
      webhook: { version: 2, event_type: 1, date_created: '2024-01-02T10:00:00-08:00', deprecation_date: null },
      payload: { results: [{ id: 4_600_002, docket: 1008, entry_number: 2, recap_documents: [] }] },
    };
    const request = {
      secret: SECRET,
      remoteAddress: '127.0.0.1',
      idempotencyKey: '59f1be59-e428-427a-a346-9cacded5c1d4',
      body,
    };
    expect(await hooks.receive(request)).toEqual({
      duplicate: false,
      eventType: 1,
      docketIds: ['1008'],
      syncsQueued: 1,
    });
    expect(await hooks.receive(request)).toMatchObject({ duplicate: true, syncsQueued: 0 });
    const jobs = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'sourceId' = $2 AND data->>'trigger' = 'webhook'`,
      [JobName.CourtListenerSync, source.id],
    );
    expect(jobs[0].n).toBe(1);
    await expect(hooks.receive({ ...request, secret: 'b'.repeat(40) })).rejects.toMatchObject({
      code: CourtListenerErrorCode.WebhookNotFound,
    });
    await expect(hooks.receive({ ...request, idempotencyKey: undefined })).rejects.toMatchObject({
      code: CourtListenerErrorCode.MissingIdempotencyKey,
    });
    await expect(hooks.receive({ ...request, idempotencyKey: 'k2', body: { payload: {} } })).rejects.toMatchObject({
      code: CourtListenerErrorCode.InvalidWebhookPayload,
    });
  });

  it('unfollows a docket: no longer scheduled, a queued sync writes nothing, its entries stay', async () => {
    replay.addDocket(1012, [entry(4_700_001, 1, 1), entry(4_700_002, 2, 2)]);
    replay.addDocket(1010, [entry(4_710_001, 1, 1)]);
    const unfollowed = await follow(1012);
    const kept = await follow(1010);
    const handlers = ctx.app.get(CourtListenerJobHandlers);
    const jobs = ctx.app.get(JobsService);
    expect(await handlers.runSync(unfollowed.id)).toBe(true);
    expect(await handlers.runSync(kept.id)).toBe(true);
    // Those were the follow jobs' syncs: mark them done as the worker would, so only the schedule decides.
    await dataSource.query(
      `UPDATE pgboss.job SET state = 'completed', completed_on = now() WHERE name = $1 AND data->>'sourceId' = ANY($2)`,
      [JobName.CourtListenerSync, [unfollowed.id, kept.id]],
    );
    replay.addEntry(1012, entry(4_700_003, 3, 3));

    await expect(sources.unfollow('no-such-case', unfollowed.id)).rejects.toMatchObject({ code: 'case_not_found' });
    await expect(sources.unfollow(kept.caseSlug, unfollowed.id)).rejects.toMatchObject({
      code: CourtListenerErrorCode.SourceNotFound,
    });
    await expect(sources.unfollow(unfollowed.caseSlug, 'not-a-uuid')).rejects.toMatchObject({
      code: CourtListenerErrorCode.SourceNotFound,
    });
    await sources.unfollow(unfollowed.caseSlug, unfollowed.id);
    await expect(sources.unfollow(unfollowed.caseSlug, unfollowed.id)).rejects.toMatchObject({
      code: CourtListenerErrorCode.SourceNotFound,
    });
    expect(await dataSource.getRepository(CaseSource).countBy({ id: unfollowed.id })).toBe(0);
    expect((await sources.list(unfollowed.caseSlug)).map((s) => s.id)).toEqual([]);

    const scheduled = async (id: string) =>
      (
        await dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'sourceId' = $2 AND data->>'trigger' = 'schedule'`,
          [JobName.CourtListenerSync, id],
        )
      )[0].n;
    await handlers.queueDue(jobs, new Date(Date.now() + 48 * 3600_000));
    expect(await scheduled(kept.id)).toBe(1);
    expect(await scheduled(unfollowed.id)).toBe(0);

    // A sync queued before the unfollow runs now: it asks CourtListener nothing and writes nothing.
    const requests = replay.requests.length;
    const events = await eventsOf(unfollowed.caseId);
    expect(await handlers.runSync(unfollowed.id)).toBe(false);
    expect(replay.requests.length).toBe(requests);
    expect(await eventsOf(unfollowed.caseId)).toBe(events);
    expect((await entriesOf(unfollowed.caseId)).map((e) => e.entry_number)).toEqual([1, 2]);
  });

  it('deletes the followed dockets of a deleted case (foreign key)', async () => {
    replay.addDocket(1011, [entry(4_720_001, 1, 1)]);
    const source = await follow(1011);
    await dataSource.query('DELETE FROM cases WHERE id = $1', [source.caseId]);
    expect(await dataSource.getRepository(CaseSource).countBy({ id: source.id })).toBe(0);
  });

  it('refuses an unknown docket and writes nothing', async () => {
    await expect(sources.follow('999999')).rejects.toMatchObject({ code: CourtListenerErrorCode.DocketNotFound });
    expect(await dataSource.getRepository(CaseSource).countBy({ externalId: '999999' })).toBe(0);
  });
});
