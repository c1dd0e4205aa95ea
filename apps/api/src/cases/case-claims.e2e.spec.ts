import { ApiKeyScope } from '@casetrail/auth';
import { SeedData, SeedService } from '@casetrail/cases';
import { workspaceRoot } from '@casetrail/testing';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

interface Summary {
  slug: string;
  stage: string;
  status: string;
  court: { id: string };
}

const seedJson = JSON.parse(
  readFileSync(path.join(workspaceRoot(), 'libs/cases/src/lib/seed/ai-cases.seed.json'), 'utf8'),
) as SeedData;

describe('claims, stages, filters and facets over HTTP', () => {
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

  it('reads a case’s claims and shows them with the stage on the case view', async () => {
    const { body: claims } = await request(api.server).get('/api/v1/cases/raw-story-v-openai/claims').expect(200);
    expect(claims).toEqual([
      expect.objectContaining({ code: 'dmca_1202', heading: 'DMCA 17 U.S.C. § 1202(b)(1)', status: 'pending' }),
    ]);
    expect(claims[0].statutes).toEqual(['17 U.S.C. § 1202(b)(1)']);
    const { body: detail } = await request(api.server).get('/api/v1/cases/raw-story-v-openai').expect(200);
    expect(detail.claimRecords).toEqual(claims);
    expect(detail.claims).toEqual(['DMCA 17 U.S.C. § 1202(b)(1)']);
    expect(typeof detail.stage).toBe('string');
    await request(api.server).get('/api/v1/cases/no-such-case/claims').expect(404);
  });

  it('records a sourced status change; refuses bad input with a code and needs the ingest scope', async () => {
    const { body: claims } = await request(api.server).get('/api/v1/cases/raw-story-v-openai/claims').expect(200);
    const path = `/api/v1/cases/raw-story-v-openai/claims/${claims[0].id}/status`;
    const source = {
      status: 'dismissed',
      sourceUrl: 'https://example.org/order.pdf',
      page: 4,
      decidedOn: '2024-11-07',
    };
    await request(api.server).post(path).send(source).expect(401);
    await request(api.server).post(path).set('Authorization', `Bearer ${readKey}`).send(source).expect(403);
    const missing = await request(api.server)
      .post(path)
      .set('Authorization', `Bearer ${ingestKey}`)
      .send({ status: 'dismissed' })
      .expect(400);
    expect(missing.body.error.code).toBe('claim_status_source_missing');
    const badStatus = await request(api.server)
      .post(path)
      .set('Authorization', `Bearer ${ingestKey}`)
      .send({ ...source, status: 'lost' })
      .expect(400);
    expect(badStatus.body.error.code).toBe('validation_failed');
    const unknown = await request(api.server)
      .post('/api/v1/cases/raw-story-v-openai/claims/00000000-0000-4000-8000-000000000000/status')
      .set('Authorization', `Bearer ${ingestKey}`)
      .send(source)
      .expect(404);
    expect(unknown.body.error.code).toBe('claim_not_found');
    const { body } = await request(api.server)
      .post(path)
      .set('Authorization', `Bearer ${ingestKey}`)
      .send(source)
      .expect(201);
    expect(body.status).toBe('dismissed');
    expect(body.history.at(-1)).toMatchObject({
      fromStatus: 'pending',
      status: 'dismissed',
      source: { url: 'https://example.org/order.pdf', page: 4 },
    });
  });

  it('filters by claim, claim status, stage, judge, party group and court, with facets for the current filter', async () => {
    const expectedCmi = seedJson.cases
      .filter((c) => c.claims.some((text) => /1202|copyright management information|\bCMI\b/i.test(text)))
      .map((c) => c.slug)
      .sort();
    const { body: cmi } = await request(api.server)
      .get('/api/v1/cases?claim=dmca_1202&limit=50&facets=true')
      .expect(200);
    expect(cmi.items.map((c: Summary) => c.slug).sort()).toEqual(expectedCmi);
    expect(cmi.facets.claim.dmca_1202).toBe(expectedCmi.length);
    const courtTotal = Object.values(cmi.facets.court as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(courtTotal).toBe(expectedCmi.length);

    const { body: dismissed } = await request(api.server)
      .get('/api/v1/cases?claimStatus=dismissed&limit=50')
      .expect(200);
    expect(dismissed.items.map((c: Summary) => c.slug)).toContain('raw-story-v-openai');

    const { body: all } = await request(api.server).get('/api/v1/cases?limit=50&facets=true').expect(200);
    const stage = all.items[0].stage as string;
    const { body: atStage } = await request(api.server).get(`/api/v1/cases?stage=${stage}&limit=50`).expect(200);
    expect(atStage.items.every((c: Summary) => c.stage === stage)).toBe(true);
    expect(atStage.items).toHaveLength(all.facets.stage[stage]);

    const { body: stein } = await request(api.server).get('/api/v1/cases?judge=stein&limit=50').expect(200);
    expect(stein.items.map((c: Summary) => c.slug)).toContain('nyt-v-microsoft-openai');
    const { body: anthropic } = await request(api.server)
      .get('/api/v1/cases?partyGroup=org:anthropic&court=cand&limit=50')
      .expect(200);
    expect(anthropic.items.map((c: Summary) => c.slug).sort()).toEqual([
      'bartz-v-anthropic',
      'concord-music-v-anthropic',
    ]);
    expect(all.facets.partyGroup['org:anthropic']).toBe(2);
    expect(all.facets.judge['Sidney H. Stein']).toBeGreaterThan(0);

    for (const bad of ['claim=copyright', 'stage=over', 'claimStatus=lost', 'facets=maybe']) {
      const { body } = await request(api.server).get(`/api/v1/cases?${bad}`).expect(400);
      expect(body.error.code).toBe('validation_failed');
    }
  });
});
