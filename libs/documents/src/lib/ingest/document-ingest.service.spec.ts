import { CASES_ENTITIES, CasesError, CasesErrorCode, ClaimCode, ClaimsService, SeedService } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { DomainEvent, DomainEventType, EventsModule } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { buildPdf, corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { BlobStore } from '../blobs/blob-store';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { DocumentsModule } from '../documents.module';
import { DocumentsService } from '../documents/documents.service';
import { CaseMatchSource, DocumentFailureCode, DocumentStatus } from '../documents/document-status';
import { Document } from '../documents/document.entity';
import { DocumentType } from '../extraction/document-type';
import { ExtractionError, ExtractionErrorCode } from '../extraction/extraction-error';
import { DocumentPage } from '../pages/document-page.entity';
import { DocumentJobHandlers } from '../jobs/document-job-handlers';
import { joinPages } from '../citations/document-citations';
import { DocumentExtractionService } from './document-extraction.service';
import { CALLER_EXTRACTION_GRACE_SECONDS, DocumentIngestService, IngestFields } from './document-ingest.service';

type IngestInput = IngestFields & { bytes: Buffer };

const ORDER = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';
const COMPLAINT = 'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf';
const MAX_BYTES = 400_000;

function corpusPdf(name: string): IngestInput {
  return {
    bytes: fs.readFileSync(corpusPath('filings', 'pdf', name)),
    fileName: name,
    declaredMediaType: 'application/pdf',
  };
}

/** A PDF nobody uploaded before: its bytes differ on every call (random file id). */
function freshPdf(text = 'A short notice that the hearing moved.'): IngestInput {
  return { bytes: buildPdf({ pages: [text] }), fileName: 'fresh.pdf', declaredMediaType: 'application/pdf' };
}

describe('joinPages', () => {
  it('joins pages with a newline and gives the offset where each starts', () => {
    const { text, pageOffsets } = joinPages([{ text: 'one' }, { text: '' }, { text: 'three' }]);
    expect(text).toBe('one\n\nthree');
    expect(pageOffsets).toEqual([0, 4, 5]);
    expect(text.slice(pageOffsets[2])).toBe('three');
  });
});

describe('document ingestion and extraction (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: DocumentIngestService;
  let extraction: DocumentExtractionService;
  let documents: DocumentsService;
  let dataSource: DataSource;
  let blobs: BlobStore;

  const jobsFor = async (name: JobName, documentId: string) =>
    (await dataSource.query(`SELECT start_after FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`, [
      name,
      documentId,
    ])) as {
      start_after: Date;
    }[];
  const blobFiles = () =>
    fs.existsSync(ctx.config.blobDir)
      ? (fs.readdirSync(ctx.config.blobDir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) =>
          e.isFile(),
        ).length
      : 0;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, DocumentsModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent],
      config: { upload: { maxBytes: MAX_BYTES, maxConcurrent: 4 } },
    });
    sut = ctx.app.get(DocumentIngestService);
    extraction = ctx.app.get(DocumentExtractionService);
    documents = ctx.app.get(DocumentsService);
    dataSource = ctx.app.get(DataSource);
    blobs = ctx.app.get(BlobStore);
    await ctx.app.get(SeedService, { strict: false }).seed();
  });

  afterAll(() => ctx.close());

  describe('the Bartz v. Anthropic fair-use order', () => {
    let id: string;

    it('is received: content-addressed blob, one row, one extract job in the same transaction', async () => {
      const input = corpusPdf(ORDER);
      const result = await sut.ingest(input);
      id = result.documentId;
      expect(result).toMatchObject({ created: true, status: DocumentStatus.Received });
      const row = await dataSource.getRepository(Document).findOneByOrFail({ id });
      expect(row).toMatchObject({
        mediaType: 'application/pdf',
        originalFileName: ORDER,
        byteSize: input.bytes.length,
        caseId: null,
      });
      expect(row.sha256).toBe('76540e59c6f1a471e0b1f992793129300688c3fd1b47c2a4a05c8da65e503bc6');
      expect(row.blobPath).toBe(path.join('76', '54', row.sha256));
      expect(fs.readFileSync(blobs.resolve(row.blobPath)).equals(input.bytes)).toBe(true);
      expect(await jobsFor(JobName.DocumentExtract, id)).toHaveLength(1);
    });

    it('is extracted: pages, header metadata, case by header and court, type and title, then a document.index job', async () => {
      await expect(extraction.extract(id)).resolves.toEqual({
        documentId: id,
        status: DocumentStatus.Extracted,
        skipped: false,
      });
      const view = await documents.get(id);
      expect(view).toMatchObject({
        status: DocumentStatus.Extracted,
        pageCount: 32,
        textLayer: true,
        textLayerIssue: null,
        docketNumber: '3:24-cv-05417',
        court: 'cand',
        ecfNumber: 231,
        entryNumber: 231,
        filedOn: '2025-06-23',
        documentType: DocumentType.Order,
        documentTypeOverridden: false,
        title: 'ORDER ON FAIR USE',
        case: { slug: 'bartz-v-anthropic', matchedBy: CaseMatchSource.Header },
        failure: null,
      });
      expect(await dataSource.getRepository(DocumentPage).countBy({ documentId: id })).toBe(32);
      expect((await documents.getPage(id, 1)).text).toContain('ORDER ON FAIR USE');
      expect(await jobsFor(JobName.DocumentIndex, id)).toHaveLength(1);
    });

    it('gives the text of its stored pages in page order, and none for a document it does not have', async () => {
      const texts = await documents.pageTexts(id);
      expect(texts).toHaveLength(32);
      expect(texts[0]).toContain('ORDER ON FAIR USE');
      expect(texts[4]).toBe((await documents.getPage(id, 5)).text);
      expect(await documents.pageTexts('00000000-0000-4000-8000-000000000000')).toEqual([]);
      expect(await documents.pageTexts('not-a-uuid')).toEqual([]);
    });

    it('records one document.created event with what was written: case, title, type, date, entry, pages, citation keys', async () => {
      const events = await dataSource
        .getRepository(DomainEvent)
        .find({ where: { type: DomainEventType.DocumentCreated, subjectId: id } });
      expect(events).toHaveLength(1);
      const bartz = (await documents.get(id)).case;
      const payload = events[0].payload as Record<string, unknown>;
      expect(payload).toMatchObject({
        documentId: id,
        title: 'ORDER ON FAIR USE',
        documentType: DocumentType.Order,
        filedOn: '2025-06-23',
        entryNumber: '231',
        pageCount: 32,
      });
      expect(events[0].caseId).toBe(bartz?.id);
      const stored = (await dataSource.query(`SELECT DISTINCT key FROM citations WHERE source_id = $1`, [id])) as {
        key: string;
      }[];
      expect([...(payload['citations'] as string[])].sort()).toEqual(stored.map((r) => r.key).sort());
      expect(payload['citations']).toContain('17 U.S.C. § 107');
    });

    it('has its citations stored in the same transaction, by page, resolved to tracked cases', async () => {
      const { count, citations } = await documents.citationsOf(id);
      expect(count).toBeGreaterThan(100);
      const ross = citations.find((c) => c.key === '765 F. Supp. 3d 382');
      expect(ross).toMatchObject({ type: 'case', resolvedCase: { slug: 'thomson-reuters-v-ross' } });
      expect((await documents.getPage(id, ross?.page ?? 0)).text.replace(/\s+/g, ' ')).toContain('765 F. Supp. 3d 382');
      expect(citations.filter((c) => c.key === '17 U.S.C. § 107').length).toBeGreaterThan(3);
      // Every page's header stamp cites the case's own docket.
      const ownDocket = citations.filter((c) => c.type === 'docket' && c.resolvedCase?.slug === 'bartz-v-anthropic');
      expect(new Set(ownDocket.map((c) => c.page)).size).toBe(32);
    });

    it('is extracted once: a second run (a retried job, the CLI and a worker) changes nothing', async () => {
      await expect(extraction.extract(id)).resolves.toMatchObject({ status: DocumentStatus.Extracted, skipped: true });
      expect(await jobsFor(JobName.DocumentIndex, id)).toHaveLength(1);
    });

    it('is the same document when the same bytes come again, whatever the name', async () => {
      const again = await sut.ingest({ ...corpusPdf(ORDER), fileName: 'renamed.pdf' });
      expect(again).toEqual({ documentId: id, created: false, status: DocumentStatus.Extracted });
      expect(await dataSource.getRepository(Document).countBy({ sha256: (await documents.get(id)).sha256 })).toBe(1);
    });

    it('becomes indexed only once extracted', async () => {
      await expect(documents.markIndexed(id)).resolves.toBe(true);
      expect((await documents.get(id)).status).toBe(DocumentStatus.Indexed);
      const received = await sut.ingest(freshPdf());
      await expect(documents.markIndexed(received.documentId)).resolves.toBe(false);
    });
  });

  it('gives concurrent uploads of the same new bytes one document, one blob and one job', async () => {
    const input = freshPdf('Concurrent upload of the same stipulation.');
    const results = await Promise.all(Array.from({ length: 8 }, () => sut.ingest({ ...input })));
    const ids = new Set(results.map((r) => r.documentId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [id] = ids;
    expect(await jobsFor(JobName.DocumentExtract, id)).toHaveLength(1);
    const row = await dataSource.getRepository(Document).findOneByOrFail({ id });
    expect(fs.readdirSync(path.dirname(blobs.resolve(row.blobPath))).filter((f) => f === row.sha256)).toHaveLength(1);
    expect(fs.readdirSync(path.join(ctx.config.blobDir, 'tmp'))).toEqual([]);
  });

  it('keeps what the uploader said over what the header says', async () => {
    const { documentId } = await sut.ingest({
      ...corpusPdf(COMPLAINT),
      case: 'kadrey-v-meta',
      documentType: DocumentType.Exhibit,
      entryNumber: 7,
      filedOn: '2024-09-01',
      title: 'Exhibit A to the Kadrey declaration',
      sourceUrl: 'https://example.org/exhibit-a.pdf',
    });
    await extraction.extract(documentId);
    expect(await documents.get(documentId)).toMatchObject({
      case: { slug: 'kadrey-v-meta', matchedBy: CaseMatchSource.Upload },
      court: 'cand',
      documentType: DocumentType.Exhibit,
      documentTypeOverridden: true,
      entryNumber: 7,
      ecfNumber: 1,
      filedOn: '2024-09-01',
      docketNumber: '3:24-cv-05417',
      title: 'Exhibit A to the Kadrey declaration',
      sourceUrl: 'https://example.org/exhibit-a.pdf',
    });
  });

  it('delays the extract job, kept as a safety net, when the caller (the CLI) extracts in-process', async () => {
    const { documentId } = await sut.ingest(freshPdf(), { extractionBy: 'caller' });
    const [job] = await jobsFor(JobName.DocumentExtract, documentId);
    expect(job.start_after.getTime() - Date.now()).toBeGreaterThan((CALLER_EXTRACTION_GRACE_SECONDS - 60) * 1000);
  });

  it('hands a caller that extracts in-process the text it read while checking, which extraction then stores', async () => {
    const input = freshPdf('Notice: the status conference is moved to March 3.');
    const result = await sut.ingest(input, { extractionBy: 'caller' });
    expect(result.extraction).toMatchObject({ mediaType: 'application/pdf', pageCount: 1 });
    expect(result.extraction?.pages[0].text).toContain('status conference is moved');
    await expect(extraction.extract(result.documentId, result.extraction)).resolves.toMatchObject({
      status: DocumentStatus.Extracted,
    });
    expect((await documents.getPage(result.documentId, 1)).text).toBe(result.extraction?.pages[0].text);
    const worker = await sut.ingest(freshPdf('A worker extracts this one later.'));
    expect(worker.extraction).toBeUndefined();
  });

  describe('bad input is refused before anything is written', () => {
    const truncated = () => {
      const whole = corpusPdf(ORDER);
      return {
        ...whole,
        bytes: whole.bytes.subarray(0, Math.floor(whole.bytes.length / 2)),
        fileName: 'truncated.pdf',
      };
    };
    const cases: [string, () => IngestInput, string][] = [
      ['zero bytes', () => ({ bytes: Buffer.alloc(0), fileName: 'empty.pdf' }), ExtractionErrorCode.EmptyFile],
      [
        'HTML named .pdf',
        () => ({ bytes: Buffer.from('<!doctype html><p>Access denied</p>'), fileName: 'x.pdf' }),
        ExtractionErrorCode.NotAPdf,
      ],
      ['a truncated PDF', truncated, ExtractionErrorCode.CorruptPdf],
      [
        'an encrypted PDF',
        () => ({
          bytes: buildPdf({ pages: ['Sealed'], encrypt: { userPassword: 'pw', ownerPassword: 'o' } }),
          fileName: 'sealed.pdf',
        }),
        ExtractionErrorCode.EncryptedPdf,
      ],
      [
        'a zip',
        () => ({ bytes: Buffer.from('504b030414000000', 'hex'), fileName: 'brief.docx' }),
        ExtractionErrorCode.UnsupportedMediaType,
      ],
      [
        'a file over the maximum',
        () => ({ bytes: Buffer.alloc(MAX_BYTES + 1, 0x20), fileName: 'big.pdf' }),
        DocumentsErrorCode.FileTooLarge,
      ],
      ['an unknown case', () => ({ ...freshPdf(), case: 'no-such-case' }), CasesErrorCode.UnknownCase],
    ];

    const modes = ['worker', 'caller'] as const;
    it.each(modes.flatMap((mode) => cases.map(([name, input, code]) => [mode, name, input, code] as const)))(
      'extraction by %s: %s',
      async (mode, _name, input, code) => {
        const rowsBefore = await dataSource.getRepository(Document).count();
        const blobsBefore = blobFiles();
        const error = await sut.ingest(input(), { extractionBy: mode }).catch((e: unknown) => e);
        expect(error instanceof ExtractionError || error instanceof DocumentsError || error instanceof CasesError).toBe(
          true,
        );
        expect((error as ExtractionError | DocumentsError | CasesError).code).toBe(code);
        expect(await dataSource.getRepository(Document).count()).toBe(rowsBefore);
        expect(blobFiles()).toBe(blobsBefore);
      },
    );
  });

  describe('extraction failures end `failed` with a reason and no pages', () => {
    it('a stored file that went bad: corrupt_pdf', async () => {
      const { documentId } = await sut.ingest(freshPdf());
      const row = await dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
      fs.writeFileSync(blobs.resolve(row.blobPath), Buffer.from('%PDF-1.7\nnot a body\n'));
      await expect(extraction.extract(documentId)).resolves.toMatchObject({
        status: DocumentStatus.Failed,
        failureCode: 'corrupt_pdf',
      });
      expect(await documents.get(documentId)).toMatchObject({
        status: DocumentStatus.Failed,
        failure: { code: ExtractionErrorCode.CorruptPdf, message: expect.stringContaining('cannot be read') },
        pageCount: null,
      });
      expect(await dataSource.getRepository(DocumentPage).countBy({ documentId })).toBe(0);
      expect(await jobsFor(JobName.DocumentIndex, documentId)).toHaveLength(0);
      await expect(documents.getPage(documentId, 1)).rejects.toMatchObject({
        code: DocumentsErrorCode.DocumentNotExtracted,
      });
    });

    it('a stored file that is gone: blob_missing', async () => {
      const { documentId } = await sut.ingest(freshPdf());
      const row = await dataSource.getRepository(Document).findOneByOrFail({ id: documentId });
      fs.rmSync(blobs.resolve(row.blobPath));
      await expect(extraction.extract(documentId)).resolves.toMatchObject({
        failureCode: DocumentFailureCode.BlobMissing,
      });
    });
  });

  describe('claims of a complaint (issue 18)', () => {
    const pleadedClaims = (documentId: string) =>
      ctx.app
        .get(ClaimsService)
        .list('bartz-v-anthropic')
        .then((claims) => claims.filter((c) => c.source.documentId === documentId));

    it('are stored with the document, entry and page when a complaint of a case is extracted', async () => {
      const { documentId } = await sut.ingest({
        bytes: buildPdf({
          pages: [
            'CLASS ACTION COMPLAINT\nPlaintiffs allege as follows.',
            'COUNT I - Direct Copyright Infringement (17 U.S.C. \u00a7 501)\n(Against All Defendants)\n40. Plaintiffs incorporate',
            'COUNT II - Unjust Enrichment\n50. Plaintiffs incorporate',
          ],
        }),
        fileName: 'complaint.pdf',
        declaredMediaType: 'application/pdf',
        case: 'bartz-v-anthropic',
        documentType: DocumentType.Complaint,
        entryNumber: 1,
      });
      await extraction.extract(documentId);
      const claims = await pleadedClaims(documentId);
      expect(claims.map((c) => [c.label, c.code, c.statutes, c.source.page, c.source.entryNumber, c.status])).toEqual([
        ['COUNT I', ClaimCode.CopyrightDirect, ['17 U.S.C. \u00a7 501'], 2, 1, 'pending'],
        ['COUNT II', ClaimCode.UnjustEnrichment, [], 3, 1, 'pending'],
      ]);
    });

    it('odd complaint text is extracted as usual and yields no claim', async () => {
      const { documentId } = await sut.ingest({
        bytes: buildPdf({
          pages: ['COUNT\nCOUNT I\n12. Count I alleges nothing\nFIRST CAUSE OF ACTION\n(Against all)'],
        }),
        fileName: 'odd-complaint.pdf',
        declaredMediaType: 'application/pdf',
        case: 'bartz-v-anthropic',
        documentType: DocumentType.Complaint,
      });
      await expect(extraction.extract(documentId)).resolves.toMatchObject({ status: DocumentStatus.Extracted });
      expect(await pleadedClaims(documentId)).toEqual([]);
    });

    it('are not read from a document that is not a complaint', async () => {
      const { documentId } = await sut.ingest({
        bytes: buildPdf({ pages: ['COUNT I - Copyright Infringement'] }),
        fileName: 'exhibit.pdf',
        declaredMediaType: 'application/pdf',
        case: 'bartz-v-anthropic',
        documentType: DocumentType.Exhibit,
      });
      await extraction.extract(documentId);
      expect(await pleadedClaims(documentId)).toEqual([]);
    });
  });

  it('runs as the document.extract job on a worker', async () => {
    await ctx.app.get(DocumentJobHandlers).register(ctx.app.get(JobsService));
    const { documentId } = await sut.ingest({
      bytes: Buffer.from('# Notice of appearance\n\nPlease take notice that counsel appears for the defendant.\n'),
      fileName: 'appearance.md',
    });
    let status = DocumentStatus.Received;
    for (let attempt = 0; attempt < 300 && status === DocumentStatus.Received; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await documents.get(documentId)).status;
    }
    expect(await documents.get(documentId)).toMatchObject({
      status: DocumentStatus.Extracted,
      mediaType: 'text/markdown',
      pageCount: 1,
      documentType: DocumentType.Notice,
    });
  });
});
