import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { CitationsService, CitationSourceKind, extractCitations } from '@casetrail/citations';
import { corpusPath } from '@casetrail/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

const BARTZ_ORDER = corpusPath(
  'filings',
  'text',
  'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt',
);

interface RelatedItem {
  case: { slug: string };
  reasons: {
    kind: string;
    type?: string;
    group?: string;
    roles?: { thisCase: string[]; otherCase: string[] };
    mdl?: { slug: string };
  }[];
}

describe('citations and the case graph over HTTP', () => {
  let api: TestApi;
  let bartzOrder: string;
  let bartzDocumentId: string;

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    bartzOrder = fs.readFileSync(BARTZ_ORDER, 'utf8');
    // Until filings are stored, a synthetic document of Bartz v. Anthropic carries the order's citations.
    bartzDocumentId = randomUUID();
    const bartz = (await request(api.server).get('/api/v1/cases/bartz-v-anthropic').expect(200)).body as { id: string };
    await api.app
      .get(DataSource)
      .transaction((manager) =>
        api.app
          .get(CitationsService)
          .replaceForSource(
            manager,
            { kind: CitationSourceKind.Document, id: bartzDocumentId, caseId: bartz.id, courtId: 'cand' },
            extractCitations(bartzOrder),
          ),
      );
  });

  afterAll(() => api.close());

  describe('POST /api/v1/citations/extract', () => {
    it('finds the Bartz order’s statutes and its citation of Thomson Reuters v. Ross, with pages', async () => {
      // Each page of the PDF text ends with its "Page N of M" stamp.
      const pageOffsets = [
        0,
        ...[...bartzOrder.matchAll(/Page \d+ of \d+\n/g)].map((m) => (m.index ?? 0) + m[0].length).slice(0, -1),
      ];
      // The order is longer than anonymous callers may send: this caller has a key.
      const key = await api.keyWithScope(ApiKeyScope.Read);
      const { body } = await request(api.server)
        .post('/api/v1/citations/extract')
        .set('Authorization', `Bearer ${key}`)
        .send({ text: bartzOrder, pageOffsets })
        .expect(200);
      const keys = new Set(body.citations.map((c: { key: string }) => c.key));
      for (const section of ['101', '102', '106', '107', '109', '504'])
        expect(keys).toContain(`17 U.S.C. § ${section}`);
      const ross = body.citations.find(
        (c: { type: string; key: string }) => c.type === 'case' && c.key === '765 F. Supp. 3d 382',
      );
      expect(ross).toMatchObject({
        volume: '765',
        reporter: 'F. Supp. 3d',
        reporterPage: '382',
        court: 'D. Del.',
        year: 2025,
      });
      expect(ross.page).toBeGreaterThan(1);
      expect(bartzOrder.slice(ross.span.start, ross.span.end)).toBe(ross.matchedText);
      expect(body.count).toBe(body.citations.length);
    });

    it('rejects text over the size limit, bad page offsets and unknown fields', async () => {
      const tooLong = await request(api.server)
        .post('/api/v1/citations/extract')
        .send({ text: 'x'.repeat(1_000_001) })
        .expect(400);
      expect(tooLong.body.error.code).toBe('validation_failed');
      const tooBig = await request(api.server)
        .post('/api/v1/citations/extract')
        .send({ text: 'x'.repeat(2_100_000) })
        .expect(413);
      expect(tooBig.body.error.code).toBe('payload_too_large');
      const offsets = await request(api.server)
        .post('/api/v1/citations/extract')
        .send({ text: '17 U.S.C. § 107', pageOffsets: [0, 9, 3] })
        .expect(400);
      expect(offsets.body.error.code).toBe('citations_invalid_page_offsets');
      const unknown = await request(api.server)
        .post('/api/v1/citations/extract')
        .send({ text: 'x', store: true })
        .expect(400);
      expect(unknown.body.error.details.unknownFields).toEqual(['store']);
    });
  });

  describe('GET /api/v1/citations?key=', () => {
    it('lists the sources and pages citing a key as typed, and the tracked case it is about', async () => {
      const { body } = await request(api.server)
        .get(`/api/v1/citations?key=${encodeURIComponent('765 F.Supp.3d 382')}`)
        .expect(200);
      expect(body.key).toBe('765 F. Supp. 3d 382');
      expect(body.resolvedCase).toMatchObject({ slug: 'thomson-reuters-v-ross' });
      expect(body.items).toEqual([
        expect.objectContaining({
          source: {
            kind: 'document',
            id: bartzDocumentId,
            case: expect.objectContaining({ slug: 'bartz-v-anthropic' }),
          },
          citations: [
            expect.objectContaining({ type: 'case', matchedText: expect.stringMatching(/^765 F\. Supp\. 3d\s+382/) }),
          ],
        }),
      ]);
      expect(body.nextCursor).toBeNull();
    });

    it('pages with a cursor and validates its query', async () => {
      const first = await request(api.server)
        .get(`/api/v1/citations?key=${encodeURIComponent('17 U.S.C. § 107')}&limit=1`)
        .expect(200);
      expect(first.body.items).toHaveLength(1);
      expect((await request(api.server).get('/api/v1/citations').expect(400)).body.error.code).toBe(
        'validation_failed',
      );
      expect((await request(api.server).get('/api/v1/citations?key=x&page=2').expect(400)).body.error.code).toBe(
        'unknown_query_parameter',
      );
      expect((await request(api.server).get('/api/v1/citations?key=x&cursor=nope').expect(400)).body.error.code).toBe(
        'invalid_cursor',
      );
    });
  });

  describe('GET /api/v1/cases/{id}/related', () => {
    it('lists the MDL 3143 and its other member cases, and the cases sharing OpenAI or Microsoft as defendant', async () => {
      const { body } = await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai/related').expect(200);
      expect(body.case.slug).toBe('nyt-v-microsoft-openai');
      const bySlug = new Map((body.related as RelatedItem[]).map((r) => [r.case.slug, r.reasons]));
      expect(bySlug.get('in-re-openai-copyright-mdl-3143')).toContainEqual(
        expect.objectContaining({ kind: 'relation', type: 'mdl_member' }),
      );
      for (const member of [
        'daily-news-v-microsoft-openai',
        'authors-guild-v-openai',
        'tremblay-v-openai',
        'raw-story-v-openai',
        'intercept-v-openai',
      ]) {
        expect(bySlug.get(member)).toContainEqual(
          expect.objectContaining({
            kind: 'mdl_sibling',
            mdl: expect.objectContaining({ slug: 'in-re-openai-copyright-mdl-3143' }),
          }),
        );
      }
      const sharingAsDefendant = (group: string) =>
        [...bySlug]
          .filter(([, reasons]) =>
            reasons.some(
              (r) => r.kind === 'shared_party' && r.group === group && r.roles?.otherCase.includes('defendant'),
            ),
          )
          .map(([slug]) => slug)
          .sort();
      expect(sharingAsDefendant('Microsoft')).toEqual(
        [
          'a-t-v-openai',
          'daily-news-v-microsoft-openai',
          'doe-v-github',
          'in-re-openai-copyright-mdl-3143',
          'intercept-v-openai',
        ].sort(),
      );
      expect(sharingAsDefendant('OpenAI')).toEqual(
        [
          'a-t-v-openai',
          'ani-v-openai',
          'authors-guild-v-openai',
          'daily-news-v-microsoft-openai',
          'doe-v-github',
          'gema-v-openai',
          'in-re-openai-copyright-mdl-3143',
          'intercept-v-openai',
          'raw-story-v-openai',
          'tremblay-v-openai',
        ].sort(),
      );
      expect(bySlug.has('bartz-v-anthropic')).toBe(false);
      // Exactly those ten (docs/citations.md quotes one of them): every related case shares OpenAI as defendant.
      expect([...bySlug.keys()].sort()).toEqual(sharingAsDefendant('OpenAI'));
      expect(bySlug.size).toBe(10);
    });

    it('shows that Bartz cites Ross through the stored citations, and 404s an unknown case', async () => {
      const { body } = await request(api.server).get('/api/v1/cases/thomson-reuters-v-ross/related').expect(200);
      const bartz = (body.related as RelatedItem[]).find((r) => r.case.slug === 'bartz-v-anthropic');
      expect(bartz?.reasons).toContainEqual(
        expect.objectContaining({ kind: 'cited_by', keys: expect.arrayContaining(['765 F. Supp. 3d 382']) }),
      );
      const missing = await request(api.server).get('/api/v1/cases/no-such-case/related').expect(404);
      expect(missing.body.error.code).toBe('case_not_found');
    });
  });

  describe('GET /api/v1/graph', () => {
    it('returns nodes and edges to the requested depth', async () => {
      const { body } = await request(api.server)
        .get('/api/v1/graph?case=kadrey-v-meta&depth=2&kinds=relation')
        .expect(200);
      expect(body.nodes.map((n: { slug: string; depth: number }) => [n.slug, n.depth])).toEqual([
        ['kadrey-v-meta', 0],
        ['tremblay-v-openai', 1],
        ['in-re-openai-copyright-mdl-3143', 2],
      ]);
      expect(body.edges.map((e: { label: string }) => e.label).sort()).toEqual([
        'mdl_member',
        'related',
        'transferred_to',
      ]);
    });

    it('limits depth to 3 and validates link kinds', async () => {
      expect(
        (await request(api.server).get('/api/v1/graph?case=kadrey-v-meta&depth=4').expect(400)).body.error.code,
      ).toBe('validation_failed');
      expect(
        (await request(api.server).get('/api/v1/graph?case=kadrey-v-meta&kinds=relation,friends').expect(400)).body
          .error.code,
      ).toBe('validation_failed');
      expect((await request(api.server).get('/api/v1/graph').expect(400)).body.error.code).toBe('validation_failed');
      expect((await request(api.server).get('/api/v1/graph?case=nobody').expect(404)).body.error.code).toBe(
        'case_not_found',
      );
    });
  });
});
