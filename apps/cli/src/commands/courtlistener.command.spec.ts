import { SeedService } from '@casetrail/cases';
import { createTestDatabase, TestDatabase, testConfig } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { ExitCode } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CourtListenerUnfollowCommand } from './courtlistener.command';

jest.setTimeout(120_000);

describe('courtlistener unfollow (PostgreSQL)', () => {
  let db: TestDatabase;
  let runtime: RuntimeContext;
  let out: string;
  let err: string;
  let sourceId: string;
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    runtime = new RuntimeContext(testConfig({ databaseUrl: db.url }));
    await (await runtime.get(SeedService)).seed();
    const dataSource = await runtime.get(DataSource);
    // A followed docket as `courtlistener follow` leaves it (its sync is not needed here).
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO case_sources (case_id, provider, external_id, url)
       SELECT id, 'courtlistener', '69058235', 'https://www.courtlistener.com/docket/69058235/' FROM cases
        WHERE slug = 'bartz-v-anthropic' RETURNING id`,
    );
    sourceId = row.id;
  });

  afterAll(async () => {
    await runtime.close();
    await db.drop();
  });

  beforeEach(() => {
    out = '';
    err = '';
    spies.push(
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out += chunk.toString();
        return true;
      }),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        err += chunk.toString();
        return true;
      }),
    );
  });

  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
    process.exitCode = undefined;
  });

  const unfollow = (args: string[]) => new CourtListenerUnfollowCommand(runtime).run(args, {});

  it('refuses an unknown case or source with exit code 3 and a message, and a missing argument with 2', async () => {
    await unfollow(['no-such-case', sourceId]);
    expect([process.exitCode, err]).toEqual([ExitCode.NotFound, 'error [case_not_found]: No case "no-such-case".\n']);
    err = '';
    await unfollow(['bartz-v-anthropic', '0b6f4a56-5a0b-4c43-9d6e-8a5e8e0e6f11']);
    expect(process.exitCode).toBe(ExitCode.NotFound);
    expect(err).toMatch(/^error \[case_source_not_found\]: No followed docket 0b6f4a56-.* on this case\.\n$/);
    err = '';
    await unfollow(['bartz-v-anthropic']);
    expect([process.exitCode, err]).toEqual([ExitCode.Usage, 'error: give the case (id or slug) and the source id\n']);
  });

  it('stops following the docket', async () => {
    await unfollow(['bartz-v-anthropic', sourceId]);
    expect(process.exitCode).toBeUndefined();
    expect(out).toBe(`unfollowed ${sourceId} on bartz-v-anthropic\n`);
    const left = await (await runtime.get(DataSource)).query('SELECT id FROM case_sources WHERE id = $1', [sourceId]);
    expect(left).toEqual([]);
  });
});
