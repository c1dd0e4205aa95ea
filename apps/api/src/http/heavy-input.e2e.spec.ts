import { ApiKeyScope } from '@casetrail/auth';
import { manyPagePdf, pdfBomb, waitFor } from '@casetrail/testing';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

const MB = 1024 * 1024;
const ANONYMOUS_MAX = 20_000;

/** Text dense in citations that point back at each other: the costliest input for the extractor. */
const citationStorm = (characters: number): string =>
  'See Bartz v. Anthropic PBC, 787 F. Supp. 3d 1007 (N.D. Cal. 2025). '
    .concat('Id. supra at 12. '.repeat(characters))
    .slice(0, characters);

const nestedDocket = (depth: number): string =>
  `<html><body><h3>DOCKET FOR CASE #: 1:24-cv-00001</h3>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;

describe('heavy input over HTTP', () => {
  let api: TestApi;
  let ingestKey: string;
  let readKey: string;

  const documentCount = async (): Promise<number> =>
    (await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM documents'))[0].n as number;
  const stagedUploads = (): string[] => {
    const dir = path.join(api.config.dataDir, 'uploads');
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };
  const upload = (bytes: Buffer, name: string) =>
    request(api.server)
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${ingestKey}`)
      .attach('file', bytes, { filename: name, contentType: 'application/pdf' });

  beforeAll(async () => {
    api = await createTestApi({
      rateLimit: { windowSeconds: 60, maxRequests: 1_000 },
      upload: { maxBytes: 8 * MB, maxConcurrent: 1 },
      pdf: { maxPages: 1_000, maxInflatedBytes: 16 * MB },
      citations: { anonymousMaxCharacters: ANONYMOUS_MAX, keyedMaxCharacters: 1_000_000, maxResults: 500 },
    });
    ingestKey = await api.keyWithScope(ApiKeyScope.Ingest);
    readKey = await api.keyWithScope(ApiKeyScope.Read);
    await new Promise<void>((resolve) => (api.server as http.Server).listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => api.close());

  it('refuses a docket report 64,000 divs deep with 413 input_too_large, not a 5xx', async () => {
    const response = await request(api.server)
      .post('/api/v1/pacer/dockets?court=nysd')
      .set('Authorization', `Bearer ${ingestKey}`)
      .set('Content-Type', 'text/html')
      .send(nestedDocket(64_000));
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'input_too_large', details: { maxDepth: 512 } });
  });

  it('refuses a PDF bomb at upload with 422 pdf_inflates_too_much, storing nothing', async () => {
    const before = await documentCount();
    const response = await upload(await pdfBomb(64 * MB), 'bomb.pdf').expect(422);
    expect(response.body.error).toMatchObject({
      code: 'pdf_inflates_too_much',
      details: { limitInflatedBytes: 16 * MB },
    });
    expect(await documentCount()).toBe(before);
    expect(fs.existsSync(api.config.blobDir) ? fs.readdirSync(api.config.blobDir) : []).toEqual([]);
    await waitFor(() => stagedUploads().length === 0, { message: 'the staged upload is removed' });
  });

  it('refuses a PDF over the page limit at upload with 422 too_many_pages', async () => {
    const response = await upload(manyPagePdf(1_500), 'exhibits.pdf').expect(422);
    expect(response.body.error).toMatchObject({ code: 'too_many_pages', details: { pageCount: 1_500 } });
  });

  it('answers a bystander GET /api/v1/cases while a heavy extraction is in flight', async () => {
    const finished: string[] = [];
    const heavy = request(api.server)
      .post('/api/v1/citations/extract')
      .set('Authorization', `Bearer ${readKey}`)
      .send({ text: citationStorm(900_000) })
      .then((r) => {
        finished.push('heavy');
        return r;
      });
    // Sequencing only: let the heavy request reach the server first.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const bystander = await request(api.server).get('/api/v1/cases?limit=1');
    finished.push('bystander');
    expect(bystander.status).toBe(200);
    const heavyResponse = await heavy;
    expect(heavyResponse.status).toBe(200);
    expect(finished).toEqual(['bystander', 'heavy']);
    // The answer is capped, and says so.
    expect(heavyResponse.body).toMatchObject({ count: 500, truncated: true });
    expect(heavyResponse.body.total).toBeGreaterThan(500);
    expect(heavyResponse.body.citations).toHaveLength(500);
  });

  it('caps anonymous citation extraction far below keyed callers, with 413', async () => {
    const text = citationStorm(ANONYMOUS_MAX + 1);
    const anonymous = await request(api.server).post('/api/v1/citations/extract').send({ text }).expect(413);
    expect(anonymous.body.error).toMatchObject({
      code: 'payload_too_large',
      details: { limitCharacters: ANONYMOUS_MAX, authenticated: false },
    });
    await request(api.server)
      .post('/api/v1/citations/extract')
      .set('Authorization', `Bearer ${readKey}`)
      .send({ text })
      .expect(200);
  });

  it('counts an extraction as one request per started 10,000 characters in the rate limit', async () => {
    const remaining = async (characters: number): Promise<number> => {
      const response = await request(api.server)
        .post('/api/v1/citations/extract')
        .send({ text: citationStorm(characters) })
        .expect(200);
      return Number(response.headers['ratelimit-remaining']);
    };
    const first = await remaining(100);
    const second = await remaining(15_000);
    const third = await remaining(100);
    expect(first - second).toBe(2);
    expect(second - third).toBe(1);
  });

  it('refuses an upload over the concurrency cap with 503 and Retry-After; a cut-off upload leaves nothing', async () => {
    const before = await documentCount();
    const { port } = (api.server as http.Server).address() as AddressInfo;
    const boundary = 'casetrail-boundary';
    // An upload that announces 4 MB and sends a little of it, then stalls.
    const stalled = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/documents',
      headers: {
        Authorization: `Bearer ${ingestKey}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(4 * MB),
      },
    });
    stalled.on('error', () => undefined);
    stalled.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n${'x'.repeat(64 * 1024)}`,
    );
    await waitFor(() => stagedUploads().length === 1, { message: 'the stalled upload is staged' });

    const refused = await upload(manyPagePdf(2), 'second.pdf').expect(503);
    expect(refused.body.error.code).toBe('too_many_uploads');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    stalled.destroy();
    await waitFor(() => stagedUploads().length === 0, { message: 'the cut-off upload is removed' });
    expect(await documentCount()).toBe(before);
    await waitFor(async () => (await upload(manyPagePdf(2), 'third.pdf')).status === 201, {
      message: 'uploads are accepted again once the cut-off one is gone',
    });
  });
});
