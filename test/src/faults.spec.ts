import { freePort } from '@casetrail/database';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { embeddedClient, errorLines, holdPort, isRunning, parentOf, postmaster } from './fault-helpers';
import {
  cli,
  hasExited,
  postgresProcessesUnder,
  RunningApi,
  signalGroup,
  signalProcess,
  sleep,
  startApi,
  waitUntil,
} from './processes';

const PDFS = [
  'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf',
  'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf',
  'gov.uscourts.azd.1085839.3.0.pdf',
  'gov.uscourts.cand.321533.147.0.pdf',
  'gov.uscourts.caed.373457.1.0.pdf',
  'nc-supreme-court_gift-surplus-v-state_2022-NCSC-1.pdf',
];

/**
 * Faults with real processes (the built API and CLI over the embedded PostgreSQL), killed the hard
 * way: the database under a running API, the API with extractions in flight, Ctrl-C in a terminal.
 * The embedded server is always used here (DATABASE_URL is cleared): its supervision is under test.
 */
describe('faults: killed databases and processes', () => {
  const dataDirs: string[] = [];
  const running: RunningApi[] = [];

  function freshDataDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-faults-'));
    dataDirs.push(dir);
    return dir;
  }

  async function start(dataDir: string, port: number): Promise<RunningApi> {
    const api = await startApi({ CASETRAIL_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }, port, {
      timeoutMs: 90_000,
      detached: true,
    });
    running.push(api);
    return api;
  }

  afterAll(async () => {
    for (const api of running) {
      if (!hasExited(api)) await signalProcess(api, 'SIGKILL');
    }
    for (const dir of dataDirs) {
      for (const pid of postgresProcessesUnder(dir)) process.kill(pid, 'SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 database_unavailable while the embedded PostgreSQL is dead, restarts it, and recovers', async () => {
    const dataDir = freshDataDir();
    const api = await start(dataDir, await freePort());
    const killed = postmaster(dataDir);
    process.kill(killed.pid, 'SIGKILL');
    // Keep the server's port busy so that its restarts fail until we let go.
    const blocker = await holdPort(killed.port, 400);
    try {
      for (let i = 0; i < 3; i += 1) {
        const cases = await fetch(`${api.baseUrl}/api/v1/cases?limit=1`);
        expect(cases.status).toBe(503);
        expect(Number(cases.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await cases.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');

        const health = await fetch(`${api.baseUrl}/health`);
        expect(health.status).toBe(503);
        const body = await health.text();
        expect(JSON.parse(body)).toMatchObject({ status: 'down', database: { status: 'down' } });
        for (const internal of [
          String(killed.port),
          '127.0.0.1',
          'postgres://',
          dataDir,
          'ECONNREFUSED',
          'ECONNRESET',
        ]) {
          expect(body).not.toContain(internal);
        }
        await sleep(700);
      }
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }

    await waitUntil(
      'cases answer again',
      async () => (await fetch(`${api.baseUrl}/api/v1/cases?limit=1`)).status === 200,
      60_000,
    );
    const restarted = postmaster(dataDir);
    expect(restarted.pid).not.toBe(killed.pid);
    expect(restarted.port).toBe(killed.port);
    expect(parentOf(restarted.pid)).toBe(api.child.pid);
    expect(api.output()).toContain('the embedded PostgreSQL is back');

    expect(await signalGroup(api, 'SIGINT')).toBe(0);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
  }, 180_000);

  it('resumes the extractions of a SIGKILLed API within 60 s of its restart, under a server it takes over', async () => {
    const dataDir = freshDataDir();
    const port = await freePort();
    const env = { CASETRAIL_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
    const first = await start(dataDir, port);
    const { stdout: key } = await cli(['keys', 'create', '--name', 'faults', '--scope', 'ingest'], env);

    const documentIds: string[] = [];
    for (const file of PDFS) {
      const form = new FormData();
      form.append(
        'file',
        new Blob([fs.readFileSync(corpusPath('filings', 'pdf', file))], { type: 'application/pdf' }),
        file,
      );
      const uploaded = await fetch(`${first.baseUrl}/api/v1/documents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key.trim()}` },
        body: form,
      });
      expect(uploaded.status).toBe(201);
      documentIds.push(((await uploaded.json()) as { id: string }).id);
    }

    const sql = await embeddedClient(dataDir);
    let unfinishedAtKill: string[];
    try {
      await waitUntil(
        'an extraction is running',
        async () =>
          (await sql.query(`SELECT 1 FROM pgboss.job WHERE name = 'document.extract' AND state = 'active'`)).rowCount,
        30_000,
      );
      expect(await signalProcess(first, 'SIGKILL')).toBe('SIGKILL');
      unfinishedAtKill = await unfinished(sql, documentIds);
      const stuck = await sql.query(`SELECT 1 FROM pgboss.job WHERE name = 'document.extract' AND state = 'active'`);
      expect(stuck.rowCount).toBeGreaterThan(0);
    } finally {
      await sql.end();
    }
    expect(unfinishedAtKill.length).toBeGreaterThan(0);
    // The killed API's server runs on, owned by nobody.
    const orphan = postmaster(dataDir);
    expect(isRunning(orphan.pid)).toBe(true);

    const restartedAt = Date.now();
    const second = await start(dataDir, port);
    const adopted = postmaster(dataDir);
    expect(isRunning(orphan.pid)).toBe(false);
    expect(parentOf(adopted.pid)).toBe(second.child.pid);

    const after = await embeddedClient(dataDir);
    try {
      await waitUntil(
        'every document extracted',
        async () => (await unfinished(after, documentIds)).length === 0,
        60_000 - (Date.now() - restartedAt),
      );
      const { rows } = await after.query<{ status: string }>(
        `SELECT status FROM documents WHERE id = ANY($1::uuid[])`,
        [documentIds],
      );
      // Extracted, and possibly indexed since: none failed, none left behind.
      for (const { status } of rows) expect(['extracted', 'indexed']).toContain(status);
      expect(rows).toHaveLength(documentIds.length);
    } finally {
      await after.end();
    }
    expect(Date.now() - restartedAt).toBeLessThan(60_000);

    // Both killed at once leave a postmaster.pid naming a dead process: the next start clears it.
    const last = postmaster(dataDir);
    await signalProcess(second, 'SIGKILL');
    process.kill(last.pid, 'SIGKILL');
    await waitUntil('the server is gone', async () => !isRunning(last.pid), 10_000);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);
    const third = await start(dataDir, port);
    expect((await fetch(`${third.baseUrl}/api/v1/cases?limit=1`)).status).toBe(200);
    expect(await signalGroup(third, 'SIGINT')).toBe(0);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
  }, 300_000);

  it('stops cleanly on Ctrl-C, run after run, with no error logged and no server left', async () => {
    const dataDir = freshDataDir();
    const port = await freePort();
    for (let run = 0; run < 3; run += 1) {
      const api = await start(dataDir, port);
      // Ctrl-C lands at a different moment of the background jobs each time.
      await sleep(200 + run * 600);
      expect(await signalGroup(api, 'SIGINT')).toBe(0);
      expect(errorLines(api.output())).toEqual([]);
      expect(postgresProcessesUnder(dataDir)).toEqual([]);
    }
  }, 180_000);

  it('ingests corpus PDFs with the CLI on a fresh data folder, exits 0 and logs no error', async () => {
    const dataDir = freshDataDir();
    const env = { CASETRAIL_DATA_DIR: dataDir, DATABASE_URL: '' };
    for (const pair of [PDFS.slice(0, 2), PDFS.slice(2, 4)]) {
      const { stdout, stderr } = await cli(['ingest', ...pair.map((f) => corpusPath('filings', 'pdf', f))], env).catch(
        (error: Error & { code?: number; stdout?: string }) => {
          throw new Error(`exit ${error.code}: ${error.message}\n${error.stdout ?? ''}`);
        },
      );
      expect(stdout).toContain('ingested 2, duplicates 0, failed 0');
      expect(errorLines(stderr)).toEqual([]);
      expect(stderr).not.toMatch(/ERROR|terminating connection/);
    }
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
  }, 180_000);
});

async function unfinished(sql: Client, ids: string[]): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT id FROM documents WHERE id = ANY($1::uuid[]) AND status = 'received'`,
    [ids],
  );
  return rows.map((row) => row.id);
}
