import { DomainEvent } from '@casetrail/events';
import { NetError, NetErrorCode } from '@casetrail/net';
import { createTestContext, LocalHttpServer, startLocalHttpServer, TestContext } from '@casetrail/testing';
import http from 'node:http';
import { DataSource } from 'typeorm';
import { TOS_ENTITIES } from '../tos.entities';
import { TosModule } from '../tos.module';
import { TosVersion } from '../versions/tos-version.entity';
import { TosSource, TosSourceStatus } from './tos-source.entity';
import { TosTrackerService } from './tos-tracker.service';

const page = (body: string) =>
  `<!doctype html><html><body><h1>Terms of Use</h1><p>Effective: May 1, 2025</p>${body}</body></html>`;

/** A real HTTP server on 127.0.0.1 serving a terms page with validators, and pages that fail in various ways. */
class LocalSite {
  private readonly handler: http.RequestListener;
  private server?: LocalHttpServer;
  terms = { etag: '"v1"', html: page('<ol><li>You may not resell the Services.</li><li>Be nice.</li></ol>') };
  readonly conditional: (string | undefined)[] = [];

  constructor() {
    this.handler = (req, res) => {
      switch (req.url ?? '') {
        case '/terms': {
          const tag = req.headers['if-none-match'];
          this.conditional.push(typeof tag === 'string' ? tag : undefined);
          if (tag === this.terms.etag) {
            res.writeHead(304, { etag: this.terms.etag });
            res.end();
            return;
          }
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: this.terms.etag });
          res.end(this.terms.html);
          return;
        }
        case '/broken':
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal error');
          return;
        case '/huge':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(page(`<p>${'word '.repeat(20_000)}</p>`));
          return;
        case '/pdf':
          res.writeHead(200, { 'content-type': 'application/pdf' });
          res.end('%PDF-1.7');
          return;
        case '/hang':
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    };
  }

  async start(): Promise<string> {
    this.server = await startLocalHttpServer(this.handler);
    return this.server.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}

const HOUR = 3600 * 1000;

describe('TosTrackerService against a local HTTP server (private targets allowed)', () => {
  let ctx: TestContext;
  let sut: TosTrackerService;
  let site: LocalSite;
  let base: string;
  const t0 = new Date('2026-01-01T00:00:00Z');

  beforeAll(async () => {
    site = new LocalSite();
    base = await site.start();
    ctx = await createTestContext({
      imports: [TosModule],
      entities: [...TOS_ENTITIES, DomainEvent],
      config: { allowPrivateTargets: true, tos: { pollIntervalSeconds: 3600, fetchTimeoutMs: 300, maxBytes: 20_000 } },
    });
    sut = ctx.app.get(TosTrackerService);
    for (const [path, type] of [
      ['/terms', 'Terms of Use'],
      ['/broken', 'Broken'],
      ['/hang', 'Hang'],
      ['/huge', 'Huge'],
      ['/pdf', 'Pdf'],
    ]) {
      await sut.track({ url: `${base}${path}`, service: 'Local Site', documentType: type, provider: 'Local Inc.' }, t0);
    }
  });

  afterAll(async () => {
    await ctx?.close();
    await site?.stop();
  });

  const versionsOf = async (type: string): Promise<TosVersion[]> =>
    ctx.app
      .get(DataSource)
      .getRepository(TosVersion)
      .find({ where: { document: { type } }, order: { recordedAt: 'ASC' } });

  it('refuses to track the same URL twice', async () => {
    await expect(
      sut.track({ url: `${base}/terms`, service: 'Local Site', documentType: 'Terms of Use' }, t0),
    ).rejects.toMatchObject({
      code: 'tos_source_already_tracked',
    });
  });

  it('fetches every due source, stores a version, and records each failure without stopping the others', async () => {
    const results = await sut.checkDue(t0);
    const byPath = Object.fromEntries(results.map((r) => [new URL(r.url).pathname, r]));
    expect(Object.keys(byPath).sort()).toEqual(['/broken', '/hang', '/huge', '/pdf', '/terms']);
    expect(byPath['/terms'].status).toBe(TosSourceStatus.Stored);
    expect(byPath['/broken']).toMatchObject({ status: TosSourceStatus.Failed, message: 'HTTP 500' });
    expect(byPath['/hang'].status).toBe(TosSourceStatus.Failed);
    expect(byPath['/hang'].message).toMatch(/within 300 ms/);
    expect(byPath['/huge'].message).toMatch(/larger than 20000 bytes/);
    expect(byPath['/pdf'].message).toMatch(/unsupported content type application\/pdf/);

    const [version] = await versionsOf('Terms of Use');
    expect(version.recordedAt.toISOString()).toBe(t0.toISOString());
    expect(version.effectiveDate).toBe('2025-05-01');
    expect(version.markdown).toContain('1. You may not resell the Services.');

    const sources = await ctx.app.get(DataSource).getRepository(TosSource).find();
    const broken = sources.find((s) => s.url.endsWith('/broken'));
    expect(broken).toMatchObject({
      lastStatus: TosSourceStatus.Failed,
      consecutiveFailures: 1,
      lastMessage: 'HTTP 500',
    });
    expect(broken?.nextCheckAt.toISOString()).toBe(new Date(t0.getTime() + 300_000).toISOString());
    const terms = sources.find((s) => s.url.endsWith('/terms'));
    expect(terms).toMatchObject({ etag: '"v1"', consecutiveFailures: 0, lastHttpStatus: 200 });
    expect(terms?.nextCheckAt.toISOString()).toBe(new Date(t0.getTime() + HOUR).toISOString());
  });

  it('checks nothing before a source is due', async () => {
    expect(await sut.checkDue(new Date(t0.getTime() + 60_000))).toEqual([]);
  });

  it('sends a conditional GET, stores a changed page, and skips a page that changed only by noise', async () => {
    const notModified = await sut.checkDue(new Date(t0.getTime() + HOUR));
    expect(notModified.find((r) => r.url.endsWith('/terms'))?.status).toBe(TosSourceStatus.NotModified);
    expect(site.conditional[site.conditional.length - 1]).toBe('"v1"');

    site.terms = {
      etag: '"v2"',
      html: page('<ol><li>You may not resell or lease the Services.</li><li>Be nice.</li></ol>'),
    };
    const changed = await sut.checkDue(new Date(t0.getTime() + 2 * HOUR));
    expect(changed.find((r) => r.url.endsWith('/terms'))?.status).toBe(TosSourceStatus.Stored);

    site.terms = {
      etag: '"v3"',
      html: page(
        '<ol><li>You may not resell or lease the\u00a0Services.</li><li>Be   nice.</li></ol><p><a href="/help?utm_source=x">\u200b</a></p>',
      ),
    };
    const noise = await sut.checkDue(new Date(t0.getTime() + 3 * HOUR));
    expect(noise.find((r) => r.url.endsWith('/terms'))).toMatchObject({
      status: TosSourceStatus.Skipped,
      message: expect.stringContaining('noise'),
    });

    const versions = await versionsOf('Terms of Use');
    expect(versions.map((v) => v.kind)).toEqual(['first', 'change']);
    expect(versions[1].changeCounts).toMatchObject({ modified: 1 });
  });
});

describe('TosTrackerService SSRF guard (private targets refused)', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [TosModule],
      entities: [...TOS_ENTITIES, DomainEvent],
      config: { allowPrivateTargets: false },
    });
  });

  afterAll(() => ctx?.close());

  it.each([
    'http://127.0.0.1:8080/terms',
    'http://10.0.0.1/terms',
    'http://169.254.169.254/latest/meta-data/',
    'http://localhost/terms',
  ])('refuses to track %s', async (url) => {
    const error = await ctx.app
      .get(TosTrackerService)
      .track({ url, service: 'Internal', documentType: 'Terms of Service' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe(NetErrorCode.TargetNotAllowed);
    expect(await ctx.app.get(DataSource).getRepository(TosSource).count()).toBe(0);
  });

  it('records a refused fetch as a failure of that source when its address turned private', async () => {
    const dataSource = ctx.app.get(DataSource);
    const [{ id: serviceId }] = await dataSource.query(
      `INSERT INTO tos_services (name, slug, provider) VALUES ('Moved', 'moved', 'Moved') RETURNING id`,
    );
    const [{ id: documentId }] = await dataSource.query(
      `INSERT INTO tos_documents (service_id, type, slug) VALUES ($1, 'Terms of Service', 'terms-of-service') RETURNING id`,
      [serviceId],
    );
    await dataSource
      .getRepository(TosSource)
      .insert({ documentId, url: 'http://127.0.0.1:9/terms', nextCheckAt: new Date(0) });
    const [result] = await ctx.app.get(TosTrackerService).checkDue();
    expect(result.status).toBe(TosSourceStatus.Failed);
    expect(result.message).toMatch(/private, loopback and link-local targets are refused/);
  });
});
