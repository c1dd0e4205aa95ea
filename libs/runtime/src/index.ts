export * from './lib/entities';
export * from './lib/infrastructure';
export * from './lib/casetrail.module';
export * from './lib/health.service';
export * from './lib/worker-handlers';
export * from './lib/process-lifecycle';
export * from './lib/domain-error-codes';
