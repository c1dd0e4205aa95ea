import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@casetrail/config';
import { CasetrailModule } from '@casetrail/runtime';
import { createTestDatabase, TestDatabase } from './test-database';
import { testConfig } from './test-config';

export interface TestContext {
  app: INestApplicationContext;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The product's services over a fresh migrated database, for integration tests. */
export async function createTestContext(overrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const config = testConfig({ databaseUrl: db.url, ...overrides });
  const app = await NestFactory.createApplicationContext(CasetrailModule.forRoot({ config, databaseUrl: db.url }), { logger: false });
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
