import { INestApplication } from '@nestjs/common';
import { ApiKeyScope, ApiKeysService } from '@casetrail/auth';
import { AppConfig } from '@casetrail/config';
import { createTestDatabase, TestDatabase, testConfig } from '@casetrail/testing';
import { App } from 'supertest/types';
import { createApiApp } from '../create-api-app';

export interface TestApi {
  app: INestApplication;
  server: App;
  db: TestDatabase;
  config: AppConfig;
  keyWithScope(scope: ApiKeyScope): Promise<string>;
  close(): Promise<void>;
}

/** The real API over HTTP on a fresh database: no stubs below the HTTP layer. */
export async function createTestApi(overrides: Partial<AppConfig> = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const config = testConfig({ databaseUrl: db.url, ...overrides });
  const app = await createApiApp({ config, databaseUrl: db.url });
  app.useLogger(false);
  await app.init();
  return {
    app,
    server: app.getHttpServer() as App,
    db,
    config,
    keyWithScope: async (scope) => (await app.get(ApiKeysService).create(`test-${scope}`, scope)).key,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
