import { runMigrations, startEmbeddedPostgres } from '@casetrail/database';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

/** A fresh, migrated database on DATABASE_URL's server, or on an embedded server in a temp folder. */
export async function benchDatabase(name: string): Promise<BenchDatabase> {
  const external = process.env['DATABASE_URL'];
  let adminUrl: string;
  let stop = async () => undefined as void;
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-bench-'));
    const embedded = await startEmbeddedPostgres({ dataDir, databaseName: 'postgres' });
    adminUrl = embedded.adminUrl;
    stop = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const database = `casetrail_bench_${name}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  await runMigrations(url.toString());
  return {
    url: url.toString(),
    close: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => client.end());
      await stop();
    },
  };
}
