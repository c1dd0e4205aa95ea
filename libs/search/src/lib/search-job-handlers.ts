import { Injectable } from '@nestjs/common';
import { JobName, JobsService } from '@casetrail/jobs';
import { SearchService } from './search.service';

/** Keeps the search index in step: a failed indexing job is retried with backoff, never dropped. */
@Injectable()
export class SearchJobHandlers {
  constructor(private readonly search: SearchService) {}

  async register(jobs: JobsService): Promise<void> {
    await jobs.work(JobName.SearchIndexCase, ({ caseId }) => this.search.indexCase(caseId));
    await jobs.work(JobName.DocumentIndex, ({ documentId }) => this.search.indexDocument(documentId));
    await jobs.work(JobName.SearchIndexDocket, ({ caseId, entryIds }) => this.search.indexDocket(caseId, entryIds));
    await jobs.work(JobName.SearchIndexTosVersion, ({ documentId }) => this.search.indexTosDocument(documentId));
  }
}
