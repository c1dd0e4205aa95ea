import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { root } from './processes';

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

/**
 * Starts the built API in its own process group, as a shell runs a foreground job: a signal sent
 * to the group (`signalGroup`) reaches every process in it, like Ctrl-C in a terminal.
 */
export async function startApiProcess(env: NodeJS.ProcessEnv, port: number, timeoutMs = 90_000): Promise<ApiProcess> {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    detached: true,
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`${baseUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { child, baseUrl, output: () => output };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`/health did not answer 200 within ${timeoutMs} ms:\n${output}`);
}

/** Sends `signal` to the process group and resolves with the exit code (or the killing signal). */
export function signalGroup(api: ApiProcess, signal: NodeJS.Signals): Promise<number | string> {
  return new Promise((resolve) => {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      resolve(api.child.exitCode ?? api.child.signalCode ?? -1);
      return;
    }
    api.child.once('exit', (code, killedBy) => resolve(code ?? killedBy ?? -1));
    process.kill(-(api.child.pid as number), signal);
  });
}

/** Sends `signal` to the API process alone (SIGKILL: the embedded server, in its own group, survives). */
export function signalProcess(api: ApiProcess, signal: NodeJS.Signals): Promise<number | string> {
  return new Promise((resolve) => {
    api.child.once('exit', (code, killedBy) => resolve(code ?? killedBy ?? -1));
    api.child.kill(signal);
  });
}

/** Log lines at error level or above (pino levels 50, 60) and Node's crash reports. */
export function errorLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /"level":(50|60)\b|\bERROR\b|Unhandled|^\s+at .*node_modules\/pg/.test(line));
}

export function postmaster(dataDir: string): { pid: number; port: number } {
  const [pid, , , port] = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(pid), port: Number(port) };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

export function parentOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** A client of the embedded server, with the credentials the data folder keeps. */
export async function embeddedClient(dataDir: string): Promise<Client> {
  const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'embedded-credentials.json'), 'utf8')) as {
    user: string;
    password: string;
  };
  const client = new Client({
    host: '127.0.0.1',
    port: postmaster(dataDir).port,
    user,
    password,
    database: 'casetrail',
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Holds a TCP port, dropping every connection at once (a server that refuses to serve). */
export async function holdPort(port: number, withinMs: number): Promise<net.Server> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const server = net.createServer((socket) => socket.destroy());
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) return server;
    if (Date.now() > deadline) throw new Error(`port ${port} stayed busy`);
    await sleep(20);
  }
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
