import { INestApplicationContext } from '@nestjs/common';
import { DocumentJobHandlers, OcrJobHandlers } from '@casetrail/documents';
import { AlertsJobHandlers } from '@casetrail/alerts';
import { CourtListenerJobHandlers } from '@casetrail/courtlistener';
import { JobsService } from '@casetrail/jobs';
import { SEARCH_INDEX, SearchIndex, SearchJobHandlers } from '@casetrail/search';
import { PacerJobHandlers } from '@casetrail/pacer';
import { TosJobHandlers } from '@casetrail/tos';

/** A domain's job handlers; each registers the queues it works on. */
export interface JobHandlerSet {
  register(jobs: JobsService): Promise<void>;
}

/** Provider classes of every domain's handlers, registered by `startWorkers`. */
export const JOB_HANDLER_SETS: (new (...args: never[]) => JobHandlerSet)[] = [
  DocumentJobHandlers,
  OcrJobHandlers,
  SearchJobHandlers,
  PacerJobHandlers,
  AlertsJobHandlers,
  TosJobHandlers,
  CourtListenerJobHandlers,
];

export async function startWorkers(app: INestApplicationContext): Promise<number> {
  const jobs = app.get(JobsService);
  await jobs.start();
  for (const handlerSet of JOB_HANDLER_SETS) await app.get(handlerSet).register(jobs);
  return JOB_HANDLER_SETS.length;
}

/** Applies the search engine's settings at boot; an engine that is down only delays indexing. */
export async function prepareSearchEngine(app: INestApplicationContext, log: (message: string) => void): Promise<void> {
  const index = app.get<SearchIndex>(SEARCH_INDEX);
  try {
    await index.ensureReady();
  } catch (error) {
    log(
      `search engine ${index.engine} not ready (${error instanceof Error ? error.message : String(error)}); indexing will retry`,
    );
  }
}
