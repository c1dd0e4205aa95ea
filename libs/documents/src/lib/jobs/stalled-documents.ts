import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobsService } from '@casetrail/jobs';
import { DocumentExtractionService } from '../ingest/document-extraction.service';
import { StalledDocumentsRepository } from './stalled-documents.repository';

export interface StalledReport {
  requeued: number;
  failed: number;
}

/**
 * Documents left `received` with no extraction job waiting or running in a live process: their job
 * was lost (deleted, archived) or its attempts ran out because the process died each time. Run when
 * a worker starts: the first kind is queued again, the second is marked failed with its reason.
 */
@Injectable()
export class StalledDocuments {
  private readonly logger = new Logger(StalledDocuments.name);

  constructor(
    private readonly repository: StalledDocumentsRepository,
    private readonly jobs: JobsService,
    private readonly extraction: DocumentExtractionService,
  ) {}

  /** `graceSeconds`: a document this young may still be in its uploader's transaction or its caller's hands. */
  async recover(graceSeconds = 120): Promise<StalledReport> {
    const ids = await this.repository.receivedBefore(graceSeconds);
    const live = await this.jobs.pendingJobValues(JobName.DocumentExtract, 'documentId', ids);
    const stalled = ids.filter((id) => !live.has(id));
    const exhausted = await this.jobs.failedJobValues(JobName.DocumentExtract, 'documentId', stalled);
    const report: StalledReport = { requeued: 0, failed: 0 };
    for (const documentId of stalled) {
      if (exhausted.has(documentId)) {
        await this.extraction.markCrashed(documentId, new Error('its extraction stopped its process at every attempt'));
        report.failed += 1;
      } else {
        await this.jobs.send(JobName.DocumentExtract, { documentId });
        report.requeued += 1;
      }
    }
    if (stalled.length > 0) {
      this.logger.warn(`documents left received: ${report.requeued} queued again, ${report.failed} marked failed`);
    }
    return report;
  }
}
