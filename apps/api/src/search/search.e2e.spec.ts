import { SeedService } from '@casetrail/cases';
import { SearchService } from '@casetrail/search';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

/** Deterministic pseudo-random strings for the fuzz test, so a failure can be replayed. */
function* randomStrings(seed: number, count: number): Generator<string> {
  const alphabet = [
    '"',
    "'",
    '\\',
    '-',
    '(',
    ')',
    '|',
    '&',
    '!',
    ':',
    '*',
    '<',
    '>',
    ' ',
    'OR',
    'AND',
    'NOT',
    'é',
    '€',
    '中',
    '😀',
    '\u0000',
    '\u0001',
    '%',
    '_',
    '[',
    ']',
    '{',
    '}',
    '=',
    'fair',
    'use',
    'copyright',
    ',',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  for (let i = 0; i < count; i += 1) {
    const length = next() % 12;
    let s = '';
    for (let j = 0; j < length; j += 1) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

describe('search API over HTTP (PostgreSQL engine)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000 } });
    await api.app.get(SeedService).seed();
    await api.app.get(SearchService).reindex();
  });

  afterAll(() => api.close());

  it('finds cases by party and by words of their caption', async () => {
    const openai = await request(api.server).get('/api/v1/search?q=OpenAI&kind=case&limit=50').expect(200);
    const slugs = openai.body.hits.map((h: { caseSlug: string }) => h.caseSlug);
    expect(slugs).toEqual(
      expect.arrayContaining(['nyt-v-microsoft-openai', 'authors-guild-v-openai', 'in-re-openai-copyright-mdl-3143']),
    );
    expect(openai.body.engine).toBe('postgres');

    const music = await request(api.server).get('/api/v1/search?q=music%20publishers&kind=case').expect(200);
    expect(music.body.hits[0].caseSlug).toBe('concord-music-v-anthropic');
    expect(music.body.hits[0].snippet).toMatch(/<mark>/);
  });

  it('filters and counts facets', async () => {
    const { body } = await request(api.server)
      .get('/api/v1/search?kind=case&court=cand&facets=court,kind,year&limit=50')
      .expect(200);
    expect(body.total).toBe(body.hits.length);
    expect(body.facets.court).toEqual({ cand: body.total });
    expect(body.facets.kind).toEqual({ case: body.total });
    const dated = body.hits.filter((h: { filedAt: number | null }) => h.filedAt !== null).length;
    expect(Object.values(body.facets.year as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(dated);
  });

  it('pages with nextCursor through every case once', async () => {
    const seen: string[] = [];
    let path = '/api/v1/search?kind=case&sort=filedAt:desc&limit=5';
    for (;;) {
      const { body } = await request(api.server).get(path).expect(200);
      seen.push(...body.hits.map((h: { id: string }) => h.id));
      if (!body.nextCursor) break;
      path = `/api/v1/search?kind=case&sort=filedAt:desc&limit=5&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  it('exports every hit as CSV, in the order of the JSON pages', async () => {
    const json = await request(api.server).get('/api/v1/search?kind=case&sort=filedAt:desc&limit=100').expect(200);
    const csv = await request(api.server)
      .get('/api/v1/search?kind=case&sort=filedAt:desc&format=csv')
      .expect(200)
      .expect('Content-Type', /^text\/csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0].split(',')[0]).toBe('rank');
    expect(rows[0].split(',').at(-1)).toBe('id');
    // id is the last column, and ids hold no commas or quotes.
    expect(rows.slice(1).map((r) => r.split(',').at(-1))).toEqual(json.body.hits.map((h: { id: string }) => h.id));
    const bad = await request(api.server).get('/api/v1/search?format=csv&facets=color').expect(400);
    expect(bad.body.error.code).toBe('invalid_search_parameter');
    await request(api.server).get('/api/v1/search?format=xlsx').expect(400);
  });

  it.each([
    [`q=${'a'.repeat(513)}`, 'query_too_long'],
    ['facets=court,color', 'invalid_search_parameter'],
    ['sort=popularity', 'validation_failed'],
    ['filedFrom=2025-13-45', 'validation_failed'],
    ['filedFrom=last%20week', 'validation_failed'],
    ['filedFrom=2025-06-01&filedTo=2025-01-01', 'invalid_search_parameter'],
    ['kind=email', 'validation_failed'],
    ['limit=1000', 'validation_failed'],
    ['cursor=bogus', 'invalid_cursor'],
    ['page=2', 'unknown_query_parameter'],
  ])('rejects %s with %s', async (queryString, code) => {
    const { body } = await request(api.server).get(`/api/v1/search?${queryString}`).expect(400);
    expect(body.error.code).toBe(code);
  });

  it('never answers 500 nor leaks an engine error to random queries and filter values', async () => {
    const failures: string[] = [];
    for (const q of randomStrings(42, 1500)) {
      const response = await request(api.server).get('/api/v1/search').query({ q, limit: 3 });
      if (response.status !== 200) failures.push(`q=${JSON.stringify(q)} -> ${response.status}`);
    }
    for (const value of randomStrings(7, 500)) {
      const response = await request(api.server)
        .get('/api/v1/search')
        .query({ q: 'use', court: value, party: value, case: value });
      if (response.status !== 200) failures.push(`filter=${JSON.stringify(value)} -> ${response.status}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
