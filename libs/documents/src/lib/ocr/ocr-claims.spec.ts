import { CASES_ENTITIES, ClaimCode, ClaimsService, SeedService } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { DomainEvent, EventsModule } from '@casetrail/events';
import { corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import fs from 'node:fs';
import { imageOnlyCopy } from '../../testing';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { DocumentsModule } from '../documents.module';
import { DocumentType } from '../extraction/document-type';
import { DocumentExtractionService } from '../ingest/document-extraction.service';
import { DocumentIngestService } from '../ingest/document-ingest.service';
import { DocumentOcrService } from './document-ocr.service';
import { DEFAULT_OCR_DPI } from './ocr-pool';

jest.setTimeout(300_000);

const COMPLAINT = 'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf';

describe('claims of a scanned complaint, read after OCR (PostgreSQL)', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, DocumentsModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent],
    });
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx?.close());

  it('records the count of the Bartz complaint once its scan is read, and only once', async () => {
    // The corpus complaint's caption page and its count (page 17) as a scan without a text layer.
    const text = fs.readFileSync(corpusPath('filings', 'pdf', COMPLAINT));
    const scan = await imageOnlyCopy(text, [1, 17], DEFAULT_OCR_DPI);
    const { documentId } = await ctx.app.get(DocumentIngestService).ingest({
      bytes: scan,
      fileName: 'bartz-complaint-scan.pdf',
      declaredMediaType: 'application/pdf',
      case: 'bartz-v-anthropic',
      documentType: DocumentType.Complaint,
      entryNumber: 1,
    });
    await ctx.app.get(DocumentExtractionService).extract(documentId);
    const claims = ctx.app.get(ClaimsService);
    const fromScan = async () =>
      (await claims.list('bartz-v-anthropic')).filter((c) => c.source.documentId === documentId);
    // Extraction found no text, so no claims yet: this is what OCR must fix.
    expect(await fromScan()).toEqual([]);

    const ocr = ctx.app.get(DocumentOcrService);
    expect(await ocr.ocrDocument(documentId)).toMatchObject({ status: 'completed', pagesRead: 2 });
    const read = await fromScan();
    expect(
      read.map((c) => ({ code: c.code, label: c.label, page: c.source.page, entry: c.source.entryNumber })),
    ).toEqual([{ code: ClaimCode.CopyrightDirect, label: 'CLAIM FOR RELIEF', page: 2, entry: 1 }]);
    expect(read[0]?.heading).toMatch(/Copyright Infringement/i);

    // Reading the scan again writes the claims again through the same path: nothing is added twice.
    await ocr.ocrDocument(documentId, { force: true });
    expect((await fromScan()).map((c) => c.id)).toEqual(read.map((c) => c.id));
  });
});
