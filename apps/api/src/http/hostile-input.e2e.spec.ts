import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';
import { translateDatabaseError } from './database-errors';

/** Inputs a careless or hostile client sends: each must answer a coded 4xx, never a 5xx. */
describe('hostile input over HTTP', () => {
  let api: TestApi;
  let ingest: string;
  let admin: string;
  let baseUrl: string;

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    ingest = await api.keyWithScope(ApiKeyScope.Ingest);
    admin = await api.keyWithScope(ApiKeyScope.Admin);
    // One listening server for the parallel requests (supertest would listen once per request).
    await api.app.listen(0, '127.0.0.1');
    baseUrl = await api.app.getUrl();
  });

  afterAll(() => api.close());

  const as = (key: string) => ({ Authorization: `Bearer ${key}` });

  describe('NUL bytes and lone surrogates are refused at the boundary', () => {
    it.each([
      ['a query string', '/api/v1/search?q=a%00b'],
      ['a path', '/api/v1/cases/a%00b'],
      ['a cursor', '/api/v1/cases?cursor=%00'],
      ['a lone surrogate in a query (UTF-8 of U+D800)', '/api/v1/cases?q=%ED%A0%80'],
      ['a lone surrogate in a path', '/api/v1/cases/a%ED%A0%80'],
    ])('%s', async (_what, path) => {
      const { status, body } = await request(api.server).get(path);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });

    it.each([
      ['a NUL in a JSON string', '{"caption":"a\\u0000b","shortName":"x","court":"nysd"}'],
      ['a lone high surrogate', '{"caption":"a\\ud800b","shortName":"x","court":"nysd"}'],
      ['a lone low surrogate in a nested array', '{"caption":"a","shortName":"x","court":"nysd","claims":["\\udc00"]}'],
      ['a NUL in a key', '{"caption":"a","shortName":"x","court":"nysd","a\\u0000":1}'],
    ])('%s in a JSON body', async (_what, json) => {
      const { status, body } = await request(api.server)
        .post('/api/v1/cases')
        .set(as(ingest))
        .set('Content-Type', 'application/json')
        .send(json);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });

    it('in a multipart field', async () => {
      const { status, body } = await request(api.server)
        .post('/api/v1/documents')
        .set(as(ingest))
        .field('title', 'a\u0000b')
        .attach('file', Buffer.from('plain text filing'), { filename: 'f.txt', contentType: 'text/plain' });
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });

    it('strips them where the text is content: a ToS snapshot page and a docket report', async () => {
      const snapshot = await request(api.server).post('/api/v1/tos/snapshots').set(as(ingest)).send({
        service: 'Nul AI',
        documentType: 'Terms of Service',
        recordedAt: '2025-03-01T00:00:00Z',
        content: '<html><body><h1>Nul AI Terms</h1><ol><li>Be ni\u0000ce to \ud800others.</li></ol></body></html>',
      });
      expect(snapshot.status).toBe(201);
      const db = api.app.get(DataSource);
      const [stored] = (await db.query(
        `SELECT string_agg(v.markdown, ' ') AS text FROM tos_versions v
         JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id WHERE s.name = 'Nul AI'`,
      )) as { text: string }[];
      expect(stored.text).toContain('Be nice to \ufffdothers.');

      const html = fs
        .readFileSync(corpusPath('pacer', 'dockets', 'njd_509180.html'), 'utf8')
        .replace('</td>', '\u0000</td>');
      const docket = await request(api.server)
        .post('/api/v1/pacer/dockets')
        .set(as(ingest))
        .set('Content-Type', 'text/html')
        .send(html);
      expect(docket.status).toBe(200);

      const refused = await request(api.server).post('/api/v1/tos/snapshots').set(as(ingest)).send({
        service: 'Nul\u0000AI',
        documentType: 'Terms',
        recordedAt: '2025-03-01T00:00:00Z',
        content: '# Terms',
      });
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({
        status: 400,
        code: 'validation_failed',
      });
    });

    it('still accepts ordinary non-ASCII text and paired surrogates', async () => {
      const { status } = await request(api.server).get(`/api/v1/cases?q=${encodeURIComponent('Café 😀')}`);
      expect(status).toBe(200);
    });
  });

  it.each([
    '/api/v1/cases?limit=0x10',
    '/api/v1/cases?limit=1e1',
    '/api/v1/search?q=a&limit=0b1',
    '/api/v1/cases?limit=%2016',
  ])('refuses an integer not written in decimal digits: %s', async (path) => {
    const { status, body } = await request(api.server).get(path);
    expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('refuses ?court= that contradicts the court an RSS feed states (was silently ignored)', async () => {
    const { status, body } = await request(api.server)
      .post('/api/v1/pacer/rss?court=zzz')
      .set(as(ingest))
      .set('Content-Type', 'application/rss+xml')
      .send(fs.readFileSync(corpusPath('pacer', 'rss', 'sdny_1.xml'), 'utf8'));
    expect({ status, code: body.error?.code }).toEqual({ status: 422, code: 'court_mismatch' });
    expect(body.error.details).toEqual({ court: 'zzz', statedCourt: 'nysd' });
  });

  describe('missing or null nested objects', () => {
    it.each([
      ['an empty body', {}],
      ['no target', { channel: { type: 'feed' } }],
      ['no channel', { target: { type: 'case', case: 'bartz-v-anthropic' } }],
      ['a null target', { target: null, channel: { type: 'feed' } }],
      ['a string channel', { target: { type: 'case', case: 'bartz-v-anthropic' }, channel: 'feed' }],
    ])('POST /api/v1/subscriptions with %s answers 400', async (_what, payload) => {
      const { status, body } = await request(api.server).post('/api/v1/subscriptions').set(as(ingest)).send(payload);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });

    it('POST /api/v1/subscriptions with an array answers 400', async () => {
      const { status, body } = await request(api.server).post('/api/v1/subscriptions').set(as(ingest)).send([]);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });

    it.each(['status', 'caption', 'shortName'])(
      'PATCH /api/v1/cases/{slug} with a null %s answers 400',
      async (field) => {
        const { status, body } = await request(api.server)
          .patch('/api/v1/cases/bartz-v-anthropic')
          .set(as(ingest))
          .send({ [field]: null });
        expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
      },
    );
  });

  describe('JSON nesting depth', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

    it('refuses 100,000 levels (under the body limit) before validation', async () => {
      const { status, body } = await request(api.server)
        .post('/api/v1/cases')
        .set(as(ingest))
        .set('Content-Type', 'application/json')
        .send(`{"caption":"a","shortName":"b","court":"nysd","claims":${deep(100_000)}}`);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
      expect(body.error.details.maxDepth).toEqual(expect.any(Number));
    });

    it('refuses it on the keyless citation extraction too', async () => {
      const { status, body } = await request(api.server)
        .post('/api/v1/citations/extract')
        .set('Content-Type', 'application/json')
        .send(`{"text":"see 1 U.S. 1","pageOffsets":${deep(100_000)}}`);
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'validation_failed' });
    });
  });

  describe('Content-Encoding', () => {
    it('answers 400 to a body that claims gzip and is not', async () => {
      const { status, body } = await request(api.server)
        .post('/api/v1/citations/extract')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send('{"text":"not gzip at all"}');
      expect({ status, code: body.error?.code }).toEqual({ status: 400, code: 'malformed_json' });
    });

    it('still reads a real gzip body', async () => {
      const response = await fetch(`${baseUrl}/api/v1/citations/extract`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ text: 'See 17 U.S.C. § 107.' })),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { count: number }).count).toBeGreaterThan(0);
    });
  });

  describe('unique-constraint races', () => {
    it('30 parallel creates of the same case: one 201, the rest 409, no 5xx', async () => {
      const payload = {
        caption: 'Race Holdings v. Condition Labs',
        shortName: 'Race v. Condition',
        court: 'nysd',
        docketNumber: '1:26-cv-04242',
        parties: [
          { name: 'Race Holdings LLC', role: 'plaintiff' },
          { name: 'Condition Labs Inc.', role: 'defendant' },
        ],
      };
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => request(baseUrl).post('/api/v1/cases').set(as(ingest)).send(payload)),
      );
      const statuses = answers.map((a) => a.status);
      expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([]);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(29);
      for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error.code).toMatch(/conflict|exists/);
    });

    it('maps a real unique violation from PostgreSQL to 409 conflict, and nothing else', async () => {
      const db = api.app.get(DataSource);
      const [court] = (await db.query('SELECT * FROM courts LIMIT 1')) as Record<string, unknown>[];
      const columns = Object.keys(court);
      const violation = await db
        .query(
          `INSERT INTO courts (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => court[c]),
        )
        .catch((error: unknown) => error);
      expect(translateDatabaseError(violation)).toMatchObject({ code: 'conflict' });
      const notNull = await db.query('UPDATE cases SET status = NULL').catch((error: unknown) => error);
      expect(notNull).toBeInstanceOf(Error);
      expect(translateDatabaseError(notNull)).toBeNull();
    });
  });

  it('keeps an admin route usable after all of this', async () => {
    await request(api.server).get('/api/v1/cases?limit=1').set(as(admin)).expect(200);
  });
});
