import { LocalHttpServer, startLocalHttpServer } from '@casetrail/testing';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { guardedFetch, GuardedFetchOptions } from './guarded-fetch';
import { NetError, NetErrorCode } from './net-error';
import { HostResolver } from './public-target';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  /** The raw header names, in the case they were sent. */
  rawNames: string[];
  body: string;
}

describe('guardedFetch against a real HTTP server on loopback', () => {
  let server: LocalHttpServer;
  let port: number;
  let base: string;
  const seen: Seen[] = [];
  let connections = 0;
  const last = (): Seen => seen[seen.length - 1];

  beforeAll(async () => {
    server = await startLocalHttpServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          rawNames: req.rawHeaders.filter((_, i) => i % 2 === 0),
          body,
        });
        switch (req.url ?? '') {
          case '/terms':
            res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end('<h1>Terms</h1>');
            return;
          case '/feed': {
            const validators = { etag: '"f2"', 'last-modified': 'Wed, 18 Apr 2018 00:15:28 GMT' };
            if (req.headers['if-none-match'] === '"f2"') res.writeHead(304, validators).end();
            else res.writeHead(200, { 'content-type': 'application/rss+xml', ...validators }).end('<rss/>');
            return;
          }
          case '/not-modified-with-location':
            res.writeHead(304, { location: '/terms' }).end();
            return;
          case '/gzip':
            res
              .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
              .end(zlib.gzipSync('compressed terms'));
            return;
          case '/big':
            res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
            return;
          case '/big-chunked':
            // No Content-Length: the limit must hold while reading.
            res.writeHead(200, { 'content-type': 'text/plain' });
            for (let i = 0; i < 5; i += 1) res.write('y'.repeat(1000));
            res.end();
            return;
          case '/bomb':
            res
              .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
              .end(zlib.gzipSync('x'.repeat(100_000)));
            return;
          case '/hang':
            return; // never answers: the caller's time box must end it
          case '/redirect-local':
            res.writeHead(302, { location: '/terms' }).end();
            return;
          case '/redirect-loop':
            res.writeHead(301, { location: '/redirect-loop' }).end();
            return;
          case '/redirect-ftp':
            res.writeHead(302, { location: 'ftp://127.0.0.1/terms' }).end();
            return;
          case '/see-other':
            res.writeHead(303, { location: '/terms' }).end();
            return;
          case '/to-other-host':
            res.writeHead(302, { location: `http://second.example.test:${port}/terms` }).end();
            return;
          default:
            res.writeHead(404).end();
        }
      });
    });
    server.server.on('connection', () => (connections += 1));
    port = server.port;
    base = server.url;
  });

  afterAll(() => server.close());

  const allowed: GuardedFetchOptions = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1000 };
  const failure = async (promise: Promise<unknown>): Promise<NetError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof NetError)) throw new Error(`expected a NetError, got ${String(error)}`);
    return error;
  };

  it('fetches, sends the caller headers and decompresses', async () => {
    const response = await guardedFetch(`${base}/terms`, { ...allowed, headers: { 'x-trace': 'abc' } });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('<h1>Terms</h1>');
    expect(response.etag).toBe('"v1"');
    expect(response.address).toBe('127.0.0.1');
    expect(last().headers['x-trace']).toBe('abc');
    expect(last().headers['accept-encoding']).toBe('gzip, deflate, br');
    expect((await guardedFetch(`${base}/gzip`, allowed)).body.toString()).toBe('compressed terms');
  });

  it('lets a caller header replace a default whatever its case', async () => {
    await guardedFetch(`${base}/terms`, { ...allowed, headers: { 'User-Agent': 'Casetrail-Webhooks/1' } });
    expect(last().rawNames.filter((name) => name.toLowerCase() === 'user-agent')).toEqual(['User-Agent']);
    expect(last().headers['user-agent']).toBe('Casetrail-Webhooks/1');
  });

  it('posts a body with its length', async () => {
    const response = await guardedFetch(`${base}/hook`, {
      ...allowed,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":"é"}',
    });
    expect(response.status).toBe(404);
    expect(last()).toMatchObject({ method: 'POST', url: '/hook', body: '{"a":"é"}' });
    expect(last().headers['content-length']).toBe(String(Buffer.byteLength('{"a":"é"}')));
  });

  describe('conditional GET', () => {
    it("sends no validators when it has none, and returns the answer's", async () => {
      const response = await guardedFetch(`${base}/feed`, {
        ...allowed,
        conditional: { etag: null, lastModified: null },
      });
      expect(response).toMatchObject({
        status: 200,
        notModified: false,
        etag: '"f2"',
        lastModified: 'Wed, 18 Apr 2018 00:15:28 GMT',
      });
      expect(last().headers['if-none-match']).toBeUndefined();
      expect(last().headers['if-modified-since']).toBeUndefined();
    });

    it('sends the validators it holds and reports a 304 as not modified', async () => {
      const response = await guardedFetch(`${base}/feed`, {
        ...allowed,
        conditional: { etag: '"f2"', lastModified: 'Wed, 18 Apr 2018 00:15:28 GMT' },
      });
      expect(response).toMatchObject({ status: 304, notModified: true, etag: '"f2"' });
      expect(response.body).toHaveLength(0);
      expect(last().headers).toMatchObject({
        'if-none-match': '"f2"',
        'if-modified-since': 'Wed, 18 Apr 2018 00:15:28 GMT',
      });
    });

    it('does not take a 304 for a redirect, even with a Location', async () => {
      const response = await guardedFetch(`${base}/not-modified-with-location`, { ...allowed, maxRedirects: 3 });
      expect(response).toMatchObject({ status: 304, notModified: true, url: `${base}/not-modified-with-location` });
    });
  });

  describe('size limit', () => {
    it('fails past the limit, declared, chunked or compressed', async () => {
      expect((await failure(guardedFetch(`${base}/big`, allowed))).code).toBe(NetErrorCode.ResponseTooLarge);
      expect((await failure(guardedFetch(`${base}/big-chunked`, allowed))).code).toBe(NetErrorCode.ResponseTooLarge);
      expect((await failure(guardedFetch(`${base}/bomb`, allowed))).code).toBe(NetErrorCode.ResponseTooLarge);
    });

    it('keeps the first bytes when asked to truncate', async () => {
      const response = await guardedFetch(`${base}/big`, { ...allowed, maxBytes: 100, overflow: 'truncate' });
      expect(response).toMatchObject({ status: 200, truncated: true });
      expect(response.body.toString()).toBe('x'.repeat(100));
      const bomb = await guardedFetch(`${base}/bomb`, { ...allowed, maxBytes: 100, overflow: 'truncate' });
      expect(bomb.body.toString()).toBe('x'.repeat(100));
      const small = await guardedFetch(`${base}/terms`, { ...allowed, overflow: 'truncate' });
      expect(small).toMatchObject({ truncated: false });
      expect(small.body.toString()).toBe('<h1>Terms</h1>');
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const error = await failure(guardedFetch(`${base}/hang`, { ...allowed, timeoutMs: 300 }));
    expect(error.code).toBe(NetErrorCode.Timeout);
    expect(error.message).toMatch(/within 300 ms/);
  });

  it('reports a refused connection with its cause', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(guardedFetch(`http://127.0.0.1:${closedPort}/`, allowed));
    expect(error.code).toBe(NetErrorCode.RequestFailed);
    expect(String(error.details['cause'])).toMatch(/ECONNREFUSED/);
  });

  describe('redirects', () => {
    it('returns a redirect as it is unless asked to follow', async () => {
      const before = seen.length;
      const response = await guardedFetch(`${base}/redirect-local`, allowed);
      expect(response.status).toBe(302);
      expect(seen.slice(before).map((s) => s.url)).toEqual(['/redirect-local']);
    });

    it('follows when asked and reports the URL that answered', async () => {
      const followed = await guardedFetch(`${base}/redirect-local`, { ...allowed, maxRedirects: 2 });
      expect(followed.status).toBe(200);
      expect(followed.url).toBe(`${base}/terms`);
    });

    it('turns a POST into a GET without body after a 303', async () => {
      const before = seen.length;
      const response = await guardedFetch(`${base}/see-other`, {
        ...allowed,
        method: 'POST',
        body: 'payload',
        maxRedirects: 1,
      });
      expect(response.status).toBe(200);
      expect(seen.slice(before).map((s) => [s.method, s.url, s.body, s.headers['content-length']])).toEqual([
        ['POST', '/see-other', 'payload', '7'],
        ['GET', '/terms', '', undefined],
      ]);
    });

    it('stops after the allowed number of redirects', async () => {
      expect((await failure(guardedFetch(`${base}/redirect-loop`, { ...allowed, maxRedirects: 3 }))).code).toBe(
        NetErrorCode.TooManyRedirects,
      );
    });

    it('vets each hop again: a redirect to another scheme is refused', async () => {
      expect((await failure(guardedFetch(`${base}/redirect-ftp`, { ...allowed, maxRedirects: 3 }))).code).toBe(
        NetErrorCode.InvalidUrl,
      );
    });

    it("resolves each hop's host again and connects to its checked address", async () => {
      const asked: string[] = [];
      const resolve: HostResolver = async (hostname) => {
        asked.push(hostname);
        return [{ address: '127.0.0.1', family: 4 }];
      };
      const response = await guardedFetch(`http://first.example.test:${port}/to-other-host`, {
        ...allowed,
        maxRedirects: 1,
        resolve,
      });
      expect(response).toMatchObject({
        status: 200,
        url: `http://second.example.test:${port}/terms`,
        address: '127.0.0.1',
      });
      expect(asked).toEqual(['first.example.test', 'second.example.test']);
      expect(last().headers.host).toBe(`second.example.test:${port}`);
    });
  });

  it('connects to the checked address while keeping the host name in the Host header', async () => {
    const response = await guardedFetch(`http://hooks.example.test:${port}/pinned`, {
      ...allowed,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(response.address).toBe('127.0.0.1');
    expect(last()).toMatchObject({
      url: '/pinned',
      headers: expect.objectContaining({ host: `hooks.example.test:${port}` }),
    });
  });

  it('refuses a loopback target before opening any connection when private targets are not allowed', async () => {
    const before = connections;
    const error = await failure(guardedFetch(`${base}/terms`, { ...allowed, allowPrivate: false }));
    expect(error.code).toBe(NetErrorCode.TargetNotAllowed);
    expect(connections).toBe(before);
  });

  it('refuses a name that resolves to a private address when private targets are not allowed', async () => {
    const before = connections;
    const resolve: HostResolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const error = await failure(
      guardedFetch(`http://feed.example.test:${port}/feed`, { ...allowed, allowPrivate: false, resolve }),
    );
    expect(error).toMatchObject({
      code: NetErrorCode.TargetNotAllowed,
      details: { host: 'feed.example.test', address: '127.0.0.1' },
    });
    expect(connections).toBe(before);
  });
});
