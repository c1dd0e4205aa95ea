import http from 'node:http';
import { AddressInfo } from 'node:net';
import { guardedRequest } from './guarded-request';
import { NetError, NetErrorCode } from './net-error';

interface Seen {
  method: string;
  url: string;
  host: string;
  body: string;
}

describe('guardedRequest against a real server on loopback', () => {
  let server: http.Server;
  let port: number;
  const seen: Seen[] = [];
  let connections = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '', body });
        if (req.url === '/redirect') {
          res.writeHead(302, { Location: `http://127.0.0.1:${port}/elsewhere` }).end();
        } else if (req.url === '/hang') {
          // never answers: the caller's time box must end it
        } else {
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end('x'.repeat(10_000));
        }
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts a body and returns the status and a bounded body', async () => {
    const response = await guardedRequest({
      url: `http://127.0.0.1:${port}/hook`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
      timeoutMs: 5000,
      allowPrivate: true,
      maxResponseBytes: 100,
    });
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(100);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/hook', body: '{"a":1}' });
  });

  it('does not follow redirects', async () => {
    const before = seen.length;
    const response = await guardedRequest({ url: `http://127.0.0.1:${port}/redirect`, timeoutMs: 5000, allowPrivate: true });
    expect(response.status).toBe(302);
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/redirect']);
  });

  it('gives up on a server that does not answer in time', async () => {
    await expect(guardedRequest({ url: `http://127.0.0.1:${port}/hang`, timeoutMs: 300, allowPrivate: true })).rejects.toThrow('timed out after 300 ms');
  });

  it('connects to the checked address while keeping the host name in the Host header', async () => {
    const response = await guardedRequest({
      url: `http://hooks.example.test:${port}/pinned`,
      timeoutMs: 5000,
      allowPrivate: true,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(response.address).toBe('127.0.0.1');
    expect(seen.at(-1)).toMatchObject({ url: '/pinned', host: `hooks.example.test:${port}` });
  });

  it('refuses a loopback target before opening any connection when private targets are not allowed', async () => {
    const before = connections;
    const error = await guardedRequest({ url: `http://127.0.0.1:${port}/hook`, timeoutMs: 5000, allowPrivate: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetError);
    expect((error as NetError).code).toBe(NetErrorCode.TargetNotAllowed);
    expect(connections).toBe(before);
  });
});
