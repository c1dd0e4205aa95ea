import { freePort } from '@casetrail/database';
import { createCasetrailClient, unwrap } from '@casetrail/sdk';
import { createTestDatabase, TestDatabase } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, postgresProcessesUnder, signalProcess, startApi } from './processes';

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
    const reader = createCasetrailClient({ baseUrl: first.baseUrl });
    const listed = unwrap(await reader.GET('/api/v1/cases', { params: { query: { limit: 50 } } }));
    expect(listed.items).toHaveLength(24);

    const { stdout: key } = await cli(['keys', 'create', '--name', 'quickstart', '--scope', 'ingest'], env);
    const writer = createCasetrailClient({ baseUrl: first.baseUrl, apiKey: key.trim() });
    const created = await writer.POST('/api/v1/cases', {
      body: { caption: 'Restart v. Persistence', shortName: 'Restart v. Persistence', court: 'nysd' },
    });
    expect(created.response.status).toBe(201);

    expect(await signalProcess(first, 'SIGINT')).toBe(0);
    if (!externalDb) expect(postgresProcessesUnder(dataDir)).toEqual([]);

    const second = await startApi(env, port);
    try {
      const client = createCasetrailClient({ baseUrl: second.baseUrl });
      const again = unwrap(
        await client.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug: 'restart-v-persistence' } } }),
      );
      expect(again.slug).toBe('restart-v-persistence');
      const all = unwrap(await client.GET('/api/v1/cases', { params: { query: { limit: 50 } } }));
      expect(all.items).toHaveLength(25);
    } finally {
      expect(await signalProcess(second, 'SIGTERM')).toBe(0);
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
