import { ApiKeyScope } from '@casetrail/auth';
import { startWorkers } from '@casetrail/runtime';
import { WebhookReceiver } from '@casetrail/testing';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

interface Hook {
  type: string;
  data: { event: { type: string; payload: Record<string, unknown> } };
}

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const terms = (resale: string, extra = '') =>
  `# Example AI Terms\n\nEffective: March 1, 2025\n\n## Restrictions\n\n1. ${resale}\n2. Do not reverse engineer the Services.\n${extra}`;

describe('alerts on terms-of-service changes (clause, document and saved-search subscriptions)', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  let key: string;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 10_000 } });
    await startWorkers(api.app);
    receiver = await WebhookReceiver.start();
    key = await api.keyWithScope(ApiKeyScope.Ingest);
  });

  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  const snapshot = (recordedAt: string, content: string) =>
    request(api.server)
      .post('/api/v1/tos/snapshots')
      .set('Authorization', `Bearer ${key}`)
      .send({ service: 'Example AI', documentType: 'Terms of Service', recordedAt, content });
  const subscribe = (target: object, path: string) =>
    request(api.server)
      .post('/api/v1/subscriptions')
      .set('Authorization', `Bearer ${key}`)
      .send({ target, channel: { type: 'webhook', url: receiver.url(path) } })
      .expect(201);
  const hooks = (path: string): Hook[] => receiver.to(path).map((h) => JSON.parse(h.rawBody) as Hook);

  it('tells the followers of a clause when its wording changes, and nobody about noise', async () => {
    const first = await snapshot('2025-03-01T00:00:00Z', terms('Do not resell the Services.')).expect(201);
    const version = await request(api.server)
      .get(`/api/v1/tos/example-ai/terms-of-service/versions/${first.body.version.id}`)
      .expect(200);
    const resale = version.body.clauses.find((c: { text: string }) => c.text.includes('resell'));
    const { body: catalog } = await request(api.server).get('/api/v1/tos').expect(200);
    const tosDocumentId = catalog.items[0].documents[0].id;

    await subscribe({ type: 'clause', tosDocumentId, clauseKey: resale.key }, '/clause');
    await subscribe({ type: 'tosDocument', tosDocumentId }, '/document');
    await subscribe({ type: 'search', q: 'lease', filters: { kind: 'tos' } }, '/search');

    await snapshot('2025-04-01T00:00:00Z', terms('Do not resell or lease the Services.', '3. Pay on time.\n')).expect(
      201,
    );
    const [clauseHook] = await waitFor(
      () => (hooks('/clause').length ? hooks('/clause') : undefined),
      'the clause webhook',
    );
    await waitFor(() => hooks('/document')[0], 'the document webhook');
    await waitFor(() => hooks('/search')[0], 'the saved-search webhook');

    await snapshot(
      '2025-05-01T00:00:00Z',
      terms('Do not resell or  lease the\u00a0Services.', '3. Pay on time.\n'),
    ).expect(200);
    // Let any wrong extra delivery arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    expect(hooks('/clause')).toHaveLength(1);
    expect(clauseHook.data.event.type).toBe('tos.clause_changed');
    expect(clauseHook.data.event.payload).toMatchObject({
      tosDocumentId,
      clauseKey: resale.key,
      change: 'modified',
      service: 'Example AI',
      heading: 'Restrictions (1)',
    });
    expect(hooks('/document').map((h) => h.data.event.type)).toEqual(['tos.version_created']);
    expect(hooks('/document')[0].data.event.payload).toMatchObject({
      tosDocumentId,
      kind: 'change',
      changeCounts: { added: 1, modified: 1 },
    });
    expect(hooks('/search').map((h) => [h.data.event.type, h.data.event.payload['clauseKey']])).toEqual([
      ['tos.clause_changed', resale.key],
    ]);
  }, 180_000);
});
