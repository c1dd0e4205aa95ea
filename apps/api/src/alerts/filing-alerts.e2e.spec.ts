import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { startWorkers } from '@casetrail/runtime';
import { corpusPath, waitFor, WebhookReceiver } from '@casetrail/testing';
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

const COMPLAINT = 'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf';
const ORDER = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';

/** What a subscriber's receiver does: recompute the HMAC over "<t>.<raw body>" and compare. */
function receiverVerifies(header: string, rawBody: string, secret: string): boolean {
  const parts = header.split(',').map((p) => p.split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

describe('alerts for real filings: upload, extraction, matching and a signed webhook', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  let key: string;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 10_000 } });
    await api.app.get(SeedService).seed();
    await startWorkers(api.app);
    receiver = await WebhookReceiver.start();
    key = await api.keyWithScope(ApiKeyScope.Ingest);
  });

  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  const subscribe = (body: object) =>
    request(api.server).post('/api/v1/subscriptions').set('Authorization', `Bearer ${key}`).send(body).expect(201);
  const upload = (file: string) =>
    request(api.server)
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${key}`)
      .attach('file', fs.readFileSync(corpusPath('filings', 'pdf', file)), file);

  it('delivers one verifiable webhook per matching filing, and none for a non-match or an excluded type', async () => {
    const followCase = (
      await subscribe({
        target: { type: 'case', case: 'bartz-v-anthropic' },
        channel: { type: 'webhook', url: receiver.url('/case') },
      })
    ).body;
    const search = (
      await subscribe({
        target: { type: 'search', q: '"Pirate Library Mirror"' },
        channel: { type: 'webhook', url: receiver.url('/search') },
      })
    ).body;
    await subscribe({
      target: { type: 'case', case: 'bartz-v-anthropic' },
      excludeDocumentTypes: ['order'],
      channel: { type: 'webhook', url: receiver.url('/no-orders') },
    });

    const complaint = (await upload(COMPLAINT).expect(201)).body;
    const order = (await upload(ORDER).expect(201)).body;

    const caseHooks = await waitFor(() => (receiver.to('/case').length >= 2 ? receiver.to('/case') : undefined), {
      message: 'two webhooks for the followed case',
      timeoutMs: 60_000,
    });
    await waitFor(() => receiver.to('/search')[0], { message: 'the search subscription webhook', timeoutMs: 60_000 });
    await waitFor(() => receiver.to('/no-orders')[0], {
      message: 'the complaint webhook of the type-filtered subscription',
      timeoutMs: 60_000,
    });
    // Let any wrong extra delivery arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    for (const hook of caseHooks) {
      expect(receiverVerifies(String(hook.headers['casetrail-signature']), hook.rawBody, followCase.secret)).toBe(true);
      expect(receiverVerifies(String(hook.headers['casetrail-signature']), hook.rawBody, 'whsec_not-the-secret')).toBe(
        false,
      );
    }
    const bodies = receiver.to('/case').map(
      (h) =>
        JSON.parse(h.rawBody) as {
          type: string;
          sequence: number;
          subscriptionId: string;
          data: { event: { payload: { documentId?: string } } };
        },
    );
    expect(bodies.map((b) => b.type)).toEqual(['document.created', 'document.created']);
    expect(bodies.map((b) => b.sequence)).toEqual([1, 2]);
    expect(bodies.map((b) => b.data.event.payload.documentId).sort()).toEqual([complaint.id, order.id].sort());
    expect(new Set(receiver.to('/case').map((h) => h.headers['idempotency-key'])).size).toBe(2);

    const searchHits = receiver
      .to('/search')
      .map((h) => JSON.parse(h.rawBody) as { data: { event: { payload: { documentId?: string } } } });
    expect(searchHits.map((b) => b.data.event.payload.documentId)).toEqual([order.id]);
    expect(
      receiverVerifies(
        String(receiver.to('/search')[0].headers['casetrail-signature']),
        receiver.to('/search')[0].rawBody,
        search.secret,
      ),
    ).toBe(true);

    const filtered = receiver
      .to('/no-orders')
      .map((h) => JSON.parse(h.rawBody) as { data: { event: { payload: { documentId?: string } } } });
    expect(filtered.map((b) => b.data.event.payload.documentId)).toEqual([complaint.id]);
  }, 180_000);
});
