import { freePort } from '@casetrail/database';
import { corpusPath, createTestDatabase, TestDatabase, workspaceRoot } from '@casetrail/testing';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Browser, chromium } from 'playwright-core';

const run = promisify(execFile);
const root = workspaceRoot();
export const CHROMIUM = '/usr/bin/chromium';

export interface Site {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  cli(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `npm start` as a newcomer meets it, on a fresh database: the built API (which serves the built web
 * app at /), seeded cases, the two Bartz filings and the ChatGPT Commercial Terms imported by the CLI.
 */
export async function startSite(): Promise<Site> {
  const db: TestDatabase = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-web-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    DATABASE_URL: db.url,
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_ALLOW_PRIVATE_TARGETS: 'true',
    CASETRAIL_RATE_LIMIT_MAX: '100000',
    LOG_LEVEL: 'warn',
    PORT: String(port),
  };
  const cli = async (args: string[]) =>
    (await run(process.execPath, [path.join(root, 'dist/apps/cli/src/casetrail.js'), ...args], { cwd: root, env }))
      .stdout;
  let api: ChildProcess | null = null;
  const stop = async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api?.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    api = await startApi(env, `http://127.0.0.1:${port}`);
    await cli([
      'ingest',
      corpusPath('filings/pdf/bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf'),
      corpusPath('filings/pdf/bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf'),
    ]);
    await cli(['tos', 'import', corpusPath('tos'), '--only', 'ChatGPT/Commercial Terms']);
    return { baseUrl: `http://127.0.0.1:${port}`, env, cli, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startApi(env: NodeJS.ProcessEnv, baseUrl: string): Promise<ChildProcess> {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`${baseUrl}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`/health did not answer 200 within 60 s:\n${output}`);
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
}

/** axe-core's source, evaluated in the page through the DevTools protocol (the page's CSP forbids inline scripts). */
export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
