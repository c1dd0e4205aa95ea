import { INestApplicationContext } from '@nestjs/common';
import { DocumentJobHandlers } from '@casetrail/documents';
import { JobsService } from '@casetrail/jobs';

/** A domain's job handlers; each registers the queues it works on. */
export interface JobHandlerSet {
  register(jobs: JobsService): Promise<void>;
}

/** Provider classes of every domain's handlers, registered by `startWorkers`. */
export const JOB_HANDLER_SETS: (new (...args: never[]) => JobHandlerSet)[] = [DocumentJobHandlers];

export async function startWorkers(app: INestApplicationContext): Promise<number> {
  const jobs = app.get(JobsService);
  await jobs.start();
  for (const handlerSet of JOB_HANDLER_SETS) await app.get(handlerSet).register(jobs);
  return JOB_HANDLER_SETS.length;
}
