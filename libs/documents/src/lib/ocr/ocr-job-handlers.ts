import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { DocumentsError, DocumentsErrorCode } from '../documents-error';
import { DocumentOcrService } from './document-ocr.service';

/**
 * `document.ocr` (a JobHandlerSet of @casetrail/runtime). Page failures are stored on the pages, and
 * a failure for good of what follows the last page on the document (OCR status `failed`), so what
 * throws is transient (database, disk, a busy pool) and is retried; a retry resumes at the first
 * unread page, or only finishes when every page was read.
 */
@Injectable()
export class OcrJobHandlers {
  private readonly logger = new Logger(OcrJobHandlers.name);

  constructor(
    private readonly ocr: DocumentOcrService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(jobs: JobsService): Promise<void> {
    await jobs.work(JobName.DocumentOcr, async ({ documentId }) => {
      if (this.config.ocr.mode === 'off') {
        this.logger.log(`document.ocr ${documentId}: skipped, CASETRAIL_OCR=off`);
        return;
      }
      try {
        const outcome = await this.ocr.ocrDocument(documentId);
        // Another process holds the document: fail this attempt so pg-boss retries it later.
        if (outcome.status === 'busy') throw new Error(`document ${documentId} is being OCR'd by another process`);
        this.logger.log(
          `document.ocr ${documentId}: ${outcome.status}, ${outcome.pagesDone}/${outcome.pagesTotal} pages` +
            ` (${outcome.pagesFailed} failed, ${outcome.pagesSkipped} beyond the page cap)`,
        );
      } catch (error) {
        if (error instanceof DocumentsError && error.code === DocumentsErrorCode.DocumentNotFound) {
          this.logger.warn(`document.ocr: document ${documentId} no longer exists`);
          return;
        }
        throw error;
      }
    });
  }
}
