import { CASES_ENTITIES, CasesModule, SeedService } from '@casetrail/cases';
import { JobsService } from '@casetrail/jobs';
import { createTestContext, TestContext, waitFor } from '@casetrail/testing';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { DataSource } from 'typeorm';
import { SEARCH_INDEX, SearchIndex } from './search-index.port';
import { SearchJobHandlers } from './search-job-handlers';
import { SearchModule } from './search.module';
import { SearchService } from './search.service';

const meiliUrl = process.env['MEILI_URL'];
const describeWithMeili = meiliUrl ? describe : describe.skip;
if (!meiliUrl) console.log('SKIPPED: the search-outage test needs a real Meilisearch (MEILI_URL); see docs/search.md.');

/** A TCP relay in front of the real Meilisearch that can be switched off, to play an outage. */
class SwitchableRelay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port || 80), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address === 'object' && address) this.port = address.port;
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describeWithMeili('indexing through a Meilisearch outage', () => {
  const relay = new SwitchableRelay(new URL(meiliUrl ?? 'http://127.0.0.1'));
  let ctx: TestContext;

  beforeAll(async () => {
    await relay.up();
    ctx = await createTestContext({
      imports: [CasesModule, SearchModule],
      entities: CASES_ENTITIES,
      config: {
        meili: {
          url: `http://127.0.0.1:${relay.port}`,
          masterKey: process.env['MEILI_MASTER_KEY'] ?? null,
          indexUid: `casetrail_outage_${randomBytes(4).toString('hex')}`,
        },
      },
    });
    await ctx.app.get<SearchIndex>(SEARCH_INDEX).ensureReady();
  });

  afterAll(async () => {
    await ctx?.close();
    await relay.down();
  });

  it('keeps the work while the engine is down, shows the backlog, and drains it when the engine returns', async () => {
    const search = ctx.app.get(SearchService);
    await relay.down();
    await ctx.app.get(SeedService).seed();
    expect(await search.backlog()).toBe(24);
    await ctx.app.get(SearchJobHandlers).register(ctx.app.get(JobsService));
    await waitFor(
      async () =>
        (await ctx.app.get(JobsService).health()).some(
          (q) => q.name === 'search.index-case' && q.queued + q.active > 0,
        ),
      { message: 'retries to be scheduled', timeoutMs: 60_000 },
    );
    await expect(search.engineHealth()).rejects.toThrow();
    expect(await search.backlog()).toBeGreaterThan(0);

    await relay.up();
    await waitFor(async () => (await search.backlog()) === 0, {
      message: 'the backlog to drain',
      timeoutMs: 90_000,
    }).catch(async (error: Error) => {
      const rows = await ctx.app
        .get(DataSource)
        .query(
          `SELECT state, retry_count, start_after, output FROM pgboss.job WHERE name = 'search.index-case' ORDER BY start_after LIMIT 5`,
        );
      throw new Error(`${error.message}: ${JSON.stringify(rows)}`);
    });
    const index = ctx.app.get<SearchIndex>(SEARCH_INDEX);
    await waitFor(async () => (await index.count()) === 24, {
      message: 'all 24 cases in Meilisearch',
      timeoutMs: 60_000,
    });
  }, 180_000);
});
