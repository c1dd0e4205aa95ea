import { JOB_NAMES, JobName, JobsService, QueueHealth } from '@casetrail/jobs';
import { createTestContext, TestContext } from '@casetrail/testing';
import PgBoss from 'pg-boss';

/** The report health() gave before it was one query: two getQueueSize calls and a failed count per queue. */
async function perQueueReport(boss: PgBoss): Promise<QueueHealth[]> {
  const report: QueueHealth[] = [];
  for (const name of JOB_NAMES) {
    const queued = await boss.getQueueSize(name, { before: 'active' });
    const beforeCompleted = await boss.getQueueSize(name, { before: 'completed' });
    const failed = await boss
      .getDb()
      .executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'failed'`, [name]);
    report.push({
      name,
      queued,
      active: beforeCompleted - queued,
      failed: Number((failed.rows[0] as { n: number } | undefined)?.n ?? 0),
    });
  }
  return report;
}

describe('JobsService.health over pg-boss (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: JobsService;
  let boss: PgBoss;

  /** Takes the one job of `name` that is ready now (nothing else of that queue must be). */
  const take = async (name: JobName, expectedId: string | null): Promise<string> => {
    const [job] = await boss.fetch(name);
    expect(job?.id).toBe(expectedId);
    return job.id;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    sut = ctx.app.get(JobsService);
    boss = await sut.start();

    // document.index: one job in every state, plus more created ones, built so that each fetch
    // can only take the job just sent.
    const index = JobName.DocumentIndex;
    const completed = await sut.send(index, { documentId: 'completed' });
    await boss.complete(index, await take(index, completed));
    const cancelled = await sut.send(index, { documentId: 'cancelled' });
    await boss.cancel(index, await take(index, cancelled));
    const failed = await boss.send(index, { documentId: 'failed' }, { retryLimit: 0 });
    await boss.fail(index, await take(index, failed));
    const retrying = await sut.send(index, { documentId: 'retry' }, { retryDelaySeconds: 3600 });
    await boss.fail(index, await take(index, retrying));
    const active = [
      await sut.send(index, { documentId: 'active-1' }),
      await sut.send(index, { documentId: 'active-2' }),
    ];
    expect((await boss.fetch(index, { batchSize: 5 })).map((j) => j.id).sort()).toEqual([...active].sort());
    await sut.send(index, { documentId: 'created-1' });
    await sut.send(index, { documentId: 'created-2' });
    await sut.send(index, { documentId: 'deferred' }, { startAfterSeconds: 3600 });

    // search.index-case: created and failed only.
    const caseQueue = JobName.SearchIndexCase;
    for (const caseId of ['failed-1', 'failed-2']) {
      const id = await boss.send(caseQueue, { caseId }, { retryLimit: 0 });
      await boss.fail(caseQueue, await take(caseQueue, id));
    }
    await sut.sendMany(caseQueue, [{ caseId: 'created-1' }]);

    // alerts.deliver: one active job.
    const deliver = await sut.send(JobName.AlertsDeliver, { subscriptionId: 'active' });
    await take(JobName.AlertsDeliver, deliver);
  });

  afterAll(() => ctx.close());

  it('counts queued (created or waiting to retry), active and failed jobs per queue', async () => {
    const report = await sut.health();
    expect(report.map((q) => q.name)).toEqual(JOB_NAMES);
    const byName = Object.fromEntries(report.map(({ name, ...counts }) => [name, counts]));
    expect(byName[JobName.DocumentIndex]).toEqual({ queued: 4, active: 2, failed: 1 });
    expect(byName[JobName.SearchIndexCase]).toEqual({ queued: 1, active: 0, failed: 2 });
    expect(byName[JobName.AlertsDeliver]).toEqual({ queued: 0, active: 1, failed: 0 });
    expect(byName[JobName.DocumentExtract]).toEqual({ queued: 0, active: 0, failed: 0 });
  });

  it('reports exactly what the former per-queue queries reported', async () => {
    expect(await sut.health()).toEqual(await perQueueReport(boss));
  });
});
