import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { JobName, JobsService } from '@casetrail/jobs';

describe('JobsService over pg-boss (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: JobsService;

  beforeAll(async () => {
    ctx = await createTestContext();
    sut = ctx.app.get(JobsService);
  });

  afterAll(() => ctx.close());

  it('delivers a job enqueued in a committed transaction, and drops one whose transaction rolled back', async () => {
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      void sut.work(JobName.DocumentIndex, async ({ documentId }) => {
        seen.push(documentId);
        if (documentId === 'committed') resolve();
      });
    });
    const dataSource = ctx.app.get(DataSource);
    await dataSource
      .transaction(async (manager) => {
        await sut.send(JobName.DocumentIndex, { documentId: 'rolled-back' }, { manager });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await dataSource.transaction((manager) =>
      sut.send(JobName.DocumentIndex, { documentId: 'committed' }, { manager }),
    );
    await done;
    expect(seen).toEqual(['committed']);
  });

  it('retries a failed job instead of losing it', async () => {
    let attempts = 0;
    const succeeded = new Promise<number>((resolve) => {
      void sut.work(JobName.DocumentExtract, async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('dependency down');
        resolve(attempts);
      });
    });
    await sut.send(JobName.DocumentExtract, { documentId: 'flaky' }, { retryDelaySeconds: 1 });
    expect(await succeeded).toBe(2);
    const queues = await sut.health();
    expect(queues.find((q) => q.name === JobName.DocumentExtract)?.failed).toBe(0);
  });
});
