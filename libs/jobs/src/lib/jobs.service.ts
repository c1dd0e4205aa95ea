import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DATABASE_CONNECT_TIMEOUT_MS, isDatabaseUnavailableError } from '@casetrail/database';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { DEFAULT_LEASE_TIMING, JobLeases, LeaseTiming } from './job-leases';
import { JOB_NAMES, JobHandler, JobName, JobPayloads } from './job-names';
import { policyFor } from './job-policy';

export interface JobsServiceOptions {
  lease?: LeaseTiming;
  /** How often a working process renews its heartbeat and looks for jobs of dead processes. */
  sweepSeconds?: number;
}

/** What `requeue` did: a waiting job was moved forward, one runs in a live process, or one was sent. */
export type RequeueOutcome = 'expedited' | 'running' | 'sent';

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
export class JobsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private starting: Promise<PgBoss> | null = null;
  private leases: JobLeases | null = null;
  private working: Promise<void> | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping: Promise<unknown> | null = null;
  private stopping = false;
  private databaseDown = false;

  constructor(
    private readonly connectionString: string,
    private readonly options: JobsServiceOptions = {},
  ) {}

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
    const leases = await this.startWorking(boss);
    const { concurrency, batchSize } = policyFor(name);
    for (let i = 0; i < concurrency; i += 1) {
      await boss.work<JobPayloads[N]>(
        name,
        { batchSize, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async (jobs) => {
          const ids = jobs.map((job) => job.id);
          // Claimed before any work: should this process die, the others know whose jobs to requeue.
          await leases.claim(name, ids);
          try {
            for (const job of jobs) await this.runOne(boss, name, handler, job);
          } finally {
            await leases.release(ids).catch(() => undefined);
          }
        },
      );
    }
  }

  /**
   * Makes sure the job of `name` whose `data[key]` is `payload[key]` runs soon: moves a waiting one
   * forward, leaves one that runs in a live process alone, and otherwise sends a new one.
   */
  async requeue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    key: keyof JobPayloads[N] & string,
  ): Promise<RequeueOutcome> {
    const leases = this.leaseStore(await this.start());
    const value = String(payload[key]);
    if ((await leases.expedite(name, key, value)) > 0) return 'expedited';
    if ((await leases.liveJobValues(name, key, [value])).has(value)) return 'running';
    await this.send(name, payload);
    return 'sent';
  }

  /** Of `values`, those with a job of `name` (on `data[key]`) waiting, or running in a live process. */
  async pendingJobValues(name: JobName, key: string, values: string[]): Promise<Set<string>> {
    return this.leaseStore(await this.start()).liveJobValues(name, key, values);
  }

  /** Of `values`, those with a job of `name` (on `data[key]`) that ended `failed`. */
  async failedJobValues(name: JobName, key: string, values: string[]): Promise<Set<string>> {
    return this.leaseStore(await this.start()).failedJobValues(name, key, values);
  }

  /** Requeues the active jobs of processes that are gone; runs on a timer in every working process. */
  async recoverOrphanedJobs(): Promise<number> {
    const leases = this.leaseStore(await this.start());
    const recovered = await leases.recover(JOB_NAMES);
    for (const job of recovered) {
      this.logger.warn(
        `${job.name} ${job.id}: its process stopped before finishing it; ${job.state === 'retry' ? 'requeued' : 'failed (no attempts left)'}`,
      );
    }
    return recovered.length;
  }

  private async runOne<N extends JobName>(
    boss: PgBoss,
    name: N,
    handler: JobHandler<N>,
    job: PgBoss.JobWithMetadata<JobPayloads[N]>,
  ): Promise<void> {
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

  private leaseStore(boss: PgBoss): JobLeases {
    this.leases ??= new JobLeases(
      (text, values) => boss.getDb().executeSql(text, values ?? []) as Promise<{ rows: unknown[] } | undefined>,
      JOBS_SCHEMA,
      this.options.lease ?? DEFAULT_LEASE_TIMING,
    );
    return this.leases;
  }

  /** Registers this process's heartbeat, requeues dead processes' jobs, and keeps both going. */
  private async startWorking(boss: PgBoss): Promise<JobLeases> {
    const leases = this.leaseStore(boss);
    this.working ??= (async () => {
      await leases.register();
      await this.recoverOrphanedJobs();
      const sweepMs = (this.options.sweepSeconds ?? Math.max(1, Math.floor(leases.timing.leaseSeconds / 3))) * 1000;
      const tick = () => {
        this.sweepTimer = setTimeout(() => {
          this.sweeping = this.sweep(leases).finally(() => {
            this.sweeping = null;
            if (!this.stopping) tick();
          });
        }, sweepMs);
        this.sweepTimer.unref();
      };
      tick();
    })();
    await this.working;
    return leases;
  }

  private async sweep(leases: JobLeases): Promise<void> {
    try {
      await leases.heartbeat();
      if (this.databaseDown) {
        this.databaseDown = false;
        this.logger.log('job queue: the database answers again');
      }
      await this.recoverOrphanedJobs();
    } catch (error) {
      this.onQueueError(error instanceof Error ? error : new Error(String(error)));
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

  /**
   * Stops fetching, lets running jobs finish (10 s), puts the rest back in the queue, removes this
   * process's heartbeat, then closes the pool: before the other modules close their connections
   * (the handlers still use them), and before the database itself is stopped.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    if (!boss) return;
    await this.sweeping;
    await boss.stop({ graceful: true, timeout: 10_000, wait: true, close: false });
    if (this.working) await this.leases?.unregister().catch(() => undefined);
    await (boss.getDb() as PgBoss.Db & { close?: () => Promise<void> }).close?.();
  }

  /**
   * pg-boss reports pool and polling errors here. While the database is away every poll fails:
   * that is said once, as a warning; errors while stopping are expected and stay at debug level.
   */
  private onQueueError(error: Error): void {
    if (this.stopping) {
      this.logger.debug(`job queue while stopping: ${error.message}`);
    } else if (isDatabaseUnavailableError(error)) {
      if (!this.databaseDown) this.logger.warn(`job queue: the database is unavailable (${error.message}); retrying`);
      this.databaseDown = true;
    } else {
      this.logger.error(`job queue: ${error.message}`);
    }
  }

  private async boot(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: JOBS_SCHEMA,
      application_name: 'casetrail-jobs',
      max: 5,
      deleteAfterDays: 30,
      archiveFailedAfterSeconds: 30 * 24 * 3600,
      // Passed on to pg's Pool (pg-boss's types omit it).
      ...({ connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS } as object),
    });
    boss.on('error', (error: Error) => this.onQueueError(error));
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
