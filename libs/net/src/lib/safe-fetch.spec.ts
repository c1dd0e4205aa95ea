import http from 'node:http';
import { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { NetError, NetErrorCode } from './net-error';
import { safeFetch, SafeFetchOptions } from './safe-fetch';

describe('safeFetch against a local HTTP server', () => {
  let server: http.Server;
  let base: string;
  const seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      switch (req.url ?? '') {
        case '/terms':
          res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
          res.end('<h1>Terms</h1>');
          return;
        case '/gzip':
          res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
          res.end(zlib.gzipSync('compressed terms'));
          return;
        case '/big':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('x'.repeat(5000));
          return;
        case '/bomb':
          res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
          res.end(zlib.gzipSync('x'.repeat(100_000)));
          return;
        case '/hang':
          return; // never answers
        case '/redirect-local':
          res.writeHead(302, { location: '/terms' });
          res.end();
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const allowed: SafeFetchOptions = { allowPrivate: true, timeoutMs: 5000, maxBytes: 1000 };
  const failure = async (promise: Promise<unknown>): Promise<string> => {
    try {
      await promise;
      return 'resolved';
    } catch (error) {
      return error instanceof NetError ? error.code : String(error);
    }
  };

  it('fetches, sends the caller headers and decompresses', async () => {
    const response = await safeFetch(`${base}/terms`, { ...allowed, headers: { 'if-none-match': '"v0"' } });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('<h1>Terms</h1>');
    expect(response.headers.etag).toBe('"v1"');
    expect(seen[seen.length - 1]['if-none-match']).toBe('"v0"');
    expect((await safeFetch(`${base}/gzip`, allowed)).body.toString()).toBe('compressed terms');
  });

  it('refuses the local server when private targets are not allowed', async () => {
    expect(await failure(safeFetch(`${base}/terms`, { ...allowed, allowPrivate: false }))).toBe(NetErrorCode.TargetNotAllowed);
  });

  it('stops reading past the size limit, compressed or not', async () => {
    expect(await failure(safeFetch(`${base}/big`, allowed))).toBe(NetErrorCode.ResponseTooLarge);
    expect(await failure(safeFetch(`${base}/bomb`, allowed))).toBe(NetErrorCode.ResponseTooLarge);
  });

  it('gives up on a server that does not answer', async () => {
    expect(await failure(safeFetch(`${base}/hang`, { ...allowed, timeoutMs: 200 }))).toBe(NetErrorCode.Timeout);
  });

  it('returns redirects unless asked to follow them, and vets each hop', async () => {
    expect((await safeFetch(`${base}/redirect-local`, allowed)).status).toBe(302);
    const followed = await safeFetch(`${base}/redirect-local`, { ...allowed, maxRedirects: 2 });
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(`${base}/terms`);
  });
});
