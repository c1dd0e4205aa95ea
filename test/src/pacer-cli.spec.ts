import { corpusPath, createTestDatabase, TestDatabase } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, postgresProcessesUnder } from './processes';

const docket = (name: string) => corpusPath('pacer', 'dockets', `${name}.html`);
const expected = (dir: string, name: string): unknown =>
  JSON.parse(fs.readFileSync(corpusPath('pacer', dir, `${name}.json`), 'utf8'));

/** The `pacer` commands as a user runs them: the parsers without any database, the imports with one. */
describe('pacer CLI', () => {
  let dataDir: string;
  let externalDb: TestDatabase | null = null;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-pacer-cli-'));
    env = { CASETRAIL_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };
  });

  afterAll(async () => {
    await externalDb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints juriscraper's JSON for a docket report and a feed, and starts no database", async () => {
    const report = await cli(
      ['pacer', 'parse-docket', docket('nysd_4606'), '--court', 'nysd', '--format', 'juriscraper'],
      env,
    );
    expect(JSON.parse(report.stdout)).toEqual(expected('dockets', 'nysd_4606'));
    const feed = await cli(
      ['pacer', 'parse-rss', corpusPath('pacer', 'rss', 'cafc.xml'), '--format', 'juriscraper'],
      env,
    );
    expect(JSON.parse(feed.stdout)).toEqual(expected('rss', 'cafc'));
    const ours = JSON.parse((await cli(['pacer', 'parse-docket', docket('akd')], env)).stdout) as {
      caseName: string;
      entries: unknown[];
    };
    expect(ours).toMatchObject({ caseName: 'West American Insurance Company v. Gifford', entries: expect.any(Array) });
    // DATABASE_URL is empty: a database would have been started under the data folder.
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
  });

  it('refuses what is not a docket report with its code and exit code 4', async () => {
    await expect(cli(['pacer', 'parse-docket', docket('dcd_2')], env)).rejects.toMatchObject({
      code: 4,
      stderr: expect.stringContaining('error [error_page]'),
    });
    await expect(cli(['pacer', 'parse-docket', docket('akd'), '--format', 'xml'], env)).rejects.toMatchObject({
      code: 2,
    });
    await expect(cli(['pacer', 'import-docket', docket('akd'), '--court', 'n y'], env)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--court must be a court id such as nysd (got "n y")'),
    });
  });

  it('imports a docket report once: the second run changes nothing', async () => {
    if (process.env['DATABASE_URL']) {
      externalDb = await createTestDatabase();
      env['DATABASE_URL'] = externalDb.url;
    }
    const first = JSON.parse((await cli(['pacer', 'import-docket', docket('cand_7')], env)).stdout);
    expect(first).toMatchObject({
      court: { id: 'cand' },
      case: { outcome: 'created' },
      entries: { created: 6 },
      events: 6,
    });
    const second = JSON.parse((await cli(['pacer', 'import-docket', docket('cand_7')], env)).stdout);
    expect(second).toMatchObject({
      case: { id: first.case.id, outcome: 'unchanged' },
      entries: { created: 0, updated: 0, unchanged: 6 },
      events: 0,
    });
    const feed = JSON.parse((await cli(['pacer', 'import-rss', corpusPath('pacer', 'rss', 'cadc.xml')], env)).stdout);
    expect(feed).toMatchObject({ court: 'cadc', items: 13, events: 13 });
    if (!externalDb) expect(postgresProcessesUnder(dataDir)).toEqual([]);
  });
});
