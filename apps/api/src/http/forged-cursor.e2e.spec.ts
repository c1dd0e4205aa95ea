import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

const ID = '0b9f6a2e-5a51-4f0e-9d0c-3b1f8e2f4a10';
/** Written by hand, not by the encoder under test: base64url of the JSON a client could send. */
const forge = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('every list answers 400 invalid_cursor to a forged cursor, never 500', () => {
  let api: TestApi;
  let adminKey: string;
  let subscriptionId: string;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000 } });
    await api.app.get(SeedService).seed();
    adminKey = await api.keyWithScope(ApiKeyScope.Admin);
    const { body } = await request(api.server)
      .post('/api/v1/subscriptions')
      .set('Authorization', `Bearer ${adminKey}`)
      .send({ target: { type: 'case', case: 'bartz-v-anthropic' }, channel: { type: 'feed' } })
      .expect(201);
    subscriptionId = body.id;
  });

  afterAll(() => api.close());

  it('GET /api/v1/cases rejects the cursor {"f":null,"id":"x"} from issue 21', async () => {
    const { body } = await request(api.server).get('/api/v1/cases?cursor=eyJmIjpudWxsLCJpZCI6IngifQ').expect(400);
    expect(body.error.code).toBe('invalid_cursor');
  });

  const cases: [string, string, string][] = [
    ['cases: a date that does not exist', '/api/v1/cases', `{"f":"2024-02-30","id":"${ID}"}`],
    ['cases: a non-UUID id', '/api/v1/cases', '{"f":"2024-01-01","id":"x"}'],
    ['docket: a non-UUID id', '/api/v1/cases/bartz-v-anthropic/docket', '{"d":"2024-01-01","s":1,"id":"x"}'],
    ['docket: a text sort order', '/api/v1/cases/bartz-v-anthropic/docket', `{"d":"2024-01-01","s":"x","id":"${ID}"}`],
    [
      'case documents: a bad month',
      '/api/v1/cases/bartz-v-anthropic/documents',
      `{"f":"2024-13-01","e":1,"id":"${ID}"}`,
    ],
    ['citations: a non-UUID source', '/api/v1/citations?key=17%20USC%20107', '{"k":"document","s":"x","p":0}'],
    ['search: a negative offset', '/api/v1/search?q=fair%20use', '{"o":-5}'],
    ['subscriptions: a bad timestamp', '/api/v1/subscriptions', `{"c":"yesterday","i":"${ID}"}`],
    ['ToS catalog: a number for a slug', '/api/v1/tos', '{"s":5}'],
  ];

  it.each(cases)('%s', async (_label, path, json) => {
    const separator = path.includes('?') ? '&' : '?';
    const { body } = await request(api.server)
      .get(`${path}${separator}cursor=${forge(json)}`)
      .set('Authorization', `Bearer ${adminKey}`)
      .expect(400);
    expect(body.error.code).toBe('invalid_cursor');
  });

  it('deliveries: a sequence that is not a number', async () => {
    const { body } = await request(api.server)
      .get(`/api/v1/subscriptions/${subscriptionId}/deliveries?cursor=${forge('{"s":"1 or 1=1"}')}`)
      .set('Authorization', `Bearer ${adminKey}`)
      .expect(400);
    expect(body.error.code).toBe('invalid_cursor');
  });
});
