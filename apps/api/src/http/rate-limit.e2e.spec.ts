import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

describe('rate limiting over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 3 } });
  });

  afterAll(() => api.close());

  it('announces the limit, then answers 429 with Retry-After', async () => {
    for (let i = 3; i >= 1; i -= 1) {
      const ok = await request(api.server).get('/api/v1/cases?limit=1').expect(200);
      expect(ok.headers['ratelimit-limit']).toBe('3');
      expect(ok.headers['ratelimit-remaining']).toBe(String(i - 1));
    }
    const limited = await request(api.server).get('/api/v1/cases?limit=1').expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['ratelimit-remaining']).toBe('0');
  });

  it('does not count health checks', async () => {
    await request(api.server).get('/health').expect(200);
  });
});
