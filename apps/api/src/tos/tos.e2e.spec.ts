import { ApiKeyScope } from '@casetrail/auth';
import { corpusPath } from '@casetrail/testing';
import { TosImportService } from '@casetrail/tos';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

const COMPETE = /develop (?:any )?(?:artificial intelligence )?models that compete with/i;
const TOU = '/api/v1/tos/ChatGPT/Terms%20of%20Service';
const SERVICES_AGREEMENT = '/api/v1/tos/chatgpt/commercial-terms';

interface ClauseBody {
  key: string;
  label: string | null;
  text: string;
}

describe('terms-of-service API over HTTP, on real versions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000 } });
    // The two documents with the "compete" clause, and the documents they continue.
    await api.app
      .get(TosImportService)
      .importFolder(corpusPath('tos'), { only: ['ChatGPT/Terms of Service', 'ChatGPT/Commercial Terms'] });
  }, 300_000);

  afterAll(() => api.close());

  const competeClause = (clauses: ClauseBody[]): ClauseBody => {
    const found = clauses.filter((c) => COMPETE.test(c.text));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('lists services and documents with version counts, last change and predecessor', async () => {
    const { body } = await request(api.server).get('/api/v1/tos').expect(200);
    expect(body.items.map((s: { name: string }) => s.name)).toEqual(['ChatGPT', 'OpenAI']);
    const chatgpt = body.items[0];
    expect(chatgpt.provider).toBe('OpenAI');
    const commercial = chatgpt.documents.find((d: { documentType: string }) => d.documentType === 'Commercial Terms');
    expect(commercial).toMatchObject({
      serviceSlug: 'chatgpt',
      slug: 'commercial-terms',
      snapshotCount: 104,
      predecessor: { service: 'ChatGPT', documentType: 'Platform to Business Notice' },
      sourceUrls: ['https://openai.com/policies/services-agreement/'],
    });
    expect(commercial.versionCount).toBeLessThanOrEqual(15);
    const versions = await request(api.server).get(`${SERVICES_AGREEMENT}/versions?limit=1`).expect(200);
    expect(commercial.latestVersionId).toBe(versions.body.items[0].id);
    expect(commercial.lastChangeAt).toBe(versions.body.items[0].recordedAt);
  });

  it('pages through versions newest first, by names or slugs', async () => {
    const seen: string[] = [];
    let path = `${TOU}/versions?limit=4`;
    for (;;) {
      const { body } = await request(api.server).get(path).expect(200);
      seen.push(...body.items.map((v: { recordedAt: string }) => v.recordedAt));
      if (!body.nextCursor) break;
      path = `/api/v1/tos/chatgpt/terms-of-service/versions?limit=4&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen.length).toBeGreaterThan(8);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect(seen[seen.length - 1]).toBe('2024-02-20T18:30:01.000Z');
  });

  it('serves a version with its text and keyed clauses', async () => {
    const { body: list } = await request(api.server).get(`${SERVICES_AGREEMENT}/versions?limit=1`).expect(200);
    const { body } = await request(api.server).get(`${SERVICES_AGREEMENT}/versions/${list.items[0].id}`).expect(200);
    expect(body.markdown).toContain('OpenAI Services Agreement');
    expect(body.clauses.length).toBe(body.clauseCount);
    const clause = competeClause(body.clauses);
    expect(clause.label).toBe('3.3(e)');
    expect(clause.text).toContain('except for a Permitted Exception');
  });

  it('answers as-of lookups with the version in force on a date, following the predecessor', async () => {
    const before = await request(api.server).get(`${TOU}/as-of?date=2024-06-09`).expect(200);
    expect(before.body.recordedAt).toBe('2024-02-20T18:30:01.000Z');
    expect(competeClause(before.body.clauses).text).toBe('Use Output to develop models that compete with OpenAI.');

    const onTheDay = await request(api.server).get(`${TOU}/as-of?date=2024-06-10`).expect(200);
    expect(onTheDay.body.recordedAt).toBe('2024-06-10T00:30:02.000Z');
    expect(competeClause(onTheDay.body.clauses).text).toBe('Using Output to develop models that compete with OpenAI.');

    const earlier = await request(api.server).get(`${TOU}/as-of?date=2023-11-01T00:00:00Z`).expect(200);
    expect(earlier.body).toMatchObject({
      service: 'OpenAI',
      documentType: 'Terms of Service',
      recordedAt: '2023-10-16T12:30:05.000Z',
    });
    expect(competeClause(earlier.body.clauses).label).toBe('(c)(iii)');

    const agreement = await request(api.server).get(`${SERVICES_AGREEMENT}/as-of?date=2025-06-01`).expect(200);
    expect(agreement.body).toMatchObject({
      documentType: 'Platform to Business Notice',
      recordedAt: '2025-05-31T00:30:33.000Z',
      effectiveDate: '2025-05-31',
    });

    const none = await request(api.server).get(`${TOU}/as-of?date=2020-01-01`).expect(404);
    expect(none.body.error.code).toBe('tos_no_version_as_of');
  });

  it('diffs the latest version against the previous one by default', async () => {
    const { body } = await request(api.server).get(`${TOU}/diff`).expect(200);
    const { body: list } = await request(api.server).get(`${TOU}/versions?limit=2`).expect(200);
    expect(body.to.id).toBe(list.items[0].id);
    expect(body.from.id).toBe(list.items[1].id);
    expect(body.changes.length).toBeGreaterThan(0);
    expect(body.changeCounts).toEqual(list.items[0].changeCounts);
  });

  it('shows the Permitted Exception as a clause change with a word diff between real dates', async () => {
    const { body } = await request(api.server)
      .get(`${SERVICES_AGREEMENT}/diff?from=2025-05-28&to=2025-05-31`)
      .expect(200);
    expect(body.from).toMatchObject({
      documentType: 'Platform to Business Notice',
      recordedAt: '2025-05-28T00:30:30.000Z',
    });
    expect(body.to).toMatchObject({
      documentType: 'Platform to Business Notice',
      recordedAt: '2025-05-31T00:30:33.000Z',
    });
    const change = body.changes.find((c: { after: ClauseBody | null }) => c.after && COMPETE.test(c.after.text));
    expect(change.kind).toBe('modified');
    expect(change.before.text).not.toContain('Permitted Exception');
    expect(change.wordDiff).toContainEqual({ op: 'insert', text: 'except for a Permitted Exception, ' });
  });

  it('diffs versions that are not consecutive, across the lineage', async () => {
    const { body } = await request(api.server).get(`${TOU}/diff?from=2023-11-01&to=2024-07-01`).expect(200);
    expect(body.from.service).toBe('OpenAI');
    expect(body.to.service).toBe('ChatGPT');
    const change = body.changes.find((c: { after: ClauseBody | null }) => c.after && COMPETE.test(c.after.text));
    expect(change.kind).toBe('modified');
    expect(change.before.text).toBe('use output from the Services to develop models that compete with OpenAI');
    expect(change.after.text).toBe('Using Output to develop models that compete with OpenAI.');
  });

  it('serves the history of one clause through the lineage', async () => {
    const { body: latest } = await request(api.server).get(`${TOU}/as-of?date=2026-12-31`).expect(200);
    const key = competeClause(latest.clauses).key;
    const { body } = await request(api.server).get(`${TOU}/clauses/${key}/history?changesOnly=true`).expect(200);
    expect(body.lineage).toEqual([
      { service: 'OpenAI', documentType: 'Terms of Service' },
      { service: 'ChatGPT', documentType: 'Terms of Service' },
    ]);
    expect(
      body.entries.map((e: { version: { recordedAt: string }; change: string }) => [
        e.version.recordedAt.slice(0, 10),
        e.change,
      ]),
    ).toEqual([
      ['2023-10-16', 'added'],
      ['2023-11-14', 'modified'],
      ['2024-06-10', 'modified'],
    ]);
    const full = await request(api.server).get(`${TOU}/clauses/${key}/history`).expect(200);
    expect(full.body.entries.length).toBeGreaterThan(body.entries.length);
  });

  it.each([
    ['/api/v1/tos/Nobody/Terms%20of%20Service/versions', 404, 'tos_service_not_found'],
    ['/api/v1/tos/ChatGPT/Cookie%20Novel/versions', 404, 'tos_document_not_found'],
    [`${TOU}/versions/00000000-0000-4000-8000-000000000000`, 404, 'tos_version_not_found'],
    [`${TOU}/versions/not-an-id`, 404, 'tos_version_not_found'],
    [`${TOU}/clauses/no-such-clause-000000/history`, 404, 'tos_clause_not_found'],
    [`${TOU}/diff?from=2025-01-01&to=2024-01-01`, 400, 'tos_dates_out_of_order'],
    [`${TOU}/diff?from=last%20week`, 400, 'tos_invalid_version_reference'],
    [`${TOU}/as-of?date=2025-02-30`, 400, 'tos_invalid_version_reference'],
    [`${TOU}/as-of`, 400, 'validation_failed'],
    [`${TOU}/versions?page=2`, 400, 'unknown_query_parameter'],
    [`${TOU}/clauses/x/history?changesOnly=maybe`, 400, 'validation_failed'],
  ])('GET %s answers %i %s', async (path, status, code) => {
    const { body } = await request(api.server).get(path).expect(status);
    expect(body.error.code).toBe(code);
  });

  it('refuses to diff a version of another document', async () => {
    const { body: other } = await request(api.server).get(`${SERVICES_AGREEMENT}/versions?limit=1`).expect(200);
    const { body } = await request(api.server).get(`${TOU}/diff?from=${other.items[0].id}`).expect(400);
    expect(body.error.code).toBe('tos_versions_not_comparable');
  });
});

describe('POST /api/v1/tos/snapshots', () => {
  let api: TestApi;
  let ingestKey: string;
  const post = (body: Record<string, unknown>, key?: string) => {
    const req = request(api.server).post('/api/v1/tos/snapshots');
    return (key ? req.set('Authorization', `Bearer ${key}`) : req).send(body);
  };
  const html = (items: string[]) =>
    `<!doctype html><html><body><h1>Example AI Terms</h1><p>Effective: March 1, 2025</p><ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol></body></html>`;
  const snapshot = (recordedAt: string, content: string, extra: Record<string, unknown> = {}) => ({
    service: 'Example AI',
    provider: 'Example Inc.',
    documentType: 'Terms of Service',
    recordedAt,
    content,
    sourceUrl: 'https://example.ai/terms',
    ...extra,
  });

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000 } });
    ingestKey = await api.keyWithScope(ApiKeyScope.Ingest);
  });

  afterAll(() => api.close());

  it('needs an ingest key', async () => {
    const { body } = await post(snapshot('2025-03-01T00:00:00Z', html(['Be nice.']))).expect(401);
    expect(body.error.code).toBe('missing_api_key');
    const readKey = await api.keyWithScope(ApiKeyScope.Read);
    expect(
      (await post(snapshot('2025-03-01T00:00:00Z', html(['Be nice.'])), readKey).expect(403)).body.error.code,
    ).toBe('insufficient_scope');
  });

  it('stores a first version, recognises a repeat and noise, and stores a change', async () => {
    const first = await post(
      snapshot('2025-03-01T00:00:00Z', html(['You may not resell the Services.', 'Be nice.'])),
      ingestKey,
    ).expect(201);
    expect(first.body).toMatchObject({ outcome: 'stored', service: 'Example AI', documentType: 'Terms of Service' });
    expect(first.body.version).toMatchObject({
      kind: 'first',
      effectiveDate: '2025-03-01',
      changeCounts: { added: 4 },
    });

    const repeat = await post(
      snapshot('2025-03-01T00:00:00Z', html(['You may not resell the Services.', 'Be nice.'])),
      ingestKey,
    ).expect(200);
    expect(repeat.body).toMatchObject({ outcome: 'duplicate', version: { id: first.body.version.id } });

    const noise = await post(
      snapshot('2025-03-02T00:00:00Z', html(['You may not resell the\u00a0Services.', 'Be  nice.'])),
      ingestKey,
    ).expect(200);
    expect(noise.body).toMatchObject({ outcome: 'noise', version: null });

    const markdown =
      '# Example AI Terms\n\nEffective: April 1, 2025\n\n1. You may not resell or lease the Services.\n2. Be nice.\n';
    const change = await post(snapshot('2025-04-01T00:00:00Z', markdown), ingestKey).expect(201);
    expect(change.body.version).toMatchObject({
      kind: 'change',
      previousVersionId: first.body.version.id,
      changeCounts: { modified: 2 },
    });

    const diff = await request(api.server).get('/api/v1/tos/example-ai/terms-of-service/diff').expect(200);
    const resell = diff.body.changes.find((c: { after: ClauseBody | null }) => c.after?.text.includes('resell'));
    expect(resell.wordDiff).toContainEqual({ op: 'insert', text: 'or lease ' });
  });

  it.each([
    ['an empty snapshot', snapshot('2025-05-01T00:00:00Z', ''), 400, 'tos_empty_snapshot'],
    [
      'a snapshot with no text',
      snapshot('2025-05-01T00:00:00Z', '<html><body><script>x()</script><p> </p></body></html>'),
      400,
      'tos_empty_snapshot',
    ],
    [
      'a snapshot older than the latest one',
      snapshot('2025-01-01T00:00:00Z', '# Terms\n\nOld text.'),
      409,
      'tos_snapshot_out_of_order',
    ],
    [
      'a snapshot from the future',
      snapshot('2999-01-01T00:00:00Z', '# Terms\n\nLater text.'),
      400,
      'tos_recorded_at_in_future',
    ],
    ['a malformed time', snapshot('yesterday', '# Terms'), 400, 'validation_failed'],
    ['an unknown format', snapshot('2025-05-01T00:00:00Z', '# Terms', { format: 'pdf' }), 400, 'validation_failed'],
    ['an unknown field', snapshot('2025-05-01T00:00:00Z', '# Terms', { color: 'red' }), 400, 'validation_failed'],
  ])('rejects %s', async (_what, body, status, code) => {
    const response = await post(body, ingestKey).expect(status);
    expect(response.body.error.code).toBe(code);
  });
});
