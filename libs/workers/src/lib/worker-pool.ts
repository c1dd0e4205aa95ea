import type { WorkersConfig } from '@casetrail/config';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { WorkerError, WorkerErrorCode } from './worker-error';
import type { TaskMessage, TaskOutcome, WorkerTask } from './worker-task';

/** The pool's limits (`WorkersConfig` for the shared pool) and, for a pool of its own, when to let idle threads go. */
export interface WorkerPoolOptions extends WorkersConfig {
  /**
   * After this long without a task, every thread is stopped; the next task starts them again.
   * Unset: threads are kept (the shared parsing pool, whose threads are light).
   */
  idleTimeoutMs?: number;
}

export interface RunOptions {
  /** Overrides the pool's time limit for this task (counted from when a thread starts it). */
  timeoutMs?: number;
}

/**
 * Where a worker thread starts. The compiled app (tools/build.mjs, swc to dist/) runs this file as
 * worker-pool.js, next to the compiled worker-entry.js, which a thread loads as is. Under Jest this
 * file is the TypeScript source, transformed in memory by @swc/jest; a new thread does not inherit
 * that transform, so it starts tools/swc-require-hook.js instead, which compiles .ts files with the
 * same swc options and then loads worker-entry.ts. One entry, two loaders, no build step in tests.
 */
function workerFiles(): { filename: string; workerData: Record<string, string> } {
  if (path.extname(__filename) === '.ts') {
    const hook = path.resolve(__dirname, '../../../../tools/swc-require-hook.js');
    return { filename: hook, workerData: { casetrailWorkerEntry: path.join(__dirname, 'worker-entry.ts') } };
  }
  return { filename: path.join(__dirname, 'worker-entry.js'), workerData: {} };
}

/**
 * A pool of worker threads for CPU-heavy parsing (PDF.js, docket HTML, RSS, citations, ToS HTML),
 * so that no input can hold the event loop that answers other clients. Each thread runs one task
 * at a time under a heap limit (`resourceLimits`): a task over it, or over its time limit, loses
 * its thread (a fresh one replaces it) and fails with a WorkerError; the pool keeps serving.
 * Threads start on first use, so processes that never parse pay nothing; with `idleTimeoutMs` they
 * stop again when the pool has been idle that long (OCR's pool: each of its threads holds a Tesseract).
 */
export class WorkerPool {
  private piscina: Piscina | null = null;
  private closed = false;
  private running = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private releasing: Promise<void> | null = null;

  constructor(private readonly config: WorkerPoolOptions) {}

  get size(): number {
    return this.config.poolSize;
  }

  async run<TInput, TOutput>(
    task: WorkerTask<TInput, TOutput>,
    input: TInput,
    options: RunOptions = {},
  ): Promise<TOutput> {
    if (this.closed) throw new WorkerError(WorkerErrorCode.PoolClosed, 'The worker pool is shut down.');
    this.running += 1;
    clearTimeout(this.idleTimer);
    try {
      return await this.runNow(task, input, options);
    } finally {
      this.running -= 1;
      this.armIdleTimer();
    }
  }

  private async runNow<TInput, TOutput>(
    task: WorkerTask<TInput, TOutput>,
    input: TInput,
    options: RunOptions,
  ): Promise<TOutput> {
    const timeoutMs = options.timeoutMs ?? this.config.taskTimeoutMs;
    // The time limit starts when a thread takes the task (it says so on this port), not while the
    // task waits behind others: a quick upload check queued behind a long extraction is not "slow".
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => (timer = setTimeout(() => abort.abort(), timeoutMs)));
    const message: TaskMessage = { module: task.module, name: task.name, input, started: port2 };
    let outcome: TaskOutcome;
    try {
      outcome = (await this.pool().run(message, { signal: abort.signal, transferList: [port2] })) as TaskOutcome;
    } catch (error) {
      throw this.translate(error, task.name, timeoutMs);
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (outcome.ok) return outcome.value as TOutput;
    const { name, code, message: text, details } = outcome.error;
    const ErrorClass = task.errors.find((c) => c.name === name);
    if (ErrorClass) throw new ErrorClass(code as never, text, details);
    throw Object.assign(new Error(text), { name, code, details });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await Promise.all([this.releasing, this.release()]);
  }

  private armIdleTimer(): void {
    const idleMs = this.config.idleTimeoutMs;
    if (idleMs === undefined || this.running > 0 || this.closed) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.running === 0) this.releasing = this.release();
    }, idleMs).unref();
  }

  /** Stops every thread; a later run() starts a fresh set. */
  private async release(): Promise<void> {
    const pool = this.piscina;
    this.piscina = null;
    if (pool) await pool.destroy();
  }

  private pool(): Piscina {
    if (!this.piscina) {
      const { filename, workerData } = workerFiles();
      this.piscina = new Piscina({
        filename,
        workerData,
        // Every thread is kept (from the first task on): with fewer than one, piscina would replace
        // a thread killed for time or memory only at the next run(), leaving queued tasks waiting.
        minThreads: this.config.poolSize,
        maxThreads: this.config.poolSize,
        maxQueue: this.config.maxQueue,
        concurrentTasksPerWorker: 1,
        resourceLimits: { maxOldGenerationSizeMb: this.config.maxMemoryMb },
      });
    }
    return this.piscina;
  }

  private translate(error: unknown, taskName: string, timeoutMs: number): unknown {
    const { name, code, message } = (error ?? {}) as { name?: string; code?: string; message?: string };
    if (name === 'AbortError') {
      return new WorkerError(
        WorkerErrorCode.TimedOut,
        `${taskName} took longer than ${timeoutMs} ms and was stopped.`,
        {
          task: taskName,
          timeoutMs,
        },
      );
    }
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const limitMb = this.config.maxMemoryMb;
      return new WorkerError(
        WorkerErrorCode.OutOfMemory,
        `${taskName} needed more than ${limitMb} MB and was stopped.`,
        {
          task: taskName,
          limitMb,
        },
      );
    }
    if (message === 'Task queue is at limit') {
      return new WorkerError(WorkerErrorCode.PoolBusy, 'Too many parsing tasks are waiting; retry shortly.', {
        task: taskName,
        maxQueue: this.config.maxQueue,
      });
    }
    return error;
  }
}
