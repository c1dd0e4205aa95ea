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

/** The PostgreSQL schema of pg-boss's tables. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Jobs per queue and state, in one statement. pg-boss's states are an enum ordered created < retry
 * < active < completed < cancelled < failed; queued is what pg-boss's getQueueSize counts (before
 * active: created and retry), completed and cancelled jobs are not reported.
 */
const HEALTH_SQL = `SELECT name, state::text AS state, count(*)::int AS n
  FROM ${JOBS_SCHEMA}.job
  WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active', 'failed')
  GROUP BY name, state`;

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
  async sendMany<N extends JobName>(
    name: N,
    payloads: JobPayloads[N][],
    options: Pick<SendOptions, 'manager' | 'startAfterSeconds'> = {},
  ): Promise<void> {
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
      await boss.work<JobPayloads[N]>(
        name,
        { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async (jobs) => {
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
        },
      );
    }
  }

  /** Runs a job on a cron schedule (UTC); one schedule per job name, replaced when called again. */
  async schedule<N extends JobName>(name: N, cron: string, payload: JobPayloads[N]): Promise<void> {
    const boss = await this.start();
    await boss.schedule(name, cron, payload, { tz: 'UTC' });
  }

  /** Queued (created or waiting to retry), active and failed jobs of every queue, in `JOB_NAMES` order. */
  async health(): Promise<QueueHealth[]> {
    const boss = await this.start();
    const { rows } = await boss.getDb().executeSql(HEALTH_SQL, [JOB_NAMES]);
    const byName = new Map<string, QueueHealth>(
      JOB_NAMES.map((name) => [name, { name, queued: 0, active: 0, failed: 0 }]),
    );
    for (const { name, state, n } of rows as { name: string; state: string; n: number }[]) {
      const queue = byName.get(name);
      if (!queue) continue;
      if (state === 'created' || state === 'retry') queue.queued += n;
      else if (state === 'active') queue.active += n;
      else if (state === 'failed') queue.failed += n;
    }
    return JOB_NAMES.map((name) => byName.get(name) as QueueHealth);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  private async boot(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: JOBS_SCHEMA,
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
