import http, { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { NetError, NetErrorCode } from './net-error';
import { assertPublicTarget, CheckedTarget, HostResolver } from './public-target';

export interface SafeFetchOptions {
  /** Allow loopback, private and link-local targets (development and tests only). */
  allowPrivate: boolean;
  /** For the whole exchange: resolution, connection, every redirect and the body. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Redirects to follow, each target vetted again; 0 (the default) returns the redirect itself. */
  maxRedirects?: number;
  /** Name resolution, for tests; the system resolver otherwise. */
  resolve?: HostResolver;
}

export interface SafeResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
}

const USER_AGENT = 'Casetrail/0.1 (+https://github.com/casetrail)';

/**
 * A bounded GET of a page at a user-supplied URL (terms-of-service tracking): every target, each
 * redirect included, passes the SSRF guard (assertPublicTarget) and the socket connects only to
 * the checked addresses. Unlike guardedRequest (webhooks), it follows redirects when asked, sends
 * the caller's conditional headers, decompresses, and fails past the size limit instead of
 * truncating. One timeout covers the whole exchange.
 */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions): Promise<SafeResponse> {
  const deadline = Date.now() + options.timeoutMs;
  const maxRedirects = options.maxRedirects ?? 0;
  let current = rawUrl;
  let method = options.method ?? 'GET';
  let body = options.body;
  for (let redirects = 0; ; redirects += 1) {
    const target = await beforeDeadline(assertPublicTarget(current, { allowPrivate: options.allowPrivate, resolve: options.resolve }), deadline, current);
    const response = await exchange(target, { ...options, method, body }, deadline);
    const location = response.headers.location;
    if (maxRedirects === 0 || response.status < 300 || response.status >= 400 || !location) {
      return { ...response, url: target.url.toString() };
    }
    if (redirects >= maxRedirects) {
      throw new NetError(NetErrorCode.TooManyRedirects, `More than ${maxRedirects} redirects from ${rawUrl}.`, { url: rawUrl });
    }
    current = new URL(location, target.url).toString();
    if (response.status !== 307 && response.status !== 308) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
    }
  }
}

function timeoutError(url: string, ms?: number): NetError {
  return new NetError(NetErrorCode.Timeout, `No complete answer from ${url}${ms ? ` within ${ms} ms` : ' in time'}.`, { url });
}

async function beforeDeadline<T>(promise: Promise<T>, deadline: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(url)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').toLowerCase().trim()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(zlib.createGunzip());
    case 'deflate':
      return response.pipe(zlib.createInflate());
    case 'br':
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

function exchange(
  target: CheckedTarget,
  options: SafeFetchOptions & { method: string },
  deadline: number,
): Promise<Omit<SafeResponse, 'url'>> {
  const url = target.url.toString();
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timeoutError(url));
  const [first] = target.addresses;
  // Connect only to the addresses the guard vetted: no second resolution.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, target.addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, first.address, first.family);
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const client = target.url.protocol === 'https:' ? https : http;
    const request = client.request(
      target.url,
      {
        method: options.method,
        headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate, br', ...options.headers },
        lookup,
        agent: false,
      },
      (response) => {
        const declared = Number(response.headers['content-length'] ?? NaN);
        if (!response.headers['content-encoding'] && declared > options.maxBytes) {
          fail(tooLarge(url, options.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const stream = decoded(response);
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) fail(tooLarge(url, options.maxBytes));
          else chunks.push(chunk);
        });
        stream.on('end', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        stream.on('error', (error) => fail(requestFailed(url, error)));
        response.on('error', (error) => fail(requestFailed(url, error)));
      },
    );
    const timer = setTimeout(() => fail(timeoutError(url, options.timeoutMs)), remaining);
    request.on('error', (error) => fail(requestFailed(url, error)));

    function fail(error: NetError): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error);
    }
    function finish(result: Omit<SafeResponse, 'url'>): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    }
    request.end(options.body);
  });
}

function tooLarge(url: string, maxBytes: number): NetError {
  return new NetError(NetErrorCode.ResponseTooLarge, `The answer from ${url} is larger than ${maxBytes} bytes.`, { url, maxBytes });
}

function requestFailed(url: string, error: Error): NetError {
  if (error instanceof NetError) return error;
  return new NetError(NetErrorCode.RequestFailed, `Request to ${url} failed: ${error.message}`, { url });
}
