import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobsService, policyFor } from '@casetrail/jobs';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { DocumentExtractionService } from '../ingest/document-extraction.service';
import { StalledDocuments } from './stalled-documents';

/**
 * The documents domain's job handlers (a JobHandlerSet of @casetrail/runtime): `document.extract`.
 * `document.index`, which extraction enqueues, is the search domain's to handle.
 */
@Injectable()
export class DocumentJobHandlers {
  private readonly logger = new Logger(DocumentJobHandlers.name);

  constructor(
    private readonly extraction: DocumentExtractionService,
    private readonly stalled: StalledDocuments,
  ) {}

  async register(jobs: JobsService): Promise<void> {
    const { retryLimit } = policyFor(JobName.DocumentExtract);
    await jobs.work(JobName.DocumentExtract, async ({ documentId }, job) => {
      try {
        await this.extraction.extract(documentId);
      } catch (error) {
        if (error instanceof DocumentsError && error.code === DocumentsErrorCode.DocumentNotFound) {
          this.logger.warn(`document.extract: document ${documentId} no longer exists`);
          return;
        }
        // Extraction errors of the file itself are recorded as `failed` without throwing; what
        // throws is transient (database, disk) and is retried, until the last attempt records it.
        if (job.retryCount >= retryLimit) {
          await this.extraction.markCrashed(documentId, error);
          return;
        }
        throw error;
      }
    });
    await this.stalled
      .recover()
      .catch((error: unknown) =>
        this.logger.warn(`stalled documents: ${error instanceof Error ? error.message : String(error)}`),
      );
  }
}
