import { verifySignature } from '@casetrail/alerts';
import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { DomainEventType, EventsService } from '@casetrail/events';
import { startWorkers } from '@casetrail/runtime';
import { corpusPath, waitFor, WebhookReceiver } from '@casetrail/testing';
import fs from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

describe('alerts API over HTTP', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  let key: string;
  let otherKey: string;
  let adminKey: string;

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    await startWorkers(api.app);
    receiver = await WebhookReceiver.start();
    key = await api.keyWithScope(ApiKeyScope.Ingest);
    otherKey = await api.keyWithScope(ApiKeyScope.Ingest);
    adminKey = await api.keyWithScope(ApiKeyScope.Admin);
  });

  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  const as = (k: string) => ({ Authorization: `Bearer ${k}` });
  const create = (body: object, k = key) => request(api.server).post('/api/v1/subscriptions').set(as(k)).send(body);

  async function recordDocument(slug: string, title: string, documentType: string): Promise<void> {
    const { body } = await request(api.server).get(`/api/v1/cases/${slug}`).expect(200);
    const events = api.app.get(EventsService);
    await api.app.get(DataSource).transaction((manager) =>
      events.record(manager, [
        {
          type: DomainEventType.DocumentCreated,
          caseId: body.id,
          subjectId: `doc-${title}`,
          payload: {
            documentId: `doc-${title}`,
            caseId: body.id,
            title,
            documentType,
            filedOn: '2025-06-02',
            entryNumber: null,
            pageCount: 1,
          },
        },
      ]),
    );
  }

  it('creates a webhook subscription, showing the secret and feed token once', async () => {
    const { body } = await create({
      target: { type: 'case', case: 'nyt-v-microsoft-openai' },
      channel: { type: 'webhook', url: receiver.url('/api') },
      excludeDocumentTypes: ['certificate_of_service'],
      note: 'for the newsroom',
      tags: ['nyt'],
    }).expect(201);
    expect(body).toMatchObject({
      target: { type: 'case', slug: 'nyt-v-microsoft-openai' },
      channel: { type: 'webhook', url: receiver.url('/api') },
      frequency: 'realtime',
      status: 'active',
      tags: ['nyt'],
      secret: expect.stringMatching(/^whsec_/),
      feedToken: expect.stringMatching(/^feed_/),
    });
    const shown = await request(api.server).get(`/api/v1/subscriptions/${body.id}`).set(as(key)).expect(200);
    expect(shown.body).not.toHaveProperty('secret');
    expect(shown.body).not.toHaveProperty('feedToken');
    expect(JSON.stringify(shown.body)).not.toContain(body.secret);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['private', 'http://10.0.0.1/hook'],
    ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
  ])('refuses a %s webhook URL when private targets are not allowed', async (_kind, url) => {
    api.config.allowPrivateTargets = false;
    try {
      const { body } = await create({
        target: { type: 'case', case: 'bartz-v-anthropic' },
        channel: { type: 'webhook', url },
      }).expect(400);
      expect(body.error.code).toBe('webhook_target_not_allowed');
      expect(body.error.details.address).toBe(new URL(url).hostname);
    } finally {
      api.config.allowPrivateTargets = true;
    }
  });

  it('validates targets and channels', async () => {
    const noQuery = await create({ target: { type: 'search' }, channel: { type: 'feed' } }).expect(400);
    expect(noQuery.body.error.code).toBe('invalid_subscription');
    const stopWords = await create({ target: { type: 'search', q: 'the of and' }, channel: { type: 'feed' } }).expect(
      400,
    );
    expect(stopWords.body.error.message).toContain('at least one word');
    const unknownCase = await create({
      target: { type: 'case', case: 'no-such-case' },
      channel: { type: 'feed' },
    }).expect(400);
    expect(unknownCase.body.error.code).toBe('alert_target_not_found');
    const stray = await create({ target: { type: 'party', name: 'OpenAI', q: 'x' }, channel: { type: 'feed' } }).expect(
      400,
    );
    expect(stray.body.error.details.fields).toEqual(['q']);
    const badType = await create({ target: { type: 'planet' }, channel: { type: 'feed' } }).expect(400);
    expect(badType.body.error.code).toBe('validation_failed');
    const noSmtp = await create({
      target: { type: 'judge', name: 'Sidney H. Stein' },
      channel: { type: 'email', email: 'a@example.org' },
    }).expect(400);
    expect(noSmtp.body.error.code).toBe('email_not_configured');
    const badEmail = await create({
      target: { type: 'judge', name: 'Sidney H. Stein' },
      channel: { type: 'email', email: 'not-an-address' },
    }).expect(400);
    expect(badEmail.body.error.code).toBe('validation_failed');
    const badFtp = await create({
      target: { type: 'judge', name: 'Sidney H. Stein' },
      channel: { type: 'webhook', url: 'ftp://example.org/x' },
    }).expect(400);
    expect(badFtp.body.error.code).toBe('invalid_subscription');
  });

  it('needs a key, and shows each key only its own subscriptions (admin sees all)', async () => {
    await request(api.server).get('/api/v1/subscriptions').expect(401);
    const { body: mine } = await create({
      target: { type: 'party', name: 'OpenAI, Inc.' },
      channel: { type: 'feed' },
    }).expect(201);
    await request(api.server).get(`/api/v1/subscriptions/${mine.id}`).set(as(otherKey)).expect(404);
    await request(api.server)
      .patch(`/api/v1/subscriptions/${mine.id}`)
      .set(as(otherKey))
      .send({ status: 'paused' })
      .expect(404);
    const others = await request(api.server).get('/api/v1/subscriptions').set(as(otherKey)).expect(200);
    expect(others.body.items.map((s: { id: string }) => s.id)).not.toContain(mine.id);
    const all = await request(api.server).get('/api/v1/subscriptions?limit=100').set(as(adminKey)).expect(200);
    expect(all.body.items.map((s: { id: string }) => s.id)).toContain(mine.id);
    await request(api.server).get('/api/v1/subscriptions?colour=red').set(as(key)).expect(400);
  });

  it('pauses and resumes with PATCH, filters the list, deletes', async () => {
    const { body } = await create({
      target: { type: 'judge', name: 'William Alsup' },
      channel: { type: 'feed' },
      tags: ['judges'],
    }).expect(201);
    const paused = await request(api.server)
      .patch(`/api/v1/subscriptions/${body.id}`)
      .set(as(key))
      .send({ status: 'paused' })
      .expect(200);
    expect(paused.body.status).toBe('paused');
    const listed = await request(api.server)
      .get('/api/v1/subscriptions?status=paused&tag=judges')
      .set(as(key))
      .expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([body.id]);
    const resumed = await request(api.server)
      .patch(`/api/v1/subscriptions/${body.id}`)
      .set(as(key))
      .send({ status: 'active', note: 'back on' })
      .expect(200);
    expect(resumed.body).toMatchObject({ status: 'active', note: 'back on' });
    await request(api.server)
      .patch(`/api/v1/subscriptions/${body.id}`)
      .set(as(key))
      .send({ status: 'failing' })
      .expect(400);
    await request(api.server).delete(`/api/v1/subscriptions/${body.id}`).set(as(key)).expect(204);
    await request(api.server).get(`/api/v1/subscriptions/${body.id}`).set(as(key)).expect(404);
  });

  it('delivers, lists deliveries with attempts, replays with the same idempotency key, and sends a test', async () => {
    const { body: sub } = await create({
      target: { type: 'case', case: 'kadrey-v-meta' },
      channel: { type: 'webhook', url: receiver.url('/flow') },
    }).expect(201);
    await recordDocument('kadrey-v-meta', 'Order on Fair Use', 'order');
    const delivered = await waitFor(
      async () => {
        const { body } = await request(api.server)
          .get(`/api/v1/subscriptions/${sub.id}/deliveries`)
          .set(as(key))
          .expect(200);
        return body.items[0]?.status === 'delivered' ? body.items[0] : null;
      },
      { message: 'the delivery never showed as delivered' },
    );
    expect(delivered).toMatchObject({ type: 'document.created', sequence: 1, attemptCount: 1 });
    expect(delivered.attempts).toEqual([
      expect.objectContaining({
        number: 1,
        outcome: 'succeeded',
        statusCode: 200,
        error: null,
        durationMs: expect.any(Number),
      }),
    ]);
    const [first] = receiver.to('/flow');
    expect(verifySignature(String(first.headers['casetrail-signature']), first.rawBody, sub.secret)).toBe(true);

    const replay = await request(api.server).post(`/api/v1/deliveries/${delivered.id}/replay`).set(as(key)).expect(202);
    expect(replay.body.status).toBe('pending');
    await waitFor(() => receiver.to('/flow').length === 2, { message: 'the replay never arrived' });
    const [again] = receiver.to('/flow').slice(1);
    expect(again.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
    expect(JSON.parse(again.rawBody)).toEqual(JSON.parse(first.rawBody));
    await request(api.server).post(`/api/v1/deliveries/${delivered.id}/replay`).set(as(otherKey)).expect(404);

    const test = await request(api.server).post(`/api/v1/subscriptions/${sub.id}/test`).set(as(key)).expect(202);
    expect(test.body).toMatchObject({ kind: 'test', type: 'subscription.test', sequence: 2 });
    await waitFor(() => receiver.to('/flow').some((r) => r.headers['casetrail-event'] === 'subscription.test'), {
      message: 'the test never arrived',
    });
  });

  it('rotates the secret and the feed token', async () => {
    const { body: sub } = await create({
      target: { type: 'case', case: 'bartz-v-anthropic' },
      channel: { type: 'webhook', url: receiver.url('/rot') },
    }).expect(201);
    const rotated = await request(api.server)
      .post(`/api/v1/subscriptions/${sub.id}/rotate-secret`)
      .set(as(key))
      .send({ graceSeconds: 600 })
      .expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(sub.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt)).toBeGreaterThan(Date.now());
    const token = await request(api.server)
      .post(`/api/v1/subscriptions/${sub.id}/rotate-feed-token`)
      .set(as(key))
      .expect(200);
    await request(api.server).get(`/api/v1/subscriptions/${sub.id}/feed.atom?token=${sub.feedToken}`).expect(401);
    await request(api.server)
      .get(`/api/v1/subscriptions/${sub.id}/feed.atom?token=${token.body.feedToken}`)
      .expect(200);
  });

  it('serves the Atom feed to a reader holding the token, without an API key', async () => {
    const { body: sub } = await create({
      target: { type: 'case', case: 'getty-images-v-stability-ai-ded' },
      channel: { type: 'feed' },
    }).expect(201);
    await recordDocument('getty-images-v-stability-ai-ded', 'Memorandum Opinion', 'opinion');
    const feed = await waitFor(
      async () => {
        const response = await request(api.server)
          .get(`/api/v1/subscriptions/${sub.id}/feed.atom?token=${encodeURIComponent(sub.feedToken)}`)
          .expect(200);
        return response.text.includes('<entry>') ? response : null;
      },
      { message: 'the feed never showed the entry' },
    );
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.text).toContain(
      '<title>New filing: Memorandum Opinion — Getty Images v. Stability AI (D. Del.)</title>',
    );
    const wrong = await request(api.server)
      .get(`/api/v1/subscriptions/${sub.id}/feed.atom?token=feed_nope`)
      .expect(401);
    expect(wrong.body.error.code).toBe('invalid_feed_token');
    await request(api.server).get(`/api/v1/subscriptions/${sub.id}/feed.atom`).expect(401);
  });

  it('alerts on docket entries imported from a real PACER docket report, filtered by party and entry type', async () => {
    const { body: sub } = await create({
      target: { type: 'party', name: 'Catalyst Pharmaceuticals, Inc.' },
      channel: { type: 'webhook', url: receiver.url('/pacer') },
      eventTypes: ['docket_entry.created'],
      includeDocumentTypes: ['complaint'],
    }).expect(201);
    const report = fs.readFileSync(corpusPath('pacer', 'dockets', 'njd_509180.html'), 'utf8');
    const imported = await request(api.server)
      .post('/api/v1/pacer/dockets')
      .set(as(key))
      .set('Content-Type', 'text/html')
      .send(report)
      .expect(200);
    expect(imported.body.events).toBe(161);
    const dataSource = api.app.get(DataSource);
    await waitFor(
      async () => {
        const [{ n }] = (await dataSource.query(
          `SELECT count(*)::int AS n FROM domain_events e JOIN alert_processed_events p ON p.event_id = e.id WHERE e.case_id = $1`,
          [imported.body.case.id],
        )) as { n: number }[];
        return n === 161;
      },
      { message: 'the 161 docket events were not all matched' },
    );
    const [{ n: complaints }] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM docket_entries WHERE case_id = $1 AND entry_type = 'complaint'`,
      [imported.body.case.id],
    )) as { n: number }[];
    expect(complaints).toBeGreaterThan(0);
    await waitFor(() => receiver.to('/pacer').length === complaints, {
      message: `expected ${complaints} complaint alert(s)`,
    });
    const bodies = receiver.to('/pacer').map((r) => JSON.parse(r.rawBody));
    expect(
      bodies.every((b) => b.type === 'docket_entry.created' && b.data.event.payload.entry.entryType === 'complaint'),
    ).toBe(true);
    expect(bodies[0].data.case).toMatchObject({ id: imported.body.case.id, court: 'njd' });
    const { body: listed } = await request(api.server)
      .get(`/api/v1/subscriptions/${sub.id}/deliveries`)
      .set(as(key))
      .expect(200);
    expect(listed.items).toHaveLength(complaints);
  });

  it('alerts on a new citation of a followed statute, given in any common spelling', async () => {
    const { body: sub } = await create({
      target: { type: 'citation', key: '17 USC 107' },
      channel: { type: 'feed' },
    }).expect(201);
    expect(sub.target.canonicalKey).toBe('17 U.S.C. § 107');
    const events = api.app.get(EventsService);
    await api.app.get(DataSource).transaction((manager) =>
      events.record(manager, [
        {
          type: DomainEventType.CitationCreated,
          caseId: null,
          subjectId: 'citation-1',
          payload: {
            key: '17 U.S.C. § 107',
            citationType: 'statute',
            sourceKind: 'document',
            sourceId: 'doc-x',
            page: 12,
            resolvedCaseId: null,
            resolvedTosClauseKey: null,
          },
        },
        {
          type: DomainEventType.CitationCreated,
          caseId: null,
          subjectId: 'citation-2',
          payload: {
            key: '17 U.S.C. § 106',
            citationType: 'statute',
            sourceKind: 'document',
            sourceId: 'doc-x',
            page: 13,
            resolvedCaseId: null,
            resolvedTosClauseKey: null,
          },
        },
      ]),
    );
    const feed = await waitFor(
      async () => {
        const response = await request(api.server)
          .get(`/api/v1/subscriptions/${sub.id}/feed.atom?token=${encodeURIComponent(sub.feedToken)}`)
          .expect(200);
        return response.text.includes('<entry>') ? response.text : null;
      },
      { message: 'the citation never reached the feed' },
    );
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('New citation of 17 U.S.C. § 107');
  });
});
