import { Logger } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@casetrail/testing';
import { JobName, JobsService, JOBS_SCHEMA } from '@casetrail/jobs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * Jobs of a process that died: pg-boss keeps them `active` until they expire; the leases put them
 * back in the queue as soon as their process is known to be gone.
 */
describe('JobsService: jobs of dead processes (PostgreSQL)', () => {
  let db: TestDatabase;
  let sql: Client;
  let sut: JobsService;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    sut = new JobsService(db.url, { lease: { leaseSeconds: 30, unclaimedGraceSeconds: 30 }, sweepSeconds: 3600 });
    await sut.start();
  });

  afterAll(async () => {
    await sut.beforeApplicationShutdown();
    await sql.end();
    await db.drop();
  });

  /** Enqueues an extraction job and makes it look fetched `startedSecondsAgo` by `worker` (or by nobody). */
  async function activeJob(documentId: string, startedSecondsAgo: number, worker: string | null): Promise<string> {
    const id = await sut.send(JobName.DocumentExtract, { documentId });
    await sql.query(
      `UPDATE ${JOBS_SCHEMA}.job SET state = 'active', started_on = now() - make_interval(secs => $2) WHERE id = $1`,
      [id, startedSecondsAgo],
    );
    if (worker)
      await sql.query(`INSERT INTO job_claims (job_id, worker_id, queue) VALUES ($1, $2, $3)`, [
        id,
        worker,
        JobName.DocumentExtract,
      ]);
    return id as string;
  }

  async function worker(heartbeatSecondsAgo: number, host = 'another-host'): Promise<string> {
    const id = randomUUID();
    await sql.query(
      `INSERT INTO job_workers (id, host, pid, heartbeat_at) VALUES ($1, $2, 1, now() - make_interval(secs => $3))`,
      [id, host, heartbeatSecondsAgo],
    );
    return id;
  }

  async function stateOf(id: string): Promise<{ state: string; startsIn: number }> {
    const { rows } = await sql.query<{ state: string; starts_in: number }>(
      `SELECT state::text, extract(epoch FROM start_after - now())::float AS starts_in FROM ${JOBS_SCHEMA}.job WHERE id = $1`,
      [id],
    );
    return { state: rows[0].state, startsIn: rows[0].starts_in };
  }

  it('requeues the jobs of a process whose heartbeat expired, and of one that never claimed them', async () => {
    const dead = await activeJob('of-dead-worker', 120, await worker(120));
    const gone = await activeJob('of-unknown-worker', 5, randomUUID());
    const unclaimed = await activeJob('fetched-by-a-process-that-died', 120, null);
    const alive = await activeJob('of-live-worker', 120, await worker(2));
    const justFetched = await activeJob('just-fetched', 1, null);

    expect(await sut.recoverOrphanedJobs()).toBe(3);

    for (const id of [dead, gone, unclaimed]) {
      const { state, startsIn } = await stateOf(id);
      expect(state).toBe('retry');
      expect(startsIn).toBeLessThanOrEqual(0);
    }
    expect((await stateOf(alive)).state).toBe('active');
    expect((await stateOf(justFetched)).state).toBe('active');
  });

  it('forgets a process on this host whose pid no longer runs, without waiting for its heartbeat', async () => {
    // The service registers itself when it starts working; its row tells this host's key.
    await sut.work(JobName.TosCheckSources, async () => undefined);
    const self = await sql.query<{ host: string }>(`SELECT host FROM job_workers WHERE pid = $1`, [process.pid]);
    const host = self.rows[0].host;
    let deadPid = 999_999;
    for (;;) {
      try {
        process.kill(deadPid, 0);
        deadPid -= 1;
      } catch {
        break;
      }
    }
    const killed = randomUUID();
    await sql.query(`INSERT INTO job_workers (id, host, pid) VALUES ($1, $2, $3)`, [killed, host, deadPid]);
    const job = await activeJob('of-killed-local-worker', 2, killed);

    expect(await sut.recoverOrphanedJobs()).toBe(1);
    expect((await stateOf(job)).state).toBe('retry');
  });

  it('counts a recovery as an attempt: a job that kills its process every time ends failed', async () => {
    const id = await activeJob('poison', 120, await worker(120));
    await sql.query(`UPDATE ${JOBS_SCHEMA}.job SET retry_count = retry_limit WHERE id = $1`, [id]);
    await sut.recoverOrphanedJobs();
    expect((await stateOf(id)).state).toBe('failed');
  });

  it('requeue moves a delayed job forward, leaves a running one, and sends one when there is none', async () => {
    const delayed = await sut.send(JobName.DocumentExtract, { documentId: 'delayed' }, { startAfterSeconds: 900 });
    expect(await sut.requeue(JobName.DocumentExtract, { documentId: 'delayed' }, 'documentId')).toBe('expedited');
    expect((await stateOf(delayed as string)).startsIn).toBeLessThanOrEqual(0);

    await activeJob('running', 1, await worker(1));
    expect(await sut.requeue(JobName.DocumentExtract, { documentId: 'running' }, 'documentId')).toBe('running');

    await activeJob('stuck', 120, await worker(120));
    expect(await sut.requeue(JobName.DocumentExtract, { documentId: 'stuck' }, 'documentId')).toBe('sent');
    const { rows } = await sql.query(
      `SELECT 1 FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND data->>'documentId' = 'stuck' AND state = 'created'`,
      [JobName.DocumentExtract],
    );
    expect(rows).toHaveLength(1);
  });
});
