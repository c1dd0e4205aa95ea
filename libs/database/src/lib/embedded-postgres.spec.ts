import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { embeddedSharedBuffersMb, startEmbeddedPostgres } from './embedded-postgres';

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embeddedSharedBuffersMb', () => {
  const gib = 1024 ** 3;
  it('gives the embedded server an eighth of the memory, from 128 MB to 1 GB', () => {
    expect(embeddedSharedBuffersMb(0.5 * gib)).toBe(128);
    expect(embeddedSharedBuffersMb(4 * gib)).toBe(512);
    expect(embeddedSharedBuffersMb(24 * gib)).toBe(1024);
  });
});

describe('startEmbeddedPostgres (a real PostgreSQL server)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-embedded-'));
  });

  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts a server on a free port, keeps its data, and a second process shares it', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    try {
      expect(first.owned).toBe(true);
      expect(await selectOne(first.url)).toBe(1);
      const client = new Client({ connectionString: first.url });
      await client.connect();
      const { rows } = await client.query<{ setting: string }>(
        `SELECT setting FROM pg_settings WHERE name = 'shared_buffers'`,
      );
      await client.end();
      // pg_settings counts 8 kB buffers.
      expect((Number(rows[0].setting) * 8) / 1024).toBe(embeddedSharedBuffersMb(os.totalmem()));
      const second = await startEmbeddedPostgres({ dataDir });
      expect(second.owned).toBe(false);
      expect(second.url).toBe(first.url);
      await second.stop();
      expect(await selectOne(first.url)).toBe(1);
    } finally {
      await first.stop();
    }
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    expect(fs.existsSync(pidFile)).toBe(false);

    const restarted = await startEmbeddedPostgres({ dataDir });
    try {
      expect(restarted.owned).toBe(true);
      expect(await selectOne(restarted.url)).toBe(1);
    } finally {
      await restarted.stop();
    }
  });

  it('recovers from a stale postmaster.pid left by a crash', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await first.stop();
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    let deadPid = 999_999;
    while (isRunning(deadPid)) deadPid -= 1;
    fs.writeFileSync(pidFile, `${deadPid}\n${path.join(dataDir, 'pg')}\n0\n5432\n\n127.0.0.1\n`);

    const recovered = await startEmbeddedPostgres({ dataDir });
    try {
      expect(recovered.owned).toBe(true);
      expect(await selectOne(recovered.url)).toBe(1);
    } finally {
      await recovered.stop();
    }
  });

  it('treats a postmaster.pid naming a live process that is not PostgreSQL as stale (a reused pid)', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    await first.stop();
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    fs.writeFileSync(pidFile, `${process.pid}\n${path.join(dataDir, 'pg')}\n0\n5432\n\n127.0.0.1\n`);

    const recovered = await startEmbeddedPostgres({ dataDir });
    try {
      expect(recovered.owned).toBe(true);
      expect(await selectOne(recovered.url)).toBe(1);
    } finally {
      await recovered.stop();
    }
  });

  it('restarts its server on the same port when it is killed', async () => {
    const logs: string[] = [];
    const db = await startEmbeddedPostgres({
      dataDir,
      restartDelaysMs: [200, 500, 1000, 2000],
      log: (m) => logs.push(m),
    });
    try {
      const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
      const killed = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      process.kill(killed, 'SIGKILL');
      const deadline = Date.now() + 30_000;
      let answered = false;
      while (!answered && Date.now() < deadline) {
        answered = await selectOne(db.url).then(
          () => true,
          () => false,
        );
        if (!answered) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(answered).toBe(true);
      const restarted = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      expect(restarted).not.toBe(killed);
      expect(isRunning(restarted)).toBe(true);
      expect(logs.some((m) => m.includes('exited unexpectedly'))).toBe(true);
    } finally {
      await db.stop();
    }
    expect(fs.existsSync(path.join(dataDir, 'embedded-owner.json'))).toBe(false);
  });
});
