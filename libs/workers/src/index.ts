export { WorkerError, WorkerErrorCode } from './lib/worker-error';
export { defineTask } from './lib/worker-task';
export type { DomainErrorClass, WorkerTask } from './lib/worker-task';
export { WorkerPool } from './lib/worker-pool';
export type { RunOptions } from './lib/worker-pool';
export { WorkersModule } from './lib/workers.module';
