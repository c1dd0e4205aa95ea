import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { JOB_NAMES, JobHandler, JobName, JobPayloads } from './job-names';
import { policyFor } from './job-policy';

export interface SendOptions {
  /** Enqueue inside this transaction, so the job exists only if the transaction commits. */
  manager?: EntityManager;
  startAfterSeconds?: number;
  singletonKey?: string;
  /** Overrides the queue's first retry delay (tests, urgent work). */
  retryDelaySeconds?: number;
}

export interface QueueHealth {
  name: string;
  queued: number;
  active: number;
  failed: number;
}

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** Typed facade over pg-boss: one queue per job name, retries with backoff, failures kept. */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private starting: Promise<PgBoss> | null = null;

  constructor(private readonly connectionString: string) {}

  start(): Promise<PgBoss> {
    this.starting ??= this.boot();
    return this.starting;
  }

  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: SendOptions = {}): Promise<string | null> {
    const boss = await this.start();
    const policy = policyFor(name);
    return boss.send(name, payload, {
      retryLimit: policy.retryLimit,
      retryDelay: options.retryDelaySeconds ?? policy.retryDelay,
      retryBackoff: true,
      expireInSeconds: policy.expireInSeconds,
      startAfter: options.startAfterSeconds,
      singletonKey: options.singletonKey,
      db: options.manager ? transactionDb(options.manager) : undefined,
    });
  }

  /** Enqueues many jobs of one queue in a single statement (e.g. one per matched subscription). */
  async sendMany<N extends JobName>(name: N, payloads: JobPayloads[N][], options: Pick<SendOptions, 'manager' | 'startAfterSeconds'> = {}): Promise<void> {
    if (payloads.length === 0) return;
    const boss = await this.start();
    // A relative interval is added to the database's now(), so clock skew between hosts does not matter.
    const startAfter = options.startAfterSeconds === undefined ? undefined : `${options.startAfterSeconds} seconds`;
    await boss.insert(
      payloads.map((data) => ({ name, data, startAfter })),
      { db: options.manager ? transactionDb(options.manager) : undefined },
    );
  }

  /**
   * Runs `handler` for each job of the queue. pg-boss waits a polling interval between fetches, so
   * jobs are fetched in batches; each job is failed on its own (and retried with backoff) when its
   * handler throws, while the others of the batch complete.
   */
  async work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
    const boss = await this.start();
    const { concurrency, batchSize } = policyFor(name);
    for (let i = 0; i < concurrency; i += 1) {
      await boss.work<JobPayloads[N]>(name, { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
        for (const job of jobs) {
          const started = Date.now();
          try {
            await handler(job.data, { id: job.id, retryCount: job.retryCount });
            this.logger.debug(`${name} ${job.id} done in ${Date.now() - started} ms`);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`${name} ${job.id} failed (attempt ${job.retryCount + 1}): ${message}`);
            await boss.fail(name, job.id, { message });
          }
        }
      });
    }
  }

  /** Runs a job on a cron schedule (UTC); one schedule per job name, replaced when called again. */
  async schedule<N extends JobName>(name: N, cron: string, payload: JobPayloads[N]): Promise<void> {
    const boss = await this.start();
    await boss.schedule(name, cron, payload, { tz: 'UTC' });
  }

  async health(): Promise<QueueHealth[]> {
    const boss = await this.start();
    return Promise.all(
      JOB_NAMES.map(async (name) => {
        const queued = await boss.getQueueSize(name, { before: 'active' });
        const beforeCompleted = await boss.getQueueSize(name, { before: 'completed' });
        const db = boss.getDb();
        const failed = await db.executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'failed'`, [name]);
        return { name, queued, active: beforeCompleted - queued, failed: Number(failed.rows[0]?.n ?? 0) };
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  private async boot(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: 'pgboss',
      application_name: 'casetrail-jobs',
      max: 5,
      deleteAfterDays: 30,
      archiveFailedAfterSeconds: 30 * 24 * 3600,
    });
    boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    for (const name of JOB_NAMES) {
      const policy = policyFor(name);
      await boss.createQueue(name, {
        name,
        policy: policy.queuePolicy,
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelay,
        retryBackoff: true,
        expireInSeconds: policy.expireInSeconds,
        retentionDays: 14,
      });
    }
    return boss;
  }
}

function transactionDb(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
}
