import { JobName } from './job-names';

export interface JobPolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss `retryBackoff`). */
  retryDelay: number;
  expireInSeconds: number;
  concurrency: number;
  /** Jobs fetched per poll; each still succeeds or fails on its own. */
  batchSize: number;
  /** pg-boss queue policy; `stately` keeps at most one queued and one active job per singleton key. */
  queuePolicy?: 'standard' | 'stately';
}

/** Retries with exponential backoff by default; failed jobs stay in pg-boss's tables for inspection. */
export const DEFAULT_JOB_POLICY: JobPolicy = {
  retryLimit: 10,
  retryDelay: 5,
  expireInSeconds: 15 * 60,
  concurrency: 2,
  batchSize: 10,
};

export const JOB_POLICIES: Partial<Record<JobName, Partial<JobPolicy>>> = {
  [JobName.DocumentExtract]: { concurrency: 2, batchSize: 2, expireInSeconds: 30 * 60 },
  // One document at a time per process: its pages already fill the OCR thread pool. A long scan
  // takes minutes; a job that outlives the expiry is retried and resumes at the first unread page.
  [JobName.DocumentOcr]: { concurrency: 1, batchSize: 1, retryLimit: 3, expireInSeconds: 6 * 3600 },
  // Indexing waits out a search engine outage: about 11 hours of doubling retries, then `reindex`.
  [JobName.DocumentIndex]: { concurrency: 2, retryLimit: 13 },
  [JobName.SearchIndexCase]: { concurrency: 1, retryLimit: 13 },
  [JobName.PacerRssPoll]: {
    concurrency: 1,
    batchSize: 1,
    retryLimit: 3,
    expireInSeconds: 30 * 60,
    queuePolicy: 'stately',
  },
  // Delivery retries follow the alerts' own schedule (libs/alerts); pg-boss retries only cover crashes.
  [JobName.AlertsMatch]: { concurrency: 2, batchSize: 5 },
  [JobName.AlertsDeliver]: { concurrency: 4, batchSize: 1, expireInSeconds: 10 * 60 },
  [JobName.SearchIndexTosVersion]: { concurrency: 1, retryLimit: 13 },
  [JobName.SearchIndexDocket]: { concurrency: 1, retryLimit: 13 },
  // Scheduled every few minutes; a failed round is simply followed by the next one.
  [JobName.TosCheckSources]: { concurrency: 1, retryLimit: 3, expireInSeconds: 30 * 60 },
  // A sync resumes where the last one stopped, so a retry after a failure (CourtListener down, a long 429) loses nothing.
  [JobName.CourtListenerSync]: {
    concurrency: 1,
    batchSize: 1,
    retryLimit: 6,
    retryDelay: 30,
    expireInSeconds: 60 * 60,
  },
  [JobName.CourtListenerSchedule]: { concurrency: 1, batchSize: 1, retryLimit: 3, expireInSeconds: 5 * 60 },
};

export function policyFor(name: JobName): JobPolicy {
  return { ...DEFAULT_JOB_POLICY, ...JOB_POLICIES[name] };
}
