import { runMigrations, startEmbeddedPostgres } from '@casetrail/database';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { quoteIdent, TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR, withDatabase } from './test-server';

interface SharedTestServer {
  adminUrl: string;
  template: string;
  stop: () => Promise<void>;
}

declare global {
  var __casetrailTestServer: SharedTestServer | undefined;
}

/**
 * Jest global setup: one PostgreSQL per test run (the embedded one, or DATABASE_URL's server),
 * migrated once into a template database that each test file copies in tens of milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  let adminUrl: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir, databaseName: 'casetrail_bootstrap' });
    adminUrl = embedded.adminUrl;
    stopServer = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const template = `casetrail_template_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(adminUrl, template));

  process.env[TEST_ADMIN_URL_VAR] = adminUrl;
  process.env[TEST_TEMPLATE_VAR] = template;
  globalThis.__casetrailTestServer = {
    adminUrl,
    template,
    stop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`).finally(() => client.end());
      await stopServer();
    },
  };
}
