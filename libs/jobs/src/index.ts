export { JOB_NAMES, JobName } from './lib/job-names';
export type { JobHandler, JobPayloads } from './lib/job-names';
export { DEFAULT_JOB_POLICY, JOB_POLICIES, policyFor } from './lib/job-policy';
export type { JobPolicy } from './lib/job-policy';
export { JOBS_DATABASE_URL, JOBS_SCHEMA, JobsService } from './lib/jobs.service';
export type { QueueHealth, RequeueOutcome, SendOptions } from './lib/jobs.service';
export { JobsModule } from './lib/jobs.module';
export { DEFAULT_LEASE_TIMING, JobLeases } from './lib/job-leases';
export type { LeaseTiming, RecoveredJob, SqlExecutor } from './lib/job-leases';
