import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AlertMatcher, ChannelType, SubscriptionsService, TargetType } from '@casetrail/alerts';
import {
  Document,
  DocumentExtractionService,
  DocumentIngestService,
  DocumentOcrService,
  DocumentOcrStatus,
  DocumentsService,
  OcrFailureCode,
  PageTextSource,
} from '@casetrail/documents';
import { Citation, CitationSourceKind, CitationsService } from '@casetrail/citations';
import { renderPdfPages } from '@casetrail/documents/testing';
import { DomainEvent, DomainEventType } from '@casetrail/events';
import { JobName } from '@casetrail/jobs';
import { SearchService } from '@casetrail/search';
import { buildImagePdf, buildPdf, corpusPath, createTestDatabase, TestDatabase, testConfig } from '@casetrail/testing';
import { TosCatalogService, TosImportService, TosQueryService } from '@casetrail/tos';
import { DataSource } from 'typeorm';
import { CasetrailModule } from './casetrail.module';

const PHRASE = 'zeppelin inventory';
const CHATGPT_TERMS = { service: 'ChatGPT', documentType: 'Terms of Service' };
/** A sentence of the ChatGPT Terms of Use in force on 2024-03-01 (the corpus version of 2024-02-20). */
const COMPETE_CLAUSE = 'Use Output to develop models that compete with OpenAI.';
const COMPETE_KEY = 'use-output-from-the-services-to-38014c';
const PAGE_TEXT = [
  'ORDER ON THE MOTION TO COMPEL',
  'The quarterly zeppelin inventory was produced late.',
  'The motion is granted in part and denied in part.',
].join('\n');

/**
 * A scan of five pages: a readable page, a page whose JPEG stream is garbage, a page with an empty
 * MediaBox, a page 300 inches wide, and a second readable page. Built at test time.
 */
async function badScan(): Promise<Buffer> {
  const [good] = await renderPdfPages(buildPdf({ pages: [PAGE_TEXT] }), [1], 300);
  const goodPage = { widthPt: 612, heightPt: 792, image: good };
  const tiny = { width: 8, height: 8, pixels: new Uint8Array(64).fill(255), dpi: 72 };
  return buildImagePdf([
    goodPage,
    {
      widthPt: 612,
      heightPt: 792,
      image: {
        width: 400,
        height: 400,
        filter: 'DCTDecode',
        bytes: Buffer.from('\xff\xd8\xff\xe0not a jpeg at all', 'latin1'),
      },
    },
    { widthPt: 0, heightPt: 0, image: tiny },
    { widthPt: 21_600, heightPt: 21_600, image: tiny },
    goodPage,
  ]);
}

describe('OCR of a scanned filing, from extraction to search and alerts (PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ databaseUrl: db.url });
    app = await NestFactory.createApplicationContext(
      CasetrailModule.forRoot({
        config: { ...config, ocr: { ...config.ocr, concurrency: 1, maxPagesPerDocument: 4 } },
        databaseUrl: db.url,
      }),
      { logger: false },
    );
    dataSource = app.get(DataSource);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('reads the scan, stores per-page sources and failures, and feeds search and a saved search once', async () => {
    const subscription = await app
      .get(SubscriptionsService)
      .create(
        { target: { type: TargetType.Search, q: `"${PHRASE}"` }, channel: { type: ChannelType.Feed } },
        { keyId: null, admin: true },
      );
    const { documentId } = await app.get(DocumentIngestService).ingest({
      bytes: await badScan(),
      fileName: 'scan.pdf',
      declaredMediaType: 'application/pdf',
    });
    await app.get(DocumentExtractionService).extract(documentId);

    // Extraction found no text; its document.created event matches nothing yet, and OCR is queued.
    const created = await dataSource
      .getRepository(DomainEvent)
      .findOneByOrFail({ type: DomainEventType.DocumentCreated, subjectId: documentId });
    const matcher = app.get(AlertMatcher);
    expect((await matcher.matchEvent(created.id)).matched).toBe(0);
    const queued = (await dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`, [
      JobName.DocumentOcr,
      documentId,
    ])) as unknown[];
    expect(queued).toHaveLength(1);
    const documents = app.get(DocumentsService);
    expect((await documents.get(documentId)).ocr).toMatchObject({ status: 'queued', pagesTotal: 5, pagesDone: 0 });

    const progress: number[] = [];
    const outcome = await app
      .get(DocumentOcrService)
      .ocrDocument(documentId, { onProgress: (done) => progress.push(done) });
    // The page cap (4) stops before the fifth page and says so.
    expect(outcome).toMatchObject({
      status: 'completed',
      pagesRead: 1,
      pagesTotal: 4,
      pagesDone: 4,
      pagesFailed: 3,
      pagesSkipped: 1,
    });
    expect(progress.sort()).toEqual([1, 2, 3, 4]);

    const page1 = await documents.getPage(documentId, 1);
    expect(page1.textSource).toBe(PageTextSource.Ocr);
    expect(page1.text).toContain('quarterly zeppelin inventory');
    expect(page1.ocr?.status).toBe('done');
    expect(page1.ocr?.confidence).toBeGreaterThan(50);
    const failures = await Promise.all([2, 3, 4, 5].map(async (n) => (await documents.getPage(documentId, n)).ocr));
    expect(failures.map((f) => [f?.status, f?.failure?.code])).toEqual([
      ['failed', OcrFailureCode.ImageUnreadable],
      ['failed', OcrFailureCode.ZeroSizePage],
      ['failed', OcrFailureCode.PageTooLarge],
      ['skipped', 'page_cap'],
    ]);
    const view = await documents.get(documentId);
    expect(view.ocr).toMatchObject({
      status: 'completed',
      pagesTotal: 4,
      pagesDone: 4,
      pagesFailed: 3,
      pagesSkipped: 1,
    });
    expect(view.documentType).toBe('order');

    // Search: the phrase finds the OCR'd page once the document is re-indexed (the queued job's work).
    const search = app.get(SearchService);
    await search.indexDocument(documentId);
    const found = await search.search({ q: `"${PHRASE}"`, filters: {} });
    expect(found.hits.map((h) => [h.documentId, h.page])).toEqual([[documentId, 1]]);

    // Alerts: the OCR event matches the saved search, once, whatever is matched again.
    const ocrEvents = await dataSource
      .getRepository(DomainEvent)
      .findBy({ type: DomainEventType.DocumentOcrCompleted, subjectId: documentId });
    expect(ocrEvents).toHaveLength(1);
    expect(ocrEvents[0].payload).toMatchObject({ ocrPages: [1], supersedes: [created.id] });
    expect((await matcher.matchEvent(ocrEvents[0].id)).matched).toBe(1);
    expect((await matcher.matchEvent(ocrEvents[0].id)).skipped).toBe(true);
    const matches = (await dataSource.query(`SELECT event_id::text FROM alert_matches WHERE subscription_id = $1`, [
      subscription.id,
    ])) as { event_id: string }[];
    expect(matches).toEqual([{ event_id: ocrEvents[0].id }]);

    // A second run finds nothing to read and changes nothing.
    const again = await app.get(DocumentOcrService).ocrDocument(documentId);
    expect(again).toMatchObject({ status: 'completed', pagesRead: 0, pagesDone: 4 });
    expect(
      await dataSource
        .getRepository(DomainEvent)
        .countBy({ type: DomainEventType.DocumentOcrCompleted, subjectId: documentId }),
    ).toBe(1);
  }, 600_000);

  it('a search that matched the text layer already does not fire again when OCR adds text', async () => {
    const subscription = await app
      .get(SubscriptionsService)
      .create(
        { target: { type: TargetType.Search, q: 'stamped' }, channel: { type: ChannelType.Feed } },
        { keyId: null, admin: true },
      );
    // Page 1 has a text layer that mentions the word; page 2 is a scan of the same notice.
    const [scan] = await renderPdfPages(buildPdf({ pages: ['The notice was stamped again by the clerk.'] }), [1], 300);
    const mixed = buildImagePdf([
      {
        widthPt: 612,
        heightPt: 792,
        text: 'NOTICE\nThis notice was stamped and filed by the clerk of the court on time.\n'.repeat(3),
      },
      { widthPt: 612, heightPt: 792, image: scan },
    ]);
    const { documentId } = await app.get(DocumentIngestService).ingest({
      bytes: mixed,
      fileName: 'mixed.pdf',
      declaredMediaType: 'application/pdf',
    });
    await app.get(DocumentExtractionService).extract(documentId);
    const created = await dataSource
      .getRepository(DomainEvent)
      .findOneByOrFail({ type: DomainEventType.DocumentCreated, subjectId: documentId });
    const matcher = app.get(AlertMatcher);
    await matcher.matchEvent(created.id);
    const outcome = await app.get(DocumentOcrService).ocrDocument(documentId);
    // Only the scanned page needed OCR.
    expect(outcome).toMatchObject({ pagesTotal: 1, pagesRead: 1 });
    const [ocrEvent] = await dataSource
      .getRepository(DomainEvent)
      .findBy({ type: DomainEventType.DocumentOcrCompleted, subjectId: documentId });
    await matcher.matchEvent(ocrEvent.id);
    const matches = (await dataSource.query(`SELECT event_id::text FROM alert_matches WHERE subscription_id = $1`, [
      subscription.id,
    ])) as { event_id: string }[];
    expect(matches).toEqual([{ event_id: created.id }]);
  }, 600_000);

  it("links an OCR'd filing's quotation of a ToS clause and tells the clause's subscribers", async () => {
    await app.get(TosImportService).importFolder(corpusPath('tos'), { only: ['ChatGPT/Terms of Service'] });
    const inForce = await app.get(TosQueryService).asOf(CHATGPT_TERMS, '2024-03-01');
    expect(inForce.clauses.find((c) => c.key === COMPETE_KEY)?.text).toContain(COMPETE_CLAUSE);
    const terms = await app.get(TosCatalogService).findDocument(CHATGPT_TERMS);
    const subscription = await app.get(SubscriptionsService).create(
      {
        target: { type: TargetType.Clause, tosDocumentId: terms.id, clauseKey: COMPETE_KEY },
        channel: { type: ChannelType.Feed },
      },
      { keyId: null, admin: true },
    );
    // One scanned page: the quotation exists only in the text OCR reads.
    const brief = ['MEMORANDUM OF LAW IN OPPOSITION', 'The terms of use forbid users to', `"${COMPETE_CLAUSE}"`].join(
      '\n',
    );
    const [scan] = await renderPdfPages(buildPdf({ pages: [brief] }), [1], 300);
    const { documentId } = await app.get(DocumentIngestService).ingest({
      bytes: buildImagePdf([{ widthPt: 612, heightPt: 792, image: scan }]),
      fileName: 'quoting-scan.pdf',
      declaredMediaType: 'application/pdf',
      filedOn: '2024-03-01',
    });
    await app.get(DocumentExtractionService).extract(documentId);
    const citations = app.get(CitationsService);
    const source = { kind: CitationSourceKind.Document, id: documentId };
    expect(await citations.listForSource(source)).toEqual([]);

    expect(await app.get(DocumentOcrService).ocrDocument(documentId)).toMatchObject({
      status: 'completed',
      pagesRead: 1,
    });
    const quotes = (await citations.listForSource(source)).filter((c) => c.type === 'tos_quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      key: `tos:chatgpt/terms-of-service#${COMPETE_KEY}`,
      page: 1,
      resolvedTosClause: { key: COMPETE_KEY, versionId: inForce.id },
      fields: { service: 'ChatGPT', provider: 'OpenAI', versionRecordedAt: inForce.recordedAt },
    });
    // OCR's text of the quotation (Tesseract may read "OpenAI" as "OpenAl"; the linker allows for it).
    expect(quotes[0].matchedText).toContain('Use Output to develop models that compete with');
    const [ocrEvent] = await dataSource
      .getRepository(DomainEvent)
      .findBy({ type: DomainEventType.DocumentOcrCompleted, subjectId: documentId });
    expect(ocrEvent.payload['citations']).toContain(quotes[0].key);

    // The clause subscription hears of the quotation once.
    const quoted = await dataSource
      .getRepository(DomainEvent)
      .findOneByOrFail({ type: DomainEventType.CitationCreated, subjectId: quotes[0].id });
    const matcher = app.get(AlertMatcher);
    expect((await matcher.matchEvent(quoted.id)).matched).toBe(1);
    const matches = (await dataSource.query(`SELECT event_id::text FROM alert_matches WHERE subscription_id = $1`, [
      subscription.id,
    ])) as { event_id: string }[];
    expect(matches).toEqual([{ event_id: quoted.id }]);

    // A run that read every page but stopped before finishing finishes on the next run, reading nothing.
    await dataSource.getRepository(Document).update({ id: documentId }, { ocrStatus: DocumentOcrStatus.Running });
    await dataSource.getRepository(Citation).delete({ sourceKind: source.kind, sourceId: documentId });
    const ocr = app.get(DocumentOcrService);
    expect(await ocr.documentsMissingOcr()).toContain(documentId);
    expect(await ocr.ocrDocument(documentId)).toMatchObject({
      status: 'completed',
      pagesRead: 0,
    });
    expect((await app.get(DocumentsService).get(documentId)).ocr).toMatchObject({ status: 'completed' });
    expect((await citations.listForSource(source)).filter((c) => c.type === 'tos_quote').map((c) => c.key)).toEqual([
      quotes[0].key,
    ]);
    expect(await ocr.documentsMissingOcr()).not.toContain(documentId);
  }, 600_000);
});
