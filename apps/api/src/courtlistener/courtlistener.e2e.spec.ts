import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { CourtListenerReplay, EntrySpec, replayConfig } from '@casetrail/courtlistener/testing';
import { JobName } from '@casetrail/jobs';
import { startWorkers } from '@casetrail/runtime';
import { corpusPath, waitFor, WebhookReceiver } from '@casetrail/testing';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

const SECRET = 'cl_hook_0123456789abcdefghijklmnopqrstuv';
const PDF = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';
const PDF_PATH = 'recap/gov.uscourts.nysd.612697/gov.uscourts.nysd.612697.3.0.pdf';

const entry = (id: number, n: number, modifiedAt: number, extra: Partial<EntrySpec> = {}): EntrySpec => ({
  id,
  entryNumber: n,
  dateFiled: '2024-02-01',
  description: `LETTER number ${n}`,
  modifiedAt,
  ...extra,
});

/** A docket alert webhook as CourtListener sends it (cl/users/templates/includes/docket_alert_webhook_dummy.txt). */
const docketAlert = (docketId: number) => ({
  payload: { results: [{ id: 7_000_003, docket: docketId, entry_number: 3, recap_documents: [] }] },
  webhook: { version: 2, event_type: 1, date_created: '2022-10-11T14:21:40.855097-07:00', deprecation_date: null },
});

describe('CourtListener intake over HTTP (API, worker, replay, alerts)', () => {
  let api: TestApi;
  let replay: CourtListenerReplay;
  let receiver: WebhookReceiver;
  let ingest: string;
  let dataSource: DataSource;
  const post = (path: string, body: unknown) =>
    request(api.server)
      .post(path)
      .set('Authorization', `Bearer ${ingest}`)
      .send(body as object);
  const sourcesOf = async (slug: string) =>
    (await request(api.server).get(`/api/v1/cases/${slug}/sources`).expect(200)).body.items as {
      id: string;
      lastStatus: string;
      lastResult: Record<string, unknown> | null;
    }[];

  beforeAll(async () => {
    replay = await CourtListenerReplay.start();
    receiver = await WebhookReceiver.start();
    api = await createTestApi({
      rateLimit: { windowSeconds: 60, maxRequests: 10_000 },
      courtListener: replayConfig(replay, { webhookSecret: SECRET }),
    });
    await api.app.get(SeedService).seed();
    await startWorkers(api.app);
    ingest = await api.keyWithScope(ApiKeyScope.Ingest);
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
    await replay.stop();
    await receiver.stop();
  });

  it('refuses bad references with 4xx codes and writes nothing', async () => {
    await post('/api/v1/cases', {
      caption: 'Doe v. Example AI',
      slug: 'doe-v-example-ai',
      shortName: 'Doe',
      court: 'cand',
      docketNumber: '3:24-cv-00001',
    }).expect(201);
    const cases = [
      [{ courtListener: { url: 'https://example.org/not-a-docket/' } }, 400, 'invalid_docket_reference'],
      [
        { courtListener: { docketId: 1, url: 'https://www.courtlistener.com/docket/1/x/' } },
        400,
        'invalid_docket_reference',
      ],
      [{ courtListener: { docketId: -4 } }, 400, 'validation_failed'],
      [{}, 400, 'validation_failed'],
      [{ courtListener: { docketId: 424242 } }, 422, 'courtlistener_docket_not_found'],
    ] as const;
    for (const [body, status, code] of cases) {
      const answer = await post('/api/v1/cases/doe-v-example-ai/sources', body).expect(status);
      expect(answer.body.error.code).toBe(code);
    }
    expect(await sourcesOf('doe-v-example-ai')).toEqual([]);
    const unknownCase = await post('/api/v1/cases/no-such-case/sources', { courtListener: { docketId: 5 } }).expect(
      404,
    );
    expect(unknownCase.body.error.code).toBe('case_not_found');
  });

  it('follows a docket, syncs it in the worker, and an incremental sync from a webhook adds one entry and one PDF: one event, one alert delivery', async () => {
    replay.addDocket(2001, [entry(7_000_001, 1, 1), entry(7_000_002, 2, 2)]);
    await post('/api/v1/cases', {
      caption: 'Times v. Microsoft',
      slug: 'times-v-microsoft',
      shortName: 'Times',
      court: 'nysd',
      docketNumber: '1:24-cv-02001',
    }).expect(201);
    const followed = await post('/api/v1/cases/times-v-microsoft/sources', {
      courtListener: {
        url: 'https://www.courtlistener.com/docket/2001/the-new-york-times-company-v-microsoft-corporation/',
      },
    }).expect(201);
    expect(followed.body).toMatchObject({ created: true, caseCreated: false, source: { docketId: '2001' } });
    const again = await post('/api/v1/cases/times-v-microsoft/sources', { courtListener: { docketId: 2001 } }).expect(
      201,
    );
    expect(again.body.created).toBe(false);
    await waitFor(async () => (await sourcesOf('times-v-microsoft'))[0]?.lastStatus === 'ok' || null, {
      message: 'the first sync never finished',
    });
    const docket = await request(api.server).get('/api/v1/cases/times-v-microsoft/docket').expect(200);
    expect(
      docket.body.items.map((e: { entryNumber: number; sources: string[] }) => [e.entryNumber, e.sources]),
    ).toEqual([
      [1, ['courtlistener']],
      [2, ['courtlistener']],
    ]);

    const subscription = await post('/api/v1/subscriptions', {
      target: { type: 'case', case: 'times-v-microsoft' },
      channel: { type: 'webhook', url: receiver.url('/times') },
      eventTypes: ['docket_entry.created'],
    }).expect(201);

    const pdf = fs.readFileSync(corpusPath('filings', 'pdf', PDF));
    replay.storage.set(PDF_PATH, corpusPath('filings', 'pdf', PDF));
    replay.addEntry(
      2001,
      entry(7_000_003, 3, 30, {
        description: 'OPINION AND ORDER on fair use.',
        documents: [
          {
            id: 7_500_003,
            description: 'Opinion and Order',
            filepathLocal: PDF_PATH,
            sha1: createHash('sha1').update(pdf).digest('hex'),
          },
        ],
      }),
    );
    // The same webhook twice (CourtListener retries): one sync.
    for (const duplicate of [false, true]) {
      const hook = await request(api.server)
        .post(`/api/v1/hooks/courtlistener/${SECRET}`)
        .set('Idempotency-Key', '59f1be59-e428-427a-a346-9cacded5c1d4')
        .send(docketAlert(2001))
        .expect(200);
      expect(hook.body).toEqual({ duplicate, eventType: 1, docketIds: ['2001'], syncsQueued: duplicate ? 0 : 1 });
    }
    const syncJobs = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'trigger' = 'webhook'`,
      [JobName.CourtListenerSync],
    );
    expect(syncJobs[0].n).toBe(1);

    const [delivery] = await waitFor(async () => (receiver.to('/times').length > 0 ? receiver.to('/times') : null), {
      message: 'no alert delivery for the new entry',
    });
    expect(JSON.parse(delivery.rawBody)).toMatchObject({
      type: 'docket_entry.created',
      data: { event: { payload: { source: 'courtlistener', entry: { entryNumber: 3 } } } },
    });
    const caseId = followed.body.source.caseId as string;
    const document = await waitFor(
      async () => {
        const rows = await dataSource.query<{ id: string; status: string; entry_number: number }[]>(
          `SELECT id, status, entry_number FROM documents WHERE case_id = $1`,
          [caseId],
        );
        return rows[0]?.status === 'extracted' ? rows : null;
      },
      { message: 'the RECAP PDF was never extracted', timeoutMs: 60_000 },
    );
    expect(document).toHaveLength(1);
    expect(document[0].entry_number).toBe(3);
    const events = await dataSource.query<{ type: string; n: number }[]>(
      `SELECT type, count(*)::int AS n FROM domain_events WHERE case_id = $1 AND type IN ('docket_entry.created', 'docket_entry.updated', 'document.created')
        GROUP BY type ORDER BY type`,
      [caseId],
    );
    // Entries 1 and 2 from the first sync, entry 3 from the webhook's sync; the PDF became one document.created
    // (its extraction also records citation.created events, which the subscription's eventTypes leave out).
    expect(events).toEqual([
      { type: 'docket_entry.created', n: 3 },
      { type: 'document.created', n: 1 },
    ]);
    const deliveries = await request(api.server)
      .get(`/api/v1/subscriptions/${subscription.body.id}/deliveries`)
      .set('Authorization', `Bearer ${ingest}`)
      .expect(200);
    expect(deliveries.body.items).toHaveLength(1);
    expect(receiver.to('/times')).toHaveLength(1);

    const onDemand = await post('/api/v1/cases/times-v-microsoft/sources/sync', {}).expect(202);
    expect(onDemand.body.syncs).toEqual([{ sourceId: followed.body.source.id, outcome: expect.any(String) }]);
  });

  it('unfollows a docket over HTTP: 204, its entries stay, 404 with a code for an unknown case or source', async () => {
    replay.addDocket(2002, [entry(7_100_001, 1, 1)]);
    await post('/api/v1/cases', {
      caption: 'Roe v. Sample Labs',
      slug: 'roe-v-sample-labs',
      shortName: 'Roe',
      court: 'cand',
      docketNumber: '3:24-cv-02002',
    }).expect(201);
    const followed = await post('/api/v1/cases/roe-v-sample-labs/sources', {
      courtListener: { docketId: 2002 },
    }).expect(201);
    const sourceId = (followed.body as { source: { id: string } }).source.id;
    await waitFor(async () => (await sourcesOf('roe-v-sample-labs'))[0]?.lastStatus === 'ok' || null, {
      message: 'the first sync never finished',
    });
    const remove = (path: string, key = ingest) =>
      request(api.server).delete(path).set('Authorization', `Bearer ${key}`);

    const refused = [
      [`/api/v1/cases/no-such-case/sources/${sourceId}`, 'case_not_found'],
      ['/api/v1/cases/roe-v-sample-labs/sources/0b6f4a56-5a0b-4c43-9d6e-8a5e8e0e6f11', 'case_source_not_found'],
      ['/api/v1/cases/roe-v-sample-labs/sources/not-a-uuid', 'case_source_not_found'],
      [`/api/v1/cases/doe-v-example-ai/sources/${sourceId}`, 'case_source_not_found'],
    ] as const;
    for (const [path, code] of refused) {
      expect((await remove(path).expect(404)).body.error.code).toBe(code);
    }
    const reader = await api.keyWithScope(ApiKeyScope.Read);
    await remove(`/api/v1/cases/roe-v-sample-labs/sources/${sourceId}`, reader).expect(403);
    expect(await sourcesOf('roe-v-sample-labs')).toHaveLength(1);

    const removed = await remove(`/api/v1/cases/roe-v-sample-labs/sources/${sourceId}`).expect(204);
    expect(removed.text).toBe('');
    expect(await sourcesOf('roe-v-sample-labs')).toEqual([]);
    const docket = await request(api.server).get('/api/v1/cases/roe-v-sample-labs/docket').expect(200);
    expect(docket.body.items.map((e: { entryNumber: number }) => e.entryNumber)).toEqual([1]);
    const again = await remove(`/api/v1/cases/roe-v-sample-labs/sources/${sourceId}`).expect(404);
    expect(again.body.error.code).toBe('case_source_not_found');
    const sync = await post('/api/v1/cases/roe-v-sample-labs/sources/sync', {}).expect(404);
    expect(sync.body.error.code).toBe('case_source_not_found');
  });

  it('answers a wrong secret as an unknown route and a missing Idempotency-Key with 400', async () => {
    const wrong = await request(api.server)
      .post(`/api/v1/hooks/courtlistener/${'x'.repeat(40)}`)
      .set('Idempotency-Key', 'k1')
      .send(docketAlert(2001))
      .expect(404);
    expect(wrong.body.error.code).toBe('webhook_not_found');
    const noKey = await request(api.server)
      .post(`/api/v1/hooks/courtlistener/${SECRET}`)
      .send(docketAlert(2001))
      .expect(400);
    expect(noKey.body.error.code).toBe('missing_idempotency_key');
    const bad = await request(api.server)
      .post(`/api/v1/hooks/courtlistener/${SECRET}`)
      .set('Idempotency-Key', 'k2')
      .send({ hello: 'world' })
      .expect(400);
    expect(bad.body.error.code).toBe('invalid_webhook_payload');
  });
});
