import { freePort } from '@casetrail/database';
import { createTestDatabase, TestDatabase } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, postgresProcessesUnder, startApi, stop } from './processes';

/**
 * The README's promise, as a user meets it: start, see the seeded cases, use the CLI beside the
 * running server, stop with Ctrl-C, start again and find the data.
 */
describe('quickstart: the API process on a fresh data folder', () => {
  let dataDir: string;
  let externalDb: TestDatabase | null = null;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-quickstart-'));
    env = { CASETRAIL_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    if (process.env['DATABASE_URL']) {
      externalDb = await createTestDatabase();
      env['DATABASE_URL'] = externalDb.url;
    } else {
      env['DATABASE_URL'] = '';
    }
  });

  afterAll(async () => {
    await externalDb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health and the 24 seeded cases, keeps data across a restart, leaves no PostgreSQL behind', async () => {
    const port = await freePort();
    const first = await startApi(env, port);
    const listed = (await (await fetch(`${first.baseUrl}/api/v1/cases?limit=50`)).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(24);

    const { stdout: key } = await cli(['keys', 'create', '--name', 'quickstart', '--scope', 'ingest'], env);
    const created = await fetch(`${first.baseUrl}/api/v1/cases`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key.trim()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ caption: 'Restart v. Persistence', shortName: 'Restart v. Persistence', court: 'nysd' }),
    });
    expect(created.status).toBe(201);

    expect(await stop(first, 'SIGINT')).toBe(0);
    if (!externalDb) expect(postgresProcessesUnder(dataDir)).toEqual([]);

    const second = await startApi(env, port);
    try {
      const again = (await (await fetch(`${second.baseUrl}/api/v1/cases/restart-v-persistence`)).json()) as {
        slug: string;
      };
      expect(again.slug).toBe('restart-v-persistence');
      const all = (await (await fetch(`${second.baseUrl}/api/v1/cases?limit=50`)).json()) as { items: unknown[] };
      expect(all.items).toHaveLength(25);
    } finally {
      expect(await stop(second, 'SIGTERM')).toBe(0);
    }
    if (!externalDb) expect(postgresProcessesUnder(dataDir)).toEqual([]);
  });

  it('fails fast with a message naming a bad variable', async () => {
    await expect(cli(['seed'], { ...env, PORT: 'eighty' })).rejects.toMatchObject({
      code: 78,
      stderr: expect.stringContaining('PORT must be an integer'),
    });
  });

  it('lists every command with a description', async () => {
    const { stdout } = await cli(['--help'], env);
    for (const command of ['seed', 'keys', 'db']) expect(stdout).toMatch(new RegExp(`\\n\\s+${command}\\b.*\\S`));
  });
});
