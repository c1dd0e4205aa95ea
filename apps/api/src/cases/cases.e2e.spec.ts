import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

describe('cases API over HTTP', () => {
  let api: TestApi;
  let ingestKey: string;
  let readKey: string;

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    ingestKey = await api.keyWithScope(ApiKeyScope.Ingest);
    readKey = await api.keyWithScope(ApiKeyScope.Read);
  });

  afterAll(() => api.close());

  it('lists the 24 seeded cases', async () => {
    const response = await request(api.server).get('/api/v1/cases?limit=50').expect(200);
    expect(response.body.items).toHaveLength(24);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items[0]).toEqual(
      expect.objectContaining({ slug: expect.any(String), court: expect.objectContaining({ id: expect.any(String) }) }),
    );
  });

  it('paginates with nextCursor without duplicates or gaps', async () => {
    const slugs: string[] = [];
    let path = '/api/v1/cases?limit=7';
    for (;;) {
      const { body } = await request(api.server).get(path).expect(200);
      slugs.push(...body.items.map((c: { slug: string }) => c.slug));
      if (!body.nextCursor) break;
      path = `/api/v1/cases?limit=7&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(slugs).toHaveLength(24);
    expect(new Set(slugs).size).toBe(24);
  });

  it('filters by court and party', async () => {
    const { body } = await request(api.server).get('/api/v1/cases?court=cand&party=Anthropic').expect(200);
    expect(body.items.map((c: { slug: string }) => c.slug).sort()).toEqual([
      'bartz-v-anthropic',
      'concord-music-v-anthropic',
    ]);
  });

  it('shows a case by slug with parties, judges, relations and events', async () => {
    const { body } = await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai').expect(200);
    expect(body.docketNumber).toBe('1:23-cv-11195');
    expect(body.parties.length).toBeGreaterThan(2);
    expect(body.judges.length).toBeGreaterThan(0);
    expect(body.relations.length).toBeGreaterThan(0);
    expect(body.events.length).toBeGreaterThan(0);
  });

  it('answers an unknown case with 404 case_not_found', async () => {
    const { body } = await request(api.server).get('/api/v1/cases/no-such-case').expect(404);
    expect(body).toEqual({
      error: { code: 'case_not_found', message: expect.any(String), details: { case: 'no-such-case' } },
    });
  });

  describe('validation', () => {
    it('rejects an unknown query parameter', async () => {
      const { body } = await request(api.server).get('/api/v1/cases?stauts=pending').expect(400);
      expect(body.error.code).toBe('unknown_query_parameter');
      expect(body.error.details.unknown).toEqual(['stauts']);
    });

    it('rejects query parameters on a route that takes none', async () => {
      const { body } = await request(api.server).get('/api/v1/cases/bartz-v-anthropic?x=1').expect(400);
      expect(body.error.code).toBe('unknown_query_parameter');
    });

    it('rejects a bad enum value', async () => {
      const { body } = await request(api.server).get('/api/v1/cases?status=won').expect(400);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.fields[0].field).toBe('status');
    });

    it('rejects an out-of-range limit and a forged cursor', async () => {
      expect((await request(api.server).get('/api/v1/cases?limit=0').expect(400)).body.error.code).toBe(
        'validation_failed',
      );
      expect((await request(api.server).get('/api/v1/cases?cursor=abc').expect(400)).body.error.code).toBe(
        'invalid_cursor',
      );
    });

    it('rejects malformed JSON', async () => {
      const { body } = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .set('Content-Type', 'application/json')
        .send('{"caption": "x",')
        .expect(400);
      expect(body.error.code).toBe('malformed_json');
    });

    it('rejects unknown and missing body fields and leaves nothing behind', async () => {
      const { body } = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({ caption: 'A v. B', court: 'nysd', isAdmin: true })
        .expect(400);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.unknownFields).toEqual(['isAdmin']);
      expect(body.error.message).toContain('shortName');
      const before = (await request(api.server).get('/api/v1/cases?limit=200').expect(200)).body.items.length;
      await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({
          caption: 'Half v. Written',
          shortName: 'Half v. Written',
          court: 'nysd',
          parties: [{ name: 'P', role: 'judge' }],
        })
        .expect(400);
      expect((await request(api.server).get('/api/v1/cases?limit=200').expect(200)).body.items).toHaveLength(before);
    });
  });

  describe('writes', () => {
    it('creates a case with an ingest key and updates it', async () => {
      const created = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({
          caption: 'Example Press v. Model Co.',
          shortName: 'Example Press v. Model Co.',
          court: 'nysd',
          docketNumber: '1:26-cv-00042-XYZ',
        })
        .expect(201);
      expect(created.body).toMatchObject({ slug: 'example-press-v-model-co', docketNumber: '1:26-cv-00042' });

      const updated = await request(api.server)
        .patch(`/api/v1/cases/${created.body.id}`)
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({ status: 'dismissed' })
        .expect(200);
      expect(updated.body.status).toBe('dismissed');
    });

    it('answers a duplicate with 409 and an unknown court with 400', async () => {
      const dup = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({ caption: 'Bartz again', shortName: 'Bartz v. Anthropic', court: 'cand' })
        .expect(409);
      expect(dup.body.error.code).toBe('case_already_exists');
      const court = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${ingestKey}`)
        .send({ caption: 'X', shortName: 'X', court: 'mars' })
        .expect(400);
      expect(court.body.error.code).toBe('court_not_found');
    });
  });

  describe('auth', () => {
    it('needs a key to write: 401 without, 401 with a wrong one, 403 with too small a scope', async () => {
      const body = { caption: 'C v. D', shortName: 'C v. D', court: 'nysd' };
      const none = await request(api.server).post('/api/v1/cases').send(body).expect(401);
      expect(none.body.error.code).toBe('missing_api_key');
      expect(none.headers['www-authenticate']).toContain('Bearer');
      const wrong = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', 'Bearer ct_not-a-key')
        .send(body)
        .expect(401);
      expect(wrong.body.error.code).toBe('invalid_api_key');
      const read = await request(api.server)
        .post('/api/v1/cases')
        .set('Authorization', `Bearer ${readKey}`)
        .send(body)
        .expect(403);
      expect(read.body.error.code).toBe('insufficient_scope');
    });

    it('lets anyone read while CASETRAIL_PUBLIC_READ is on, but not with a bad key', async () => {
      await request(api.server).get('/api/v1/cases?limit=1').expect(200);
      await request(api.server).get('/api/v1/cases?limit=1').set('Authorization', 'Bearer ct_wrong').expect(401);
    });
  });

  it('serves the OpenAPI document and health', async () => {
    const docs = await request(api.server).get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{idOrSlug}', '/health']),
    );
    const health = await request(api.server).get('/health').expect(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      jobs: { status: 'up' },
      search: { status: 'up', engine: 'postgres' },
    });
    expect(typeof health.body.search.backlog).toBe('number');
  });

  it('answers unknown routes with the error envelope and a request id', async () => {
    const response = await request(api.server).get('/api/v1/nothing-here').set('X-Request-Id', 'req-123').expect(404);
    expect(response.body.error.code).toBe('route_not_found');
    expect(response.headers['x-request-id']).toBe('req-123');
  });
});
