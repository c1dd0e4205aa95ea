export * from './lib/job-names';
export * from './lib/job-policy';
export * from './lib/jobs.service';
export * from './lib/jobs.module';
export * from './lib/job-leases';
