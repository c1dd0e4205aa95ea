import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { DocumentExtractionService } from '@casetrail/documents';
import { buildPdf, corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

const ORDER = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';
const COMPLAINT = 'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf';
const corpusPdf = (name: string) => fs.readFileSync(corpusPath('filings', 'pdf', name));

describe('documents API over HTTP', () => {
  let api: TestApi;
  let ingestKey: string;
  let readKey: string;

  const upload = (
    bytes: Buffer,
    fileName: string,
    fields: Record<string, string> = {},
    contentType = 'application/pdf',
  ) => {
    const req = request(api.server).post('/api/v1/documents').set('Authorization', `Bearer ${ingestKey}`);
    for (const [name, value] of Object.entries(fields)) void req.field(name, value);
    return req.attach('file', bytes, { filename: fileName, contentType });
  };
  const documentCount = async () =>
    Number((await api.app.get(DataSource).query('SELECT count(*) AS n FROM documents'))[0].n);
  const extract = (id: string) => api.app.get(DocumentExtractionService).extract(id);

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    ingestKey = await api.keyWithScope(ApiKeyScope.Ingest);
    readKey = await api.keyWithScope(ApiKeyScope.Read);
  });

  afterAll(() => api.close());

  describe('the Bartz v. Anthropic complaint and fair-use order', () => {
    const ids: Record<string, string> = {};

    it('are accepted with 201, received, with a Location', async () => {
      for (const name of [COMPLAINT, ORDER]) {
        const response = await upload(corpusPdf(name), name).expect(201);
        expect(response.body).toMatchObject({
          status: 'received',
          originalFileName: name,
          mediaType: 'application/pdf',
          pageCount: null,
        });
        expect(response.headers['location']).toBe(`/api/v1/documents/${response.body.id}`);
        ids[name] = response.body.id;
      }
    });

    it('are attached to the seeded case by their header once extracted, with ECF number, date and type', async () => {
      for (const id of Object.values(ids)) await extract(id);
      const complaint = (await request(api.server).get(`/api/v1/documents/${ids[COMPLAINT]}`).expect(200)).body;
      const order = (await request(api.server).get(`/api/v1/documents/${ids[ORDER]}`).expect(200)).body;
      expect(complaint).toMatchObject({
        status: 'extracted',
        docketNumber: '3:24-cv-05417',
        ecfNumber: 1,
        filedOn: '2024-08-19',
        documentType: 'complaint',
        pageCount: 21,
        textLayer: true,
        case: { slug: 'bartz-v-anthropic', matchedBy: 'header' },
        court: 'cand',
      });
      expect(order).toMatchObject({
        status: 'extracted',
        docketNumber: '3:24-cv-05417',
        ecfNumber: 231,
        filedOn: '2025-06-23',
        documentType: 'order',
        pageCount: 32,
        textLayer: true,
        case: { slug: 'bartz-v-anthropic', matchedBy: 'header' },
        court: 'cand',
      });
    });

    it('answers the same bytes again with 200 and the existing document', async () => {
      const again = await upload(corpusPdf(ORDER), 'another-name.pdf').expect(200);
      expect(again.body.id).toBe(ids[ORDER]);
      expect(again.body.originalFileName).toBe(ORDER);
    });

    it('serves the original bytes with their content type and file name', async () => {
      const response = await request(api.server)
        .get(`/api/v1/documents/${ids[ORDER]}/file`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`inline; filename="${ORDER}"; filename*=UTF-8''${ORDER}`);
      expect((response.body as Buffer).equals(corpusPdf(ORDER))).toBe(true);
    });

    it('serves the text of one page, and 404 past the last one', async () => {
      const page = await request(api.server).get(`/api/v1/documents/${ids[ORDER]}/pages/1`).expect(200);
      expect(page.body).toMatchObject({ documentId: ids[ORDER], number: 1, pageCount: 32 });
      expect(page.body.text).toContain('ORDER ON FAIR USE');
      const past = await request(api.server).get(`/api/v1/documents/${ids[ORDER]}/pages/33`).expect(404);
      expect(past.body.error.code).toBe('page_not_found');
      expect(
        (await request(api.server).get(`/api/v1/documents/${ids[ORDER]}/pages/one`).expect(400)).body.error.code,
      ).toBe('validation_failed');
    });

    it('lists the citations found in the text, with page and resolution', async () => {
      const { body } = await request(api.server).get(`/api/v1/documents/${ids[ORDER]}/citations`).expect(200);
      expect(body.documentId).toBe(ids[ORDER]);
      expect(body.count).toBe(body.citations.length);
      expect(body.citations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            type: 'case',
            key: '765 F. Supp. 3d 382',
            page: expect.any(Number),
            resolvedCase: expect.objectContaining({ slug: 'thomson-reuters-v-ross' }),
          }),
          expect.objectContaining({ type: 'statute', key: '17 U.S.C. § 107' }),
        ]),
      );
      expect(
        (await request(api.server).get('/api/v1/documents/not-a-uuid/citations').expect(404)).body.error.code,
      ).toBe('document_not_found');
    });

    it('lists them under the case, with filters and cursor pagination', async () => {
      const all = await request(api.server).get('/api/v1/cases/bartz-v-anthropic/documents').expect(200);
      expect(all.body.items.map((d: { ecfNumber: number }) => d.ecfNumber)).toEqual([1, 231]);
      expect(all.body.nextCursor).toBeNull();

      const orders = await request(api.server)
        .get('/api/v1/cases/bartz-v-anthropic/documents?documentType=order')
        .expect(200);
      expect(orders.body.items.map((d: { id: string }) => d.id)).toEqual([ids[ORDER]]);
      const from2025 = await request(api.server)
        .get('/api/v1/cases/bartz-v-anthropic/documents?filedFrom=2025-01-01')
        .expect(200);
      expect(from2025.body.items.map((d: { id: string }) => d.id)).toEqual([ids[ORDER]]);
      const to2024 = await request(api.server)
        .get('/api/v1/cases/bartz-v-anthropic/documents?filedTo=2024-12-31')
        .expect(200);
      expect(to2024.body.items.map((d: { id: string }) => d.id)).toEqual([ids[COMPLAINT]]);

      const first = await request(api.server).get('/api/v1/cases/bartz-v-anthropic/documents?limit=1').expect(200);
      expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([ids[COMPLAINT]]);
      const second = await request(api.server)
        .get(`/api/v1/cases/bartz-v-anthropic/documents?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`)
        .expect(200);
      expect(second.body.items.map((d: { id: string }) => d.id)).toEqual([ids[ORDER]]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('rejects bad list parameters', async () => {
      const bad = async (query: string, code: string) =>
        expect(
          (await request(api.server).get(`/api/v1/cases/bartz-v-anthropic/documents?${query}`).expect(400)).body.error
            .code,
        ).toBe(code);
      await bad('documentType=memo', 'validation_failed');
      await bad('filedFrom=2025-13-01', 'validation_failed');
      await bad('sort=asc', 'unknown_query_parameter');
      await bad('cursor=abc', 'invalid_cursor');
      expect((await request(api.server).get('/api/v1/cases/no-such-case/documents').expect(404)).body.error.code).toBe(
        'case_not_found',
      );
    });
  });

  it('gives concurrent uploads of the same bytes one document: one 201, the rest 200 with its id', async () => {
    const bytes = buildPdf({ pages: ['Stipulation uploaded by several clients at once.'] });
    const before = await documentCount();
    const responses = await Promise.all(Array.from({ length: 6 }, () => upload(bytes, 'same.pdf')));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await documentCount()).toBe(before + 1);
  });

  it('takes the optional fields of the upload, which win over the header', async () => {
    const response = await upload(buildPdf({ pages: ['Exhibit 12 to the declaration.'] }), 'exhibit-12.pdf', {
      case: 'nyt-v-microsoft-openai',
      documentType: 'exhibit',
      entryNumber: '12',
      filedOn: '2024-03-04',
      title: 'Exhibit 12',
      sourceUrl: 'https://example.org/exhibit-12.pdf',
    }).expect(201);
    expect(response.body).toMatchObject({
      case: { slug: 'nyt-v-microsoft-openai', matchedBy: 'upload' },
      documentType: 'exhibit',
      documentTypeOverridden: true,
      entryNumber: 12,
      filedOn: '2024-03-04',
      title: 'Exhibit 12',
    });
  });

  it('keeps a file name that is not ASCII, and gives it back in Content-Disposition', async () => {
    const name = 'Ordonnance – décision n° 7.pdf';
    const { body } = await upload(buildPdf({ pages: ['Décision'] }), name).expect(201);
    expect(body.originalFileName).toBe(name);
    const file = await request(api.server).get(`/api/v1/documents/${body.id}/file`).expect(200);
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="Ordonnance _ d_cision n_ 7.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });

  describe('bad input gets a 4xx with a code and leaves nothing behind', () => {
    const order = () => corpusPdf(ORDER);
    const cases: [string, () => request.Test, number, string][] = [
      ['zero bytes', () => upload(Buffer.alloc(0), 'empty.pdf'), 400, 'empty_file'],
      [
        'HTML named .pdf',
        () => upload(Buffer.from('<!doctype html><p>Access denied</p>'), 'filing.pdf', {}, 'application/octet-stream'),
        415,
        'not_a_pdf',
      ],
      [
        'a PNG declared as a PDF',
        () => upload(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'scan.png'),
        415,
        'not_a_pdf',
      ],
      ['a truncated PDF', () => upload(order().subarray(0, 150_000), 'truncated.pdf'), 422, 'corrupt_pdf'],
      [
        'a corrupt PDF',
        () => upload(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n'), 'corrupt.pdf'),
        422,
        'corrupt_pdf',
      ],
      [
        'an encrypted PDF',
        () =>
          upload(
            buildPdf({ pages: ['Sealed'], encrypt: { userPassword: 'secret', ownerPassword: 'owner' } }),
            'sealed.pdf',
          ),
        422,
        'encrypted_pdf',
      ],
      [
        'an unknown case slug',
        () => upload(buildPdf({ pages: ['x'] }), 'x.pdf', { case: 'no-such-case' }),
        400,
        'unknown_case',
      ],
      [
        'an unsupported type',
        () => upload(Buffer.from('504b030414000000', 'hex'), 'brief.docx', {}, 'application/zip'),
        415,
        'unsupported_media_type',
      ],
      [
        'no file part',
        () =>
          request(api.server).post('/api/v1/documents').set('Authorization', `Bearer ${ingestKey}`).field('title', 'x'),
        400,
        'file_missing',
      ],
      [
        'an unknown field',
        () => upload(buildPdf({ pages: ['x'] }), 'x.pdf', { court: 'cand' }),
        400,
        'validation_failed',
      ],
      [
        'a bad document type',
        () => upload(buildPdf({ pages: ['x'] }), 'x.pdf', { documentType: 'memo' }),
        400,
        'validation_failed',
      ],
    ];

    it.each(cases)('%s', async (_name, send, status, code) => {
      const before = await documentCount();
      const response = await send().expect(status);
      expect(response.body.error).toMatchObject({ code, message: expect.any(String) });
      expect(await documentCount()).toBe(before);
    });

    it('stays up: the API answers after all of them', async () => {
      await request(api.server).get('/health').expect(200);
    });
  });

  describe('reads', () => {
    it('answers unknown documents with 404 document_not_found', async () => {
      for (const id of ['7d9f7e4a-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const response = await request(api.server).get(`/api/v1/documents/${id}`).expect(404);
        expect(response.body.error.code).toBe('document_not_found');
      }
    });

    it('answers pages of a document not extracted yet with 409 document_not_extracted', async () => {
      const { body } = await upload(buildPdf({ pages: ['Pending'] }), 'pending.pdf').expect(201);
      const response = await request(api.server).get(`/api/v1/documents/${body.id}/pages/1`).expect(409);
      expect(response.body.error).toMatchObject({ code: 'document_not_extracted', details: { status: 'received' } });
    });

    it('says so when a scan has no text layer; it is stored, not failed', async () => {
      const bytes = corpusPdf('image-only_court-document.pdf');
      const { body } = await upload(bytes, 'image-only_court-document.pdf').expect(201);
      await extract(body.id);
      const view = await request(api.server).get(`/api/v1/documents/${body.id}`).expect(200);
      expect(view.body).toMatchObject({
        status: 'extracted',
        textLayer: false,
        textLayerIssue: 'no_text',
        pageCount: 2,
        failure: null,
      });
    });
  });

  describe('auth', () => {
    it('needs an ingest key to upload', async () => {
      const bytes = buildPdf({ pages: ['x'] });
      const none = await request(api.server).post('/api/v1/documents').attach('file', bytes, 'x.pdf').expect(401);
      expect(none.body.error.code).toBe('missing_api_key');
      const read = await request(api.server)
        .post('/api/v1/documents')
        .set('Authorization', `Bearer ${readKey}`)
        .attach('file', bytes, 'x.pdf')
        .expect(403);
      expect(read.body.error.code).toBe('insufficient_scope');
    });
  });
});

describe('documents API upload limit', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ upload: { maxBytes: 64 * 1024, maxConcurrent: 4 } });
  });

  afterAll(() => api.close());

  it('answers a file over CASETRAIL_MAX_UPLOAD_BYTES with 413 file_too_large and stores nothing', async () => {
    const key = await api.keyWithScope(ApiKeyScope.Ingest);
    const bytes = corpusPdf(COMPLAINT);
    const response = await request(api.server)
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${key}`)
      .attach('file', bytes, { filename: COMPLAINT, contentType: 'application/pdf' })
      .expect(413);
    expect(response.body.error).toMatchObject({ code: 'file_too_large', details: { limitBytes: 64 * 1024 } });
    const [{ n }] = await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM documents');
    expect(n).toBe(0);
    expect(fs.existsSync(api.config.blobDir) ? fs.readdirSync(api.config.blobDir) : []).toEqual([]);
  });
});
