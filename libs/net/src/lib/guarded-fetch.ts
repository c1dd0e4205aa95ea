import http, { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { NetError, NetErrorCode } from './net-error';
import { assertPublicTarget, CheckedTarget, HostResolver } from './public-target';

export interface ConditionalValidators {
  /** Sent as If-None-Match. */
  etag?: string | null;
  /** Sent as If-Modified-Since. */
  lastModified?: string | null;
}

export interface GuardedFetchOptions {
  /** Allow loopback, private and link-local targets (development and tests only). */
  allowPrivate: boolean;
  /** For the whole exchange: name resolution, connection, every redirect and the body. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /**
   * Past `maxBytes`: `fail` (the default) rejects with `response_too_large`; `truncate` keeps the
   * first `maxBytes`, stops reading and answers (webhooks only need the status and an excerpt).
   */
  overflow?: 'fail' | 'truncate';
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Redirects to follow, each target vetted again; 0 (the default) returns the redirect itself. */
  maxRedirects?: number;
  /** The validators of the copy the caller holds, for a conditional GET (a 304 sets `notModified`). */
  conditional?: ConditionalValidators;
  /** Name resolution, for tests; the system resolver otherwise. */
  resolve?: HostResolver;
}

export interface GuardedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Decompressed; at most `maxBytes`. */
  body: Buffer;
  /** The body was cut at `maxBytes` (`overflow: 'truncate'` only). */
  truncated: boolean;
  /** The URL that answered, after redirects. */
  url: string;
  /** The vetted address the socket connected to. */
  address: string;
  /** A 304 answer to a conditional GET. */
  notModified: boolean;
  /** The answer's validators, to send back next time. */
  etag: string | null;
  lastModified: string | null;
}

/** The statuses that redirect; 304 (not modified) and 300 (multiple choices) are not followed. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const DEFAULT_HEADERS: Record<string, string> = {
  'user-agent': 'Casetrail/0.1 (+https://github.com/casetrail)',
  'accept-encoding': 'gzip, deflate, br',
};

type Exchange = Omit<GuardedResponse, 'url' | 'notModified' | 'etag' | 'lastModified'>;

/**
 * The one outbound HTTP client for user- or operator-supplied URLs (webhooks, court RSS feeds,
 * terms-of-service pages). Every target, each redirect included, passes the SSRF guard
 * (`assertPublicTarget`: every resolved address checked) and the socket connects only to the
 * checked addresses, so DNS rebinding between check and connection cannot reach a private host.
 * One timeout covers the whole exchange; the body is decompressed and bounded; redirects are
 * returned as they are unless the caller asks to follow them; validators make a conditional GET.
 */
export async function guardedFetch(rawUrl: string, options: GuardedFetchOptions): Promise<GuardedResponse> {
  const deadline = Date.now() + options.timeoutMs;
  const maxRedirects = options.maxRedirects ?? 0;
  const headers = requestHeaders(options);
  let current = rawUrl;
  let method = options.method ?? 'GET';
  let body = options.body;
  for (let redirects = 0; ; redirects += 1) {
    const target = await beforeDeadline(
      assertPublicTarget(current, { allowPrivate: options.allowPrivate, resolve: options.resolve }),
      deadline,
      current,
      options.timeoutMs,
    );
    const response = await exchange(target, { ...options, method, body, headers, follow: maxRedirects > 0 }, deadline);
    const location = response.headers.location;
    if (maxRedirects === 0 || !REDIRECT_STATUSES.has(response.status) || !location) {
      return {
        ...response,
        url: target.url.toString(),
        notModified: response.status === 304,
        etag: single(response.headers.etag),
        lastModified: single(response.headers['last-modified']),
      };
    }
    if (redirects >= maxRedirects) {
      throw new NetError(NetErrorCode.TooManyRedirects, `More than ${maxRedirects} redirects from ${rawUrl}.`, {
        url: rawUrl,
      });
    }
    current = new URL(location, target.url).toString();
    if (response.status !== 307 && response.status !== 308) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
    }
  }
}

/** The defaults, then the caller's headers (a caller's header replaces a default whatever its case), then the validators. */
function requestHeaders(options: GuardedFetchOptions): Record<string, string> {
  const given = options.headers ?? {};
  const names = new Set(Object.keys(given).map((name) => name.toLowerCase()));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(DEFAULT_HEADERS)) if (!names.has(name)) headers[name] = value;
  Object.assign(headers, given);
  if (options.conditional?.etag) headers['if-none-match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['if-modified-since'] = options.conditional.lastModified;
  return headers;
}

function single(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function timeoutError(url: string, ms: number): NetError {
  return new NetError(NetErrorCode.Timeout, `No complete answer from ${url} within ${ms} ms.`, { url, timeoutMs: ms });
}

async function beforeDeadline<T>(promise: Promise<T>, deadline: number, url: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(url, ms)), Math.max(0, deadline - Date.now()));
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
  options: GuardedFetchOptions & { method: string; headers: Record<string, string>; follow: boolean },
  deadline: number,
): Promise<Exchange> {
  const url = target.url.toString();
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timeoutError(url, options.timeoutMs));
  const [first] = target.addresses;
  // Connect only to the addresses the guard vetted: no second resolution.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all)
      callback(
        null,
        target.addresses.map((a) => ({ address: a.address, family: a.family })),
      );
    else callback(null, first.address, first.family);
  };
  const truncate = options.overflow === 'truncate';
  return new Promise((resolve, reject) => {
    let settled = false;
    let stream: Readable | undefined;
    const client = target.url.protocol === 'https:' ? https : http;
    const headers =
      options.body === undefined
        ? options.headers
        : { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) };
    const request = client.request(
      target.url,
      { method: options.method, headers, lookup, agent: false },
      (response) => {
        const answer = (body: Buffer, truncated: boolean): Exchange => ({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body,
          truncated,
          address: response.socket?.remoteAddress ?? first.address,
        });
        if (options.follow && REDIRECT_STATUSES.has(response.statusCode ?? 0) && response.headers.location) {
          // A redirect about to be followed: its body is of no use.
          finish(answer(Buffer.alloc(0), false));
          return;
        }
        const declared = Number(response.headers['content-length'] ?? NaN);
        if (!truncate && !response.headers['content-encoding'] && declared > options.maxBytes) {
          fail(tooLarge(url, options.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        stream = decoded(response);
        stream.on('data', (chunk: Buffer) => {
          if (size + chunk.length <= options.maxBytes) {
            chunks.push(chunk);
            size += chunk.length;
          } else if (truncate) {
            chunks.push(chunk.subarray(0, options.maxBytes - size));
            finish(answer(Buffer.concat(chunks), true));
          } else {
            fail(tooLarge(url, options.maxBytes));
          }
        });
        stream.on('end', () => finish(answer(Buffer.concat(chunks), false)));
        stream.on('error', (error) => fail(requestFailed(url, error)));
        response.on('error', (error) => fail(requestFailed(url, error)));
      },
    );
    const timer = setTimeout(() => fail(timeoutError(url, options.timeoutMs)), remaining);
    request.on('error', (error) => fail(requestFailed(url, error)));

    function settle(): boolean {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      return true;
    }
    function fail(error: NetError): void {
      if (!settle()) return;
      stream?.destroy();
      request.destroy();
      reject(error);
    }
    function finish(result: Exchange): void {
      if (!settle()) return;
      // Whatever is left of the body (a truncated answer, a redirect's page) is not read.
      if (!stream?.readableEnded) {
        stream?.destroy();
        request.destroy();
      }
      resolve(result);
    }
    request.end(options.body);
  });
}

function tooLarge(url: string, maxBytes: number): NetError {
  return new NetError(NetErrorCode.ResponseTooLarge, `The answer from ${url} is larger than ${maxBytes} bytes.`, {
    url,
    maxBytes,
  });
}

function requestFailed(url: string, error: Error): NetError {
  if (error instanceof NetError) return error;
  return new NetError(NetErrorCode.RequestFailed, `Request to ${url} failed: ${error.message}`, {
    url,
    cause: error.message,
  });
}
