import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { waitFor, workspaceRoot } from '@casetrail/testing';

export const root = workspaceRoot();
const run = promisify(execFile);

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
}

export interface RunningApi extends RunningProcess {
  baseUrl: string;
}

export interface StartOptions {
  timeoutMs?: number;
  /**
   * Its own process group, as a shell runs a foreground job: a signal sent to the group
   * (`signalGroup`) reaches every process in it, like Ctrl-C in a terminal.
   */
  detached?: boolean;
}

/** Spawns a built app (`dist/apps/<app>/src/main.js`) and collects its stdout and stderr. */
function spawnBuilt(app: 'api' | 'worker', env: NodeJS.ProcessEnv, detached: boolean): RunningProcess {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, `dist/apps/${app}/src/main.js`)], {
    cwd: root,
    detached,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/**
 * Starts the built API as `npm start` does (on its embedded PostgreSQL unless `env` names a
 * DATABASE_URL), and waits until /health answers 200.
 */
export async function startApi(
  env: NodeJS.ProcessEnv,
  port: number,
  { timeoutMs = 60_000, detached = false }: StartOptions = {},
): Promise<RunningApi> {
  const { child, output } = spawnBuilt('api', { PORT: String(port), DATABASE_URL: '', ...env }, detached);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output()}`);
    const status = await fetch(`${baseUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { child, baseUrl, output };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`/health did not answer 200 within ${timeoutMs} ms:\n${output()}`);
}

/** Starts the built worker and waits until it says that its job handlers run. */
export async function startWorker(
  env: NodeJS.ProcessEnv,
  { timeoutMs = 60_000, detached = false }: StartOptions = {},
): Promise<RunningProcess> {
  const worker = spawnBuilt('worker', env, detached);
  await waitFor(
    () => {
      if (worker.child.exitCode !== null)
        throw new Error(`the worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
      return worker.output().includes('Casetrail worker running');
    },
    { timeoutMs, message: 'the worker did not start' },
  );
  return worker;
}

/** Sends `signal` to the process alone and resolves with its exit code (or the signal that killed it). */
export function signalProcess(running: RunningProcess, signal: NodeJS.Signals): Promise<number | string> {
  return new Promise((resolve) => {
    if (hasExited(running)) return resolve(running.child.exitCode ?? running.child.signalCode ?? -1);
    running.child.once('exit', (code, killedBy) => resolve(code ?? killedBy ?? -1));
    running.child.kill(signal);
  });
}

/** Sends `signal` to the process group of a `detached` process, as Ctrl-C does to a foreground job. */
export function signalGroup(running: RunningProcess, signal: NodeJS.Signals): Promise<number | string> {
  return new Promise((resolve) => {
    if (hasExited(running)) return resolve(running.child.exitCode ?? running.child.signalCode ?? -1);
    running.child.once('exit', (code, killedBy) => resolve(code ?? killedBy ?? -1));
    process.kill(-(running.child.pid as number), signal);
  });
}

export function hasExited(running: RunningProcess): boolean {
  return running.child.exitCode !== null || running.child.signalCode !== null;
}

/** Polls `probe` (a probe that throws counts as not yet) until it answers a truthy value. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
): Promise<T> {
  return (await waitFor(() => probe().catch(() => null), { timeoutMs, message: what, intervalMs: 200 })) as T;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [path.join(root, 'dist/apps/cli/src/casetrail.js'), ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
}

/** PIDs of PostgreSQL servers whose data directory lies under `dir`. */
export function postgresProcessesUnder(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline[0]?.endsWith('postgres') && cmdline.some((arg) => arg.startsWith(dir))) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
