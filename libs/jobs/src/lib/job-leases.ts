import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';

/** Runs one SQL statement (pg-boss's own pool); answers undefined once that pool is closed. */
export type SqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] } | undefined>;

export interface LeaseTiming {
  /** A process whose heartbeat is older than this is taken for dead, and its jobs are requeued. */
  leaseSeconds: number;
  /** A job fetched but never claimed (its process died in between) is requeued after this. */
  unclaimedGraceSeconds: number;
}

export const DEFAULT_LEASE_TIMING: LeaseTiming = { leaseSeconds: 30, unclaimedGraceSeconds: 30 };

export interface RecoveredJob {
  id: string;
  name: string;
  state: 'retry' | 'failed';
}

/** An active job's owner is alive: claimed by a process with a fresh heartbeat, or fetched just now. */
const OWNER_ALIVE = (alias: string) => `coalesce(
  (c.job_id IS NULL AND ${alias}.started_on >= now() - make_interval(secs => $LEASE_UNCLAIMED))
  OR (w.heartbeat_at >= now() - make_interval(secs => $LEASE_SECONDS)), false)`;

/**
 * Who runs which job. Every process that works on queues keeps a row in `job_workers` with a
 * heartbeat, and claims each job it fetched in `job_claims`. A job active in pg-boss whose claimant
 * stopped beating (killed, frozen, cut off) goes back to `retry`, due now, counting as an attempt
 * (a file that kills its worker each time ends `failed`, not in a loop).
 */
export class JobLeases {
  readonly workerId = randomUUID();
  private readonly host = hostKey();

  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
    readonly timing: LeaseTiming = DEFAULT_LEASE_TIMING,
  ) {}

  async register(): Promise<void> {
    await this.sql(
      `INSERT INTO job_workers (id, host, pid) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()`,
      [this.workerId, this.host, process.pid],
    );
  }

  async heartbeat(): Promise<void> {
    // Re-inserts the row if a sweeper removed it while this process was cut off from the database.
    await this.register();
  }

  async unregister(): Promise<void> {
    await this.sql('DELETE FROM job_workers WHERE id = $1', [this.workerId]);
  }

  async claim(queue: string, jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.sql(
      `INSERT INTO job_claims (job_id, worker_id, queue) SELECT unnest($1::uuid[]), $2, $3
       ON CONFLICT (job_id) DO UPDATE SET worker_id = EXCLUDED.worker_id, claimed_at = now()`,
      [jobIds, this.workerId, queue],
    );
  }

  async release(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.sql('DELETE FROM job_claims WHERE job_id = ANY($1::uuid[]) AND worker_id = $2', [jobIds, this.workerId]);
  }

  /**
   * Requeues the active jobs of `queues` whose process is gone. On this host a process known to be
   * dead (its pid no longer runs) is gone at once; elsewhere its heartbeat must have expired.
   */
  async recover(queues: readonly string[]): Promise<RecoveredJob[]> {
    await this.forgetDeadLocalWorkers();
    const result = await this.sql(
      this.withTiming(`WITH orphaned AS (
        SELECT j.id, j.name FROM ${this.schema}.job j
        LEFT JOIN job_claims c ON c.job_id = j.id
        LEFT JOIN job_workers w ON w.id = c.worker_id
        WHERE j.state = 'active' AND j.name = ANY($1::text[]) AND NOT ${OWNER_ALIVE('j')}
        FOR UPDATE OF j SKIP LOCKED
      )
      UPDATE ${this.schema}.job j SET
        state = (CASE WHEN j.retry_count < j.retry_limit THEN 'retry' ELSE 'failed' END)::${this.schema}.job_state,
        start_after = now(),
        completed_on = CASE WHEN j.retry_count < j.retry_limit THEN NULL ELSE now() END,
        output = jsonb_build_object('message', 'the process running this job stopped before finishing it')
      FROM orphaned WHERE j.name = orphaned.name AND j.id = orphaned.id
      RETURNING j.id, j.name, j.state::text AS state`),
      [queues],
    );
    const recovered = (result?.rows ?? []) as RecoveredJob[];
    if (recovered.length > 0) {
      await this.sql('DELETE FROM job_claims WHERE job_id = ANY($1::uuid[])', [recovered.map((job) => job.id)]);
    }
    await this.sql(
      `DELETE FROM job_workers WHERE heartbeat_at < now() - interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM job_claims c WHERE c.worker_id = job_workers.id)`,
    );
    return recovered;
  }

  /**
   * Which of `values` have a job of `name` (matched on `data->>key`) waiting or running in a live
   * process; with `dueOnly`, a waiting job counts only when it may start now.
   */
  async liveJobValues(name: string, key: string, values: string[], dueOnly = false): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    const result = await this.sql(
      this.withTiming(`SELECT DISTINCT j.data->>$2 AS value FROM ${this.schema}.job j
        LEFT JOIN job_claims c ON c.job_id = j.id
        LEFT JOIN job_workers w ON w.id = c.worker_id
        WHERE j.name = $1 AND j.data->>$2 = ANY($3::text[])
          AND ((j.state IN ('created', 'retry') AND (NOT $4 OR j.start_after <= now() + interval '5 seconds'))
               OR (j.state = 'active' AND ${OWNER_ALIVE('j')}))`),
      [name, key, values, dueOnly],
    );
    return new Set(((result?.rows ?? []) as { value: string }[]).map((row) => row.value));
  }

  /** Which of `values` have a job of `name` (on `data->>key`) that ended `failed`. */
  async failedJobValues(name: string, key: string, values: string[]): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    const result = await this.sql(
      `SELECT DISTINCT data->>$2 AS value FROM ${this.schema}.job
       WHERE name = $1 AND data->>$2 = ANY($3::text[]) AND state = 'failed'`,
      [name, key, values],
    );
    return new Set(((result?.rows ?? []) as { value: string }[]).map((row) => row.value));
  }

  /** Moves waiting jobs of `name` for `value` forward to now; answers how many there were. */
  async expedite(name: string, key: string, value: string): Promise<number> {
    const result = await this.sql(
      `UPDATE ${this.schema}.job SET start_after = now()
       WHERE name = $1 AND data->>$2 = $3 AND state IN ('created', 'retry') RETURNING id`,
      [name, key, value],
    );
    return result?.rows.length ?? 0;
  }

  private withTiming(text: string): string {
    return text
      .replace(/\$LEASE_UNCLAIMED/g, String(this.timing.unclaimedGraceSeconds))
      .replace(/\$LEASE_SECONDS/g, String(this.timing.leaseSeconds));
  }

  private async forgetDeadLocalWorkers(): Promise<void> {
    const result = await this.sql('SELECT id, pid FROM job_workers WHERE host = $1 AND id <> $2', [
      this.host,
      this.workerId,
    ]);
    const dead = ((result?.rows ?? []) as { id: string; pid: number }[]).filter((w) => !pidRuns(w.pid));
    if (dead.length > 0) {
      await this.sql('DELETE FROM job_workers WHERE id = ANY($1::uuid[])', [dead.map((w) => w.id)]);
    }
  }
}

/** The host name and the pid namespace: pids are comparable only between processes that share both. */
function hostKey(): string {
  try {
    return `${os.hostname()} ${fs.readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return os.hostname();
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
