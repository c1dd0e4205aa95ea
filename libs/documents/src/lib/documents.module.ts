import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { CitationsModule } from '@casetrail/citations';
import { WorkersModule } from '@casetrail/workers';
import { BlobStore } from './blobs/blob-store';
import { DocumentCitations } from './citations/document-citations';
import { DocumentsService } from './documents/documents.service';
import { DocumentExtractionService } from './ingest/document-extraction.service';
import { DocumentIngestService } from './ingest/document-ingest.service';
import { DocumentJobHandlers } from './jobs/document-job-handlers';
import { DocumentOcrRepository } from './ocr/document-ocr.repository';
import { DocumentOcrService } from './ocr/document-ocr.service';
import { OcrJobHandlers } from './ocr/ocr-job-handlers';
import { OcrScheduler } from './ocr/ocr-scheduler';
import { StalledDocuments } from './jobs/stalled-documents';
import { StalledDocumentsRepository } from './jobs/stalled-documents.repository';

@Module({
  imports: [CasesModule, CitationsModule, WorkersModule],
  providers: [
    BlobStore,
    DocumentCitations,
    DocumentsService,
    DocumentIngestService,
    DocumentExtractionService,
    DocumentJobHandlers,
    DocumentOcrService,
    OcrScheduler,
    OcrJobHandlers,
    StalledDocuments,
    StalledDocumentsRepository,
    DocumentOcrRepository,
  ],
  exports: [
    BlobStore,
    DocumentsService,
    DocumentIngestService,
    DocumentExtractionService,
    DocumentJobHandlers,
    DocumentOcrService,
    OcrJobHandlers,
  ],
})
export class DocumentsModule {}
