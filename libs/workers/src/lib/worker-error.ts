import { DomainError } from '@casetrail/core';

export enum WorkerErrorCode {
  /** The task ran longer than its time limit; its thread was terminated. */
  TimedOut = 'task_timed_out',
  /** The task needed more memory than a worker thread may use; its thread was terminated. */
  OutOfMemory = 'task_out_of_memory',
  /** Too many tasks are waiting for a thread. */
  PoolBusy = 'worker_pool_busy',
  /** The pool is shutting down. */
  PoolClosed = 'worker_pool_closed',
}

export class WorkerError extends DomainError<WorkerErrorCode> {}
