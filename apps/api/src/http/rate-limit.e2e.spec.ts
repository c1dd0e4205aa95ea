import { INestApplication } from '@nestjs/common';
import { ApiKeyScope } from '@casetrail/auth';
import request from 'supertest';
import { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { createApiApp } from '../create-api-app';
import { createTestApi, TestApi } from '../testing/test-api';

describe('rate limiting over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 3, maxAuthFailures: 4 } });
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

  it('ignores a rotating X-Forwarded-For when no proxy is trusted (the default)', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { status } = await request(api.server)
        .get('/api/v1/cases?limit=1')
        .set('X-Forwarded-For', `203.0.113.${i + 10}`);
      expect(status).toBe(429);
    }
  });

  it('limits a key on its own, apart from the address', async () => {
    const key = await api.keyWithScope(ApiKeyScope.Read);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await request(api.server).get('/api/v1/cases?limit=1').set('Authorization', `Bearer ${key}`)).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('failed authentication is rate limited', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1000, maxAuthFailures: 5 } });
  });

  afterAll(() => api.close());

  it('locks the address out after too many wrong keys and feed tokens, even for a right key', async () => {
    const good = await api.keyWithScope(ApiKeyScope.Ingest);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { status } = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ct_wrong_${i}`)
        .send({ caption: 'x', shortName: 'x', court: 'nysd' });
      statuses.push(status);
    }
    for (let i = 0; i < 2; i += 1) {
      const { status } = await request(api.server).get(
        `/api/v1/subscriptions/00000000-0000-4000-8000-00000000000${i}/feed.atom?token=feed_guess_${i}`,
      );
      statuses.push(status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const countedBefore = await countedRequests();
    const locked = await request(api.server).get('/api/v1/cases?limit=1').set('Authorization', `Bearer ${good}`);
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.reason).toBe('auth_failures');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const feed = await request(api.server).get(
      '/api/v1/subscriptions/00000000-0000-4000-8000-000000000009/feed.atom?token=feed_guess',
    );
    expect(feed.status).toBe(429);
    // Refused before its request counts: neither the key's nor the address's request window moved.
    expect(await countedRequests()).toBe(countedBefore);
  });

  async function countedRequests(): Promise<number> {
    const rows = (await api.app
      .get(DataSource)
      .query(`SELECT coalesce(sum(count), 0)::int AS n FROM rate_limits WHERE bucket NOT LIKE 'authfail:%'`)) as {
      n: number;
    }[];
    return rows[0].n;
  }
});

describe('a trusted proxy', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({
      rateLimit: { windowSeconds: 60, maxRequests: 2 },
      trustProxy: ['loopback'],
    });
  });

  afterAll(() => api.close());

  it('is believed about the client address only when configured (CASETRAIL_TRUST_PROXY)', async () => {
    const as = (client: string) => request(api.server).get('/api/v1/cases?limit=1').set('X-Forwarded-For', client);
    expect([(await as('198.51.100.1')).status, (await as('198.51.100.1')).status]).toEqual([200, 200]);
    expect((await as('198.51.100.1')).status).toBe(429);
    expect((await as('198.51.100.2')).status).toBe(200);
  });
});

describe('two API processes on one database', () => {
  let api: TestApi;
  let second: INestApplication;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 4 } });
    second = await createApiApp({ config: api.config, databaseUrl: api.db.url });
    second.useLogger(false);
    await second.init();
  });

  afterAll(async () => {
    await second.close();
    await api.close();
  });

  it('enforce one limit between them', async () => {
    const servers = [api.server, second.getHttpServer() as App];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await request(servers[i % 2]).get('/api/v1/cases?limit=1')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
