import { ApiKeyScope } from '@casetrail/auth';
import { loadConfig } from '@casetrail/config';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

const MAX_BYTES = 200_000;
const docket = (name: string): string => fs.readFileSync(corpusPath('pacer', 'dockets', `${name}.html`), 'utf8');
const feed = (name: string): string => fs.readFileSync(corpusPath('pacer', 'rss', `${name}.xml`), 'utf8');

/** The first item of a feed again, as a new document. */
function withOneMoreItem(xml: string): string {
  const first = /<item>[\s\S]*?<\/item>/.exec(xml)?.[0] ?? '';
  const extra = first
    .replace(/&#x3E;\d+&#x3C;\/a&#x3E;/, '&#x3E;9999&#x3C;/a&#x3E;')
    .replace(/doc1\/(\d+)/, 'doc1/$1999')
    .replace(/de_seq_num=(\d+)/, 'de_seq_num=$1999');
  expect(extra).not.toBe(first);
  return xml.replace('</channel>', `${extra}\n</channel>`);
}

describe('PACER import and docket API over HTTP', () => {
  let api: TestApi;
  let ingest: string;
  const post = (path: string, body: string, type = 'text/html') =>
    request(api.server).post(path).set('Authorization', `Bearer ${ingest}`).set('Content-Type', type).send(body);
  const caseCount = async (): Promise<number> =>
    (await request(api.server).get('/api/v1/cases?limit=200').expect(200)).body.items.length;

  beforeAll(async () => {
    api = await createTestApi({
      pacer: { ...loadConfig({}).pacer, maxBodyBytes: MAX_BYTES },
      rateLimit: { windowSeconds: 60, maxRequests: 10_000 },
    });
    ingest = await api.keyWithScope(ApiKeyScope.Ingest);
  });

  afterAll(() => api.close());

  describe('POST /api/v1/pacer/dockets', () => {
    it('imports a docket report, and the same report again changes nothing', async () => {
      const first = await post('/api/v1/pacer/dockets', docket('njd_509180')).expect(200);
      expect(first.body).toMatchObject({
        court: { id: 'njd' },
        case: { outcome: 'created' },
        entries: { created: 161 },
        events: 161,
      });
      const again = await post('/api/v1/pacer/dockets', docket('njd_509180')).expect(200);
      expect(again.body).toMatchObject({
        case: { id: first.body.case.id, outcome: 'unchanged' },
        entries: { created: 0, updated: 0, unchanged: 161 },
        events: 0,
      });
    });

    it('takes the court from the query when the report does not say it', async () => {
      const refused = await post('/api/v1/pacer/dockets', docket('dcd_1')).expect(422);
      expect(refused.body.error.code).toBe('unknown_court');
      const imported = await post('/api/v1/pacer/dockets?court=dcd', docket('dcd_1')).expect(200);
      expect(imported.body.court.id).toBe('dcd');
    });

    it.each([
      [
        'a login page',
        '<html><body><form action="/cgi-bin/login.pl"><input name="login"><input type="password" name="key"></form></body></html>',
        422,
        'login_page',
      ],
      ['a CM/ECF error page', docket('dcd_2'), 422, 'error_page'],
      ['another page', docket('canb_1'), 422, 'not_a_docket_report'],
      ['an empty body', '', 400, 'empty_input'],
    ])('refuses %s with %s %s and imports nothing', async (_label, body, status, code) => {
      const before = await caseCount();
      const { body: answer } = await post('/api/v1/pacer/dockets', body).expect(status);
      expect(answer.error).toMatchObject({ code, message: expect.any(String) });
      expect(await caseCount()).toBe(before);
    });

    it('answers 413 to a body over the limit, declared or streamed, and imports nothing', async () => {
      const before = await caseCount();
      const big = docket('laed_127926').repeat(Math.ceil((MAX_BYTES + 1) / docket('laed_127926').length));
      const declared = await post('/api/v1/pacer/dockets', big).expect(413);
      expect(declared.body.error).toMatchObject({ code: 'payload_too_large', details: { limitBytes: MAX_BYTES } });

      // Chunked: no Content-Length, so the limit must hold while reading.
      const streamed = request(api.server)
        .post('/api/v1/pacer/dockets')
        .set('Authorization', `Bearer ${ingest}`)
        .set('Content-Type', 'text/html');
      for (let i = 0; i < big.length; i += 16_384) streamed.write(big.slice(i, i + 16_384));
      const answer = await streamed;
      expect(answer.status).toBe(413);
      expect(answer.body.error.code).toBe('payload_too_large');
      expect(await caseCount()).toBe(before);
    });

    it('answers 415 to another media type', async () => {
      const { body } = await post('/api/v1/pacer/dockets', docket('akd'), 'text/plain').expect(415);
      expect(body.error.code).toBe('unsupported_media_type');
    });

    it('needs a key with the ingest scope', async () => {
      await request(api.server)
        .post('/api/v1/pacer/dockets')
        .set('Content-Type', 'text/html')
        .send(docket('akd'))
        .expect(401);
      const read = await api.keyWithScope(ApiKeyScope.Read);
      const { body } = await request(api.server)
        .post('/api/v1/pacer/dockets')
        .set('Authorization', `Bearer ${read}`)
        .set('Content-Type', 'text/html')
        .send(docket('akd'))
        .expect(403);
      expect(body.error.code).toBe('insufficient_scope');
    });
  });

  describe('POST /api/v1/pacer/rss', () => {
    it('imports a feed; the same feed with one more item records exactly one event', async () => {
      const first = await post('/api/v1/pacer/rss', feed('sdny_1'), 'application/rss+xml').expect(200);
      expect(first.body).toMatchObject({ court: 'nysd', events: first.body.entries.created });
      const same = await post('/api/v1/pacer/rss', feed('sdny_1'), 'application/rss+xml').expect(200);
      expect(same.body.events).toBe(0);
      const longer = await post('/api/v1/pacer/rss', withOneMoreItem(feed('sdny_1')), 'application/rss+xml').expect(
        200,
      );
      expect(longer.body).toMatchObject({ events: 1, entries: { created: 1, updated: 0 } });
    });

    it('refuses a page that is not a feed with 422', async () => {
      const { body } = await post('/api/v1/pacer/rss', '<html><body>Hello</body></html>', 'text/xml').expect(422);
      expect(body.error.code).toBe('not_an_rss_feed');
    });
  });

  describe('GET /api/v1/cases/{id}/docket', () => {
    let slug: string;
    beforeAll(async () => {
      slug = (await post('/api/v1/pacer/dockets', docket('njd_509180')).expect(200)).body.case.slug;
    });

    it('pages through every entry once, in docket order', async () => {
      const seen: { id: string; dateFiled: string; entryNumber: number | null }[] = [];
      let path = `/api/v1/cases/${slug}/docket?limit=50`;
      for (;;) {
        const { body } = await request(api.server).get(path).expect(200);
        seen.push(...body.items);
        if (!body.nextCursor) break;
        path = `/api/v1/cases/${slug}/docket?limit=50&cursor=${encodeURIComponent(body.nextCursor)}`;
      }
      expect(seen).toHaveLength(161);
      expect(new Set(seen.map((e) => e.id)).size).toBe(161);
      const dates = seen.map((e) => e.dateFiled);
      expect(dates).toEqual([...dates].sort());
      expect(seen[0]).toMatchObject({ entryNumber: 1, entryType: 'complaint' });
    });

    it('filters by filing date and by entry type', async () => {
      const all = (await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=500`).expect(200)).body.items as {
        dateFiled: string;
        entryType: string;
      }[];
      const middle = all[Math.floor(all.length / 2)].dateFiled;
      const from = (
        await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=500&dateFrom=${middle}`).expect(200)
      ).body.items as typeof all;
      const to = (await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=500&dateTo=${middle}`).expect(200))
        .body.items as typeof all;
      expect(from.every((e) => e.dateFiled >= middle)).toBe(true);
      expect(to.every((e) => e.dateFiled <= middle)).toBe(true);
      expect(from.length + to.length).toBe(all.length + all.filter((e) => e.dateFiled === middle).length);

      const orders = (
        await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=500&entryType=order`).expect(200)
      ).body.items as typeof all;
      expect(orders.length).toBe(all.filter((e) => e.entryType === 'order').length);
      expect(orders.length).toBeGreaterThan(0);
    });

    it('rejects bad filters, unknown parameters and forged cursors; 404 for an unknown case', async () => {
      expect(
        (await request(api.server).get(`/api/v1/cases/${slug}/docket?entryType=brief`).expect(400)).body.error.code,
      ).toBe('validation_failed');
      expect(
        (await request(api.server).get(`/api/v1/cases/${slug}/docket?dateFrom=2024-02-30`).expect(400)).body.error.code,
      ).toBe('validation_failed');
      expect(
        (await request(api.server).get(`/api/v1/cases/${slug}/docket?type=order`).expect(400)).body.error.code,
      ).toBe('unknown_query_parameter');
      expect(
        (await request(api.server).get(`/api/v1/cases/${slug}/docket?cursor=abc`).expect(400)).body.error.code,
      ).toBe('invalid_cursor');
      expect((await request(api.server).get('/api/v1/cases/no-such-case/docket').expect(404)).body.error.code).toBe(
        'case_not_found',
      );
    });

    it('is described in the OpenAPI document', async () => {
      const { body } = await request(api.server).get('/docs-json').expect(200);
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining(['/api/v1/pacer/dockets', '/api/v1/pacer/rss', '/api/v1/cases/{idOrSlug}/docket']),
      );
    });
  });
});
