import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { workspaceRoot } from '@casetrail/testing';

export const root = workspaceRoot();
const run = promisify(execFile);

export interface RunningApi {
  process: ChildProcess;
  baseUrl: string;
  output: () => string;
}

/** Starts the built API as `npm start` does, and waits until /health answers 200. */
export async function startApi(env: NodeJS.ProcessEnv, port: number, timeoutMs = 60_000): Promise<RunningApi> {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port), ...env },
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
    if (status === 200) return { process: child, baseUrl, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`/health did not answer 200 within ${timeoutMs} ms:\n${output}`);
}

export function stop(api: RunningApi, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  return new Promise((resolve) => {
    api.process.once('exit', (code) => resolve(code));
    api.process.kill(signal);
  });
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
