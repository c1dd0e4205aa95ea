import { CASES_ENTITIES } from '@casetrail/cases';
import { DomainEvent } from '@casetrail/events';
import { JobsService } from '@casetrail/jobs';
import { createTestContext, LocalHttpServer, startLocalHttpServer, TestContext } from '@casetrail/testing';
import http from 'node:http';
import { DataSource } from 'typeorm';
import { corpusFeed, feedWithOneMoreItem } from '../../testing/corpus';
import { PacerErrorCode } from '../pacer-error';
import { PACER_ENTITIES } from '../pacer.entities';
import { PacerModule } from '../pacer.module';
import { fetchFeed } from './fetch-feed';
import { PacerJobHandlers } from './pacer-job-handlers';
import { FeedPollStatus, PacerFeed } from './pacer-feed.entity';
import { RssPollerService } from './rss-poller.service';

const MAX_BYTES = 300_000;

/** A court's CM/ECF as far as the poller can tell: a real HTTP server on 127.0.0.1 serving corpus feeds. */
class FakeCourt {
  private server?: LocalHttpServer;
  nysd = { body: corpusFeed('sdny_1'), etag: '"v1"' };
  readonly seen: { path: string; ifNoneMatch: string | undefined }[] = [];

  async start(): Promise<string> {
    this.server = await startLocalHttpServer((request, response) => this.handle(request, response));
    return this.server.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const path = request.url ?? '/';
    this.seen.push({ path, ifNoneMatch: request.headers['if-none-match'] });
    const xml = { 'Content-Type': 'application/rss+xml; charset=ISO-8859-1' };
    if (path.endsWith('/nysd.xml')) {
      if (request.headers['if-none-match'] === this.nysd.etag) {
        response.writeHead(304, { ETag: this.nysd.etag }).end();
        return;
      }
      response.writeHead(200, { ...xml, ETag: this.nysd.etag, 'Last-Modified': 'Wed, 18 Apr 2018 00:15:28 GMT' });
      response.end(Buffer.from(this.nysd.body, 'latin1'));
    } else if (path === '/cafc.xml') {
      response.writeHead(200, xml).end(corpusFeed('cafc'));
    } else if (path === '/moved.xml') {
      response.writeHead(302, { Location: '/cafc.xml' }).end();
    } else if (path === '/broken.xml') {
      response.writeHead(500).end('Internal Server Error');
    } else if (path === '/login.xml') {
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html><form><input type="password" name="p"></form></html>');
    } else if (path === '/huge.xml') {
      // Chunked, no Content-Length: the limit must hold while reading.
      response.writeHead(200, xml);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent <= MAX_BYTES; sent += chunk.length) response.write(chunk);
      response.end('<rss></rss>');
    } else if (path === '/slow.xml') {
      // Never answers: the poller's timeout must end the wait.
    } else {
      response.writeHead(404).end();
    }
  }
}

async function until<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('RssPollerService against a local HTTP server (PostgreSQL)', () => {
  const court = new FakeCourt();
  let base: string;
  let ctx: TestContext;
  let sut: RssPollerService;
  let dataSource: DataSource;
  const feed = (name: string, courtId = 'nysd') => ({ court: courtId, url: `${base}/${name}.xml` });
  const stateOf = (name: string) => dataSource.getRepository(PacerFeed).findOneByOrFail({ url: `${base}/${name}.xml` });

  beforeAll(async () => {
    base = await court.start();
    ctx = await createTestContext({
      imports: [PacerModule],
      entities: [...CASES_ENTITIES, DomainEvent, ...PACER_ENTITIES],
      config: {
        allowPrivateTargets: true,
        pacer: {
          maxBodyBytes: MAX_BYTES,
          rss: {
            feeds: [{ court: 'nysd', url: `${base}/job/nysd.xml` }],
            intervalSeconds: 3600,
            timeoutSeconds: 1,
            trackedCasesOnly: false,
          },
        },
      },
    });
    sut = ctx.app.get(RssPollerService);
    dataSource = ctx.app.get(DataSource);
  });

  afterAll(async () => {
    await ctx.close();
    await court.stop();
  });

  it('imports the feeds that answer and records each failure without stopping the others', async () => {
    const results = await sut.pollAll([
      feed('broken'),
      feed('nysd'),
      feed('slow'),
      feed('huge'),
      feed('login'),
      feed('moved', 'cafc'),
    ]);
    expect(results.map((r) => [r.url.slice(base.length), r.status])).toEqual([
      ['/broken.xml', FeedPollStatus.Failed],
      ['/nysd.xml', FeedPollStatus.Imported],
      ['/slow.xml', FeedPollStatus.Failed],
      ['/huge.xml', FeedPollStatus.Failed],
      ['/login.xml', FeedPollStatus.Failed],
      ['/moved.xml', FeedPollStatus.Imported],
    ]);
    expect(results[1].result?.entries.created).toBeGreaterThan(300);
    expect(results[5].result?.court).toBe('cafc');

    expect(await stateOf('broken')).toMatchObject({
      lastStatus: 'failed',
      consecutiveFailures: 1,
      lastError: expect.stringContaining('HTTP 500'),
    });
    expect((await stateOf('slow')).lastError).toMatch(/^feed_unavailable: .*timed out/);
    expect((await stateOf('huge')).lastError).toMatch(new RegExp(`^${PacerErrorCode.InputTooLarge}:`));
    expect((await stateOf('login')).lastError).toMatch(new RegExp(`^${PacerErrorCode.NotAnRssFeed}:`));
    expect(await stateOf('nysd')).toMatchObject({
      lastStatus: 'imported',
      etag: '"v1"',
      lastModified: 'Wed, 18 Apr 2018 00:15:28 GMT',
      lastError: null,
    });
  });

  it('asks again with the stored validators and imports nothing when the feed has not changed', async () => {
    const events = await dataSource.getRepository(DomainEvent).count();
    const results = await sut.pollAll([feed('nysd'), feed('broken'), feed('moved', 'cafc')]);
    expect(results.map((r) => r.status)).toEqual([
      FeedPollStatus.NotModified,
      FeedPollStatus.Failed,
      FeedPollStatus.Imported,
    ]);
    expect(court.seen.filter((s) => s.path === '/nysd.xml').map((s) => s.ifNoneMatch)).toEqual([undefined, '"v1"']);
    expect(results[2].result?.events).toBe(0);
    expect((await stateOf('broken')).consecutiveFailures).toBe(2);
    expect(await dataSource.getRepository(DomainEvent).count()).toBe(events);
  });

  it('records exactly one event when the feed comes back with one more item', async () => {
    const events = await dataSource.getRepository(DomainEvent).count();
    court.nysd = { body: feedWithOneMoreItem(court.nysd.body), etag: '"v2"' };
    const [result] = await sut.pollAll([feed('nysd')]);
    expect(result.status).toBe(FeedPollStatus.Imported);
    expect(result.result?.events).toBe(1);
    expect(await dataSource.getRepository(DomainEvent).count()).toBe(events + 1);
    expect((await stateOf('nysd')).etag).toBe('"v2"');
  });

  it('refuses feeds on private addresses unless they are allowed', async () => {
    await expect(
      fetchFeed(`${base}/cafc.xml`, { timeoutMs: 1000, maxBytes: MAX_BYTES, allowPrivateTargets: false }),
    ).rejects.toMatchObject({
      code: PacerErrorCode.PrivateTargetRefused,
    });
  });

  it('runs as a self-rescheduling job over the configured feeds', async () => {
    const jobs = ctx.app.get(JobsService);
    await ctx.app.get(PacerJobHandlers).register(jobs);
    const state = await until(
      () =>
        dataSource
          .getRepository(PacerFeed)
          .findOneBy({ url: `${base}/job/nysd.xml`, lastStatus: FeedPollStatus.Imported }),
      'the job to poll the configured feed',
    );
    expect(state.court).toBe('nysd');
    const [next] = await dataSource.query(
      `SELECT count(*)::int AS n, min(start_after) > now() + interval '50 minutes' AS later FROM pgboss.job WHERE name = 'pacer.rss-poll' AND state = 'created'`,
    );
    expect(next).toEqual({ n: 1, later: true });
  });
});
