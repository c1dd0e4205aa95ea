import { NestFactory } from '@nestjs/core';
import { JobsService } from '@casetrail/jobs';
import { startWorkers } from '@casetrail/runtime';
import { createTestDatabase, testConfig, TestDatabase } from '@casetrail/testing';
import { WorkerModule } from './worker.module';

describe('WorkerModule', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('boots the job handlers against PostgreSQL and reports its queues', async () => {
    const app = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(testConfig({ databaseUrl: db.url }), db.url),
      {
        logger: false,
      },
    );
    try {
      await expect(startWorkers(app)).resolves.toBeGreaterThanOrEqual(0);
      const queues = await app.get(JobsService).health();
      expect(queues.map((q) => q.name)).toContain('document.extract');
    } finally {
      await app.close();
    }
  });
});
