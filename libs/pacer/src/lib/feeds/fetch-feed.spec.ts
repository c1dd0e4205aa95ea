import { LocalHttpServer, startLocalHttpServer } from '@casetrail/testing';
import http from 'node:http';
import zlib from 'node:zlib';
import { PacerError, PacerErrorCode } from '../pacer-error';
import { fetchFeed, FetchFeedOptions } from './fetch-feed';

const RSS =
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café v. Société</title></channel></rss>';

/** How the feed fetch reads what a court's server answers, and names each failure in the poller's terms. */
describe('fetchFeed against a local HTTP server', () => {
  let server: LocalHttpServer;
  let base: string;
  const seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = await startLocalHttpServer((req, res) => {
      seen.push(req.headers);
      const latin1 = { 'content-type': 'application/rss+xml; charset=ISO-8859-1' };
      switch (req.url ?? '') {
        case '/gzip.xml':
          res.writeHead(200, { ...latin1, 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.from(RSS, 'latin1')));
          return;
        case '/dated.xml':
          if (req.headers['if-modified-since'] === 'Wed, 18 Apr 2018 00:15:28 GMT') res.writeHead(304).end();
          else
            res
              .writeHead(200, { ...latin1, 'last-modified': 'Wed, 18 Apr 2018 00:15:28 GMT' })
              .end(Buffer.from(RSS, 'latin1'));
          return;
        case '/loop.xml':
          res.writeHead(302, { location: '/loop.xml' }).end();
          return;
        case '/nowhere.xml':
          res.writeHead(302).end();
          return;
        case '/to-ftp.xml':
          res.writeHead(301, { location: 'ftp://127.0.0.1/feed.xml' }).end();
          return;
        case '/declared-large.xml':
          res.writeHead(200, { ...latin1, 'content-length': '5000' }).end(' '.repeat(5000));
          return;
        case '/gone.xml':
          res.writeHead(410).end();
          return;
        default:
          res.writeHead(404).end();
      }
    });
    base = server.url;
  });

  afterAll(() => server.close());

  const options: FetchFeedOptions = { timeoutMs: 5000, maxBytes: 1000, allowPrivateTargets: true };
  const failure = async (promise: Promise<unknown>): Promise<PacerError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof PacerError)) throw new Error(`expected a PacerError, got ${String(error)}`);
    return error;
  };

  it("decompresses and decodes the charset the server declares, with the poller's headers", async () => {
    const fetched = await fetchFeed(`${base}/gzip.xml`, options);
    expect(fetched).toMatchObject({ status: 'ok', etag: null, lastModified: null });
    expect(fetched.status === 'ok' && fetched.body).toContain('Café v. Société');
    expect(seen[seen.length - 1]).toMatchObject({
      'user-agent': 'Casetrail/0.1 (court RSS poller)',
      accept: expect.stringContaining('application/rss+xml'),
    });
  });

  it('asks with If-Modified-Since and reports a 304 as not modified', async () => {
    const first = await fetchFeed(`${base}/dated.xml`, options);
    expect(first).toMatchObject({ status: 'ok', lastModified: 'Wed, 18 Apr 2018 00:15:28 GMT' });
    const again = await fetchFeed(`${base}/dated.xml`, {
      ...options,
      lastModified: first.status === 'ok' ? first.lastModified : null,
    });
    expect(again).toEqual({ status: 'not_modified' });
    expect(seen[seen.length - 1]['if-modified-since']).toBe('Wed, 18 Apr 2018 00:15:28 GMT');
  });

  it("names each failure in the poller's terms", async () => {
    expect(await failure(fetchFeed(`${base}/loop.xml`, options))).toMatchObject({
      code: PacerErrorCode.FeedUnavailable,
      message: expect.stringContaining('more than 3 redirects'),
    });
    expect(await failure(fetchFeed(`${base}/nowhere.xml`, options))).toMatchObject({
      code: PacerErrorCode.FeedUnavailable,
      message: `Feed ${base}/nowhere.xml unavailable: HTTP 302 without a Location`,
    });
    expect(await failure(fetchFeed(`${base}/to-ftp.xml`, options))).toMatchObject({
      code: PacerErrorCode.FeedUnavailable,
    });
    expect(await failure(fetchFeed(`${base}/gone.xml`, options))).toMatchObject({
      code: PacerErrorCode.FeedUnavailable,
      message: `Feed ${base}/gone.xml unavailable: HTTP 410`,
      details: { status: 410 },
    });
    expect(await failure(fetchFeed(`${base}/declared-large.xml`, options))).toMatchObject({
      code: PacerErrorCode.InputTooLarge,
      details: { url: `${base}/declared-large.xml`, limitBytes: 1000 },
    });
  });

  it('refuses a feed on a private address unless those are allowed, naming the address', async () => {
    expect(await failure(fetchFeed(`${base}/gzip.xml`, { ...options, allowPrivateTargets: false }))).toMatchObject({
      code: PacerErrorCode.PrivateTargetRefused,
      details: { url: `${base}/gzip.xml`, addresses: ['127.0.0.1'] },
    });
  });
});
