import { sha256Hex } from '@casetrail/core';
import { manyPagePdf, paddedPdf, pdfBomb } from '@casetrail/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startApiProcess } from './api-process';
import { benchDatabase } from './bench-database';
import { SuiteContext } from './suite';

const MB = 1024 * 1024;
/** CASETRAIL_CITATIONS_ANONYMOUS_MAX_CHARACTERS's default: the largest text an anonymous caller may send. */
const ANONYMOUS_MAX_CHARACTERS = 20_000;

interface Scenario {
  name: string;
  /** Sends the heavy requests; resolves with their statuses once all are answered. */
  send(api: Heavy): Promise<number[]>;
}

interface Heavy {
  url: string;
  ingestKey: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const nestedDocket = (depth: number): string =>
  `<html><body><h3>DOCKET FOR CASE #: 1:24-cv-00001</h3>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;

const citationStorm = (characters: number): string =>
  'See Bartz v. Anthropic PBC, 787 F. Supp. 3d 1007 (N.D. Cal. 2025). '
    .concat('Id. supra at 12. '.repeat(Math.ceil(characters / 17)))
    .slice(0, characters);

async function post(url: string, init: RequestInit): Promise<number> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response.status;
}

function uploadBody(bytes: Buffer, name: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
  return form;
}

function scenarios(bomb: Buffer, longPdf: Buffer, bigUploads: Buffer[]): Scenario[] {
  const docket = (depth: number): Scenario => ({
    name: `docket HTML ${depth.toLocaleString('en-US')} divs deep`,
    send: async ({ url, ingestKey }) => [
      await post(`${url}/api/v1/pacer/dockets?court=nysd`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ingestKey}`, 'Content-Type': 'text/html' },
        body: nestedDocket(depth),
      }),
    ],
  });
  const upload = (name: string, files: Buffer[]): Scenario => ({
    name,
    send: ({ url, ingestKey }) =>
      Promise.all(
        files.map((bytes, i) =>
          post(`${url}/api/v1/documents`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${ingestKey}` },
            body: uploadBody(bytes, `upload-${i}.pdf`),
          }),
        ),
      ),
  });
  return [
    docket(64_000),
    docket(300_000),
    upload(`PDF bomb (${(bomb.length / MB).toFixed(1)} MB inflating to 1.6 GB)`, [bomb]),
    upload('5,000-page PDF', [longPdf]),
    {
      name: `16 parallel anonymous citation extractions of ${ANONYMOUS_MAX_CHARACTERS.toLocaleString('en-US')} characters`,
      send: ({ url }) =>
        Promise.all(
          Array.from({ length: 16 }, () =>
            post(`${url}/api/v1/citations/extract`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ text: citationStorm(ANONYMOUS_MAX_CHARACTERS) }),
            }),
          ),
        ),
    },
    upload('6 parallel 95 MB uploads', bigUploads),
  ];
}

function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * The bystander runs in its own process, so that what the bench itself does (building and sending
 * hundreds of megabytes of uploads) cannot delay it: it asks for one case in a loop and, when told
 * to stop, prints its worst latency, its count and the failures it saw.
 */
const BYSTANDER = `
let stop = false, worst = 0, count = 0; const failures = [];
process.stdin.on('data', () => (stop = true));
(async () => {
  while (!stop) {
    const started = performance.now();
    try {
      const response = await fetch(process.argv[1] + '/api/v1/cases?limit=1');
      await response.arrayBuffer();
      if (response.status !== 200) failures.push(String(response.status));
    } catch (error) {
      failures.push(String(error.cause ?? error));
    }
    worst = Math.max(worst, performance.now() - started);
    count += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  process.stdout.write(JSON.stringify({ worst, count, failures }));
  process.exit(0);
})();
`;

interface BystanderReport {
  worst: number;
  count: number;
  failures: string[];
}

function startBystander(url: string): { stop(): Promise<BystanderReport> } {
  const child = spawn(process.execPath, ['-e', BYSTANDER, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    stop: async () => {
      child.stdin.write('stop\n');
      await once(child, 'exit');
      return JSON.parse(output) as BystanderReport;
    },
  };
}

/** Runs the scenario while a bystander process asks GET /api/v1/cases?limit=1 in a loop and RSS is sampled. */
async function measure(
  api: Heavy,
  pid: number,
  scenario: Scenario,
): Promise<{ statuses: number[]; seconds: number; bystander: BystanderReport; peakRss: number }> {
  let peakRss = rssBytes(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(pid))), 25);
  const bystander = startBystander(api.url);
  await sleep(300);
  const started = performance.now();
  const statuses = await scenario.send(api);
  const seconds = (performance.now() - started) / 1000;
  const report = await bystander.stop();
  clearInterval(sampler);
  return { statuses, seconds, bystander: report, peakRss };
}

async function insertIngestKey(databaseUrl: string): Promise<string> {
  const key = `ct_bench${Date.now().toString(36)}heavyinputkey000000000`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO api_keys (name, scope, prefix, hash) VALUES ('bench', 'ingest', $1, $2)`, [
    key.slice(0, 10),
    sha256Hex(key),
  ]);
  await client.end();
  return key;
}

/**
 * `npm run bench -- heavy`: each hostile input of issue 20 §2 against the built API in its own
 * process (as `npm start` runs it, the worker's job handlers included), while a bystander asks for
 * one case in a loop: the worst bystander latency, and the API process's peak RSS over its baseline.
 */
export async function heavySuite(ctx: SuiteContext): Promise<void> {
  ctx.note('building inputs: a 1.6 GB PDF bomb, a 5,000-page PDF, six 95 MB PDFs');
  const bomb = await pdfBomb(1600 * MB);
  const longPdf = manyPagePdf(5_000);
  const bigUploads = Array.from({ length: 6 }, (_, i) => paddedPdf(95 * MB, `Exhibit ${i}`));
  const db = await benchDatabase('heavy');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-heavy-'));
  const api = await startApiProcess(ctx.root, db.url, {
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_RUN_WORKER: 'true',
    CASETRAIL_RATE_LIMIT_MAX: '100000',
  });
  const pid = api.process.pid as number;
  // The API's own log lines (warnings and errors) go to this process's stderr.
  api.process.stdout?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  api.process.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  api.process.on('exit', (code, signal) => process.stderr.write(`API process exited: ${code ?? signal}\n`));
  try {
    const heavy = { url: api.url, ingestKey: await insertIngestKey(db.url) };
    for (let i = 0; i < 20; i++) await post(`${api.url}/api/v1/cases?limit=1`, {});
    await sleep(1000);
    const baseline = rssBytes(pid);
    ctx.note(
      `load average at start ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    ctx.note(
      `API process baseline RSS ${(baseline / MB).toFixed(0)} MiB (pid ${pid}, ${os.availableParallelism()} cores)`,
    );
    for (const scenario of scenarios(bomb, longPdf, bigUploads)) {
      const result = await measure(heavy, pid, scenario);
      const counts = new Map<number, number>();
      for (const s of result.statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
      ctx.row({
        input: scenario.name,
        answers: [...counts].map(([s, n]) => (n > 1 ? `${n}×${s}` : String(s))).join(' '),
        'heavy s': Number(result.seconds.toFixed(2)),
        'bystander worst ms': Math.round(result.bystander.worst),
        bystanders: result.bystander.count,
        'bystander failures': result.bystander.failures.length,
        'peak RSS − baseline MiB': Math.round((result.peakRss - baseline) / MB),
      });
      for (const failure of new Set(result.bystander.failures))
        ctx.note(`${scenario.name}: a bystander got ${failure}`);
      // Let extraction jobs the uploads queued finish before the next input.
      await sleep(3000);
    }
    ctx.note(
      `load average at end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await api.stop();
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
