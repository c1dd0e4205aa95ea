import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@casetrail/config';
import { dataSourceOptions, EntityList } from '@casetrail/database';
import { JobsModule } from '@casetrail/jobs';
import { createTestDatabase, TestDatabase } from './test-database';
import { testConfig } from './test-config';

export interface TestContext {
  app: INestApplicationContext;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

export interface TestContextOptions {
  /** The domain modules under test. */
  imports?: (Type<unknown> | DynamicModule)[];
  /** Their entities (the database itself is fully migrated). */
  entities?: EntityList;
  config?: Partial<AppConfig>;
}

@Module({})
class TestRootModule {}

/** Domain modules over a fresh migrated database, with configuration and jobs, for integration tests. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const config = testConfig({ databaseUrl: db.url, ...options.config });
  const root: DynamicModule = {
    module: TestRootModule,
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, options.entities ?? []), logging: ['error'] }),
      JobsModule.forRoot(db.url),
      ...(options.imports ?? []),
    ],
  };
  const app = await NestFactory.createApplicationContext(root, { logger: false });
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
