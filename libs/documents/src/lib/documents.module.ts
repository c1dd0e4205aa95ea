import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { CitationsModule } from '@casetrail/citations';
import { WorkersModule } from '@casetrail/workers';
import { BlobStore } from './blobs/blob-store';
import { DocumentsService } from './documents/documents.service';
import { DocumentExtractionService } from './ingest/document-extraction.service';
import { DocumentIngestService } from './ingest/document-ingest.service';
import { DocumentJobHandlers } from './jobs/document-job-handlers';

@Module({
  imports: [CasesModule, CitationsModule, WorkersModule],
  providers: [BlobStore, DocumentsService, DocumentIngestService, DocumentExtractionService, DocumentJobHandlers],
  exports: [BlobStore, DocumentsService, DocumentIngestService, DocumentExtractionService, DocumentJobHandlers],
})
export class DocumentsModule {}
