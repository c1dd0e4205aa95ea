import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { quoteIdent, TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR, withDatabase } from './test-server';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ADMIN_URL_VAR];
  const template = process.env[TEST_TEMPLATE_VAR];
  if (!adminUrl || !template) {
    throw new Error(
      "No test PostgreSQL: this project's jest.config.js must use the global setup of @casetrail/testing.",
    );
  }
  const name = `casetrail_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh test database with a TypeORM DataSource on it (no entities: raw SQL), and how to drop both. */
export async function createTestDataSource(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}
