import { freePort } from '@casetrail/database';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The built API in its own process, as deployed, on the given database; no worker, no seed, no rate limit. */
export async function startApiProcess(
  root: string,
  databaseUrl: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CASETRAIL_SEED: 'false',
      CASETRAIL_RUN_WORKER: 'false',
      CASETRAIL_RATE_LIMIT_MAX: '1000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited: ${output}`);
    if (
      (await fetch(`${url}/health`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    ) {
      return {
        url,
        process: child,
        stop: () =>
          new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not become healthy: ${output}`);
}
