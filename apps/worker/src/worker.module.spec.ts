import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { JobName, JobPayloads, JobsService } from '@casetrail/jobs';
import { JOB_HANDLER_SETS, startWorkers } from '@casetrail/runtime';
import { createTestDatabase, testConfig, TestDatabase, waitFor } from '@casetrail/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

/** A payload per queue naming rows that do not exist: a handler fetches the job and finds nothing to do. */
const PAYLOADS: { [N in JobName]: JobPayloads[N] } = {
  [JobName.DocumentExtract]: { documentId: randomUUID() },
  [JobName.DocumentIndex]: { documentId: randomUUID() },
  [JobName.DocumentOcr]: { documentId: randomUUID() },
  [JobName.SearchIndexCase]: { caseId: randomUUID() },
  [JobName.SearchIndexDocket]: { caseId: randomUUID() },
  [JobName.PacerRssPoll]: { trigger: 'schedule' },
  [JobName.AlertsMatch]: { eventIds: [] },
  [JobName.AlertsDeliver]: { subscriptionId: randomUUID() },
  [JobName.SearchIndexTosVersion]: { documentId: randomUUID() },
  [JobName.TosCheckSources]: {},
  [JobName.CourtListenerSync]: { sourceId: randomUUID(), trigger: 'schedule' },
  [JobName.CourtListenerSchedule]: {},
};

describe('WorkerModule', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(testConfig({ databaseUrl: db.url }), db.url),
      { logger: false },
    );
  });

  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  it('registers a handler on every queue: each queue takes a job sent to it', async () => {
    await expect(startWorkers(app)).resolves.toBe(JOB_HANDLER_SETS.length);
    const jobs = app.get(JobsService);
    const sent = new Map<string, string>();
    for (const name of Object.values(JobName)) {
      const id = await jobs.send(name, PAYLOADS[name] as never);
      if (id) sent.set(id, name);
    }
    expect([...sent.values()].sort()).toEqual(Object.values(JobName).sort());
    // Only a registered worker moves a job out of `created`; a queue without one leaves it there.
    const untaken = () =>
      app
        .get(DataSource)
        .query(`SELECT name FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'created'`, [[...sent.keys()]])
        .then((rows: { name: string }[]) => rows.map((r) => r.name).sort());
    await waitFor(async () => (await untaken()).length === 0, {
      timeoutMs: 60_000,
      message: 'every queue to take its job',
    }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; still created: ${(await untaken()).join(', ')}`);
    });
    const queues = await jobs.health();
    expect(queues.map((q) => q.name).sort()).toEqual(Object.values(JobName).sort());
  }, 120_000);
});
