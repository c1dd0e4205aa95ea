import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPath } from '@casetrail/testing';
import { cli, root } from './processes';

const BARTZ_ORDER = corpusPath(
  'filings',
  'text',
  'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt',
);

interface Extracted {
  count: number;
  citations: { type: string; key: string }[];
}

/** The CLI with `input` on stdin. */
function cliWithStdin(
  args: string[],
  env: NodeJS.ProcessEnv,
  input: string,
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/apps/cli/src/casetrail.js'), ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('npm run cli -- citations extract', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-citations-cli-'));
    // No reachable database: a command that tried to use one would fail or create one under dataDir.
    env = { CASETRAIL_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('reads a file and prints JSON, without starting a database', async () => {
    const { stdout } = await cli(['citations', 'extract', BARTZ_ORDER, '--json'], env);
    const body = JSON.parse(stdout) as Extracted;
    const keys = new Set(body.citations.map((c) => c.key));
    for (const section of ['101', '102', '106', '107', '109', '504']) expect(keys).toContain(`17 U.S.C. § ${section}`);
    expect(body.citations).toContainEqual(expect.objectContaining({ type: 'case', key: '765 F. Supp. 3d 382' }));
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('reads stdin when no file is given', async () => {
    const { code, stdout } = await cliWithStdin(['citations', 'extract'], env, 'See 17 U.S.C. § 107 and Dkt. 45.');
    expect(code).toBe(0);
    expect(stdout).toBe('-\tstatute\t17 U.S.C. § 107\t17 U.S.C. § 107\n-\tecf\tECF No. 45\tDkt. 45\n');
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});
