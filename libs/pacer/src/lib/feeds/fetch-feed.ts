import { decodePacerText } from '../decode-text';
import { PacerError, PacerErrorCode } from '../pacer-error';
import { privateAddressesOf } from './public-address';

export interface FetchFeedOptions {
  /** Validators from the last successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  maxBytes: number;
  allowPrivateTargets: boolean;
}

export type FetchFeedResult =
  | { status: 'not_modified' }
  | { status: 'ok'; body: string; bytes: number; etag: string | null; lastModified: string | null };

const MAX_REDIRECTS = 3;
const USER_AGENT = 'Casetrail/0.1 (court RSS poller)';

function unavailable(url: URL, reason: string, details: Record<string, unknown> = {}): PacerError {
  return new PacerError(PacerErrorCode.FeedUnavailable, `Feed ${url.href} unavailable: ${reason}`, { url: url.href, ...details });
}

function tooLarge(url: URL, maxBytes: number): PacerError {
  return new PacerError(PacerErrorCode.InputTooLarge, `Feed ${url.href} is larger than ${maxBytes} bytes.`, { url: url.href, limitBytes: maxBytes });
}

async function assertAllowed(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw unavailable(url, `unsupported protocol ${url.protocol}`);
  if (allowPrivate) return;
  let found: string[];
  try {
    found = await privateAddressesOf(url.hostname);
  } catch (error) {
    throw unavailable(url, `cannot resolve ${url.hostname} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (found.length > 0) {
    throw new PacerError(PacerErrorCode.PrivateTargetRefused, `Feed ${url.href} resolves to a private address (${found.join(', ')}).`, {
      url: url.href,
      addresses: found,
    });
  }
}

async function readLimited(url: URL, body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall through to the sniffing decoder.
    }
  }
  return decodePacerText(bytes);
}

/**
 * GETs a court RSS feed: conditional on the validators given, one timeout for the whole exchange,
 * a size limit enforced while reading, at most three redirects (each target checked), and no
 * private addresses unless allowed.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let target = new URL(url);
  const headers: Record<string, string> = {
    'User-Agent': USER_AGENT,
    Accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    for (let hop = 0; ; hop += 1) {
      await assertAllowed(target, options.allowPrivateTargets);
      const response = await fetch(target, { headers, redirect: 'manual', signal });
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw unavailable(target, `HTTP ${response.status} without a Location`);
        if (hop >= MAX_REDIRECTS) throw unavailable(target, `more than ${MAX_REDIRECTS} redirects`);
        target = new URL(location, target);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not_modified' };
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw unavailable(target, `HTTP ${response.status}`, { status: response.status });
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(target, options.maxBytes);
      }
      const bytes = await readLimited(target, response.body, options.maxBytes);
      return {
        status: 'ok',
        body: decode(bytes, response.headers.get('content-type')),
        bytes: bytes.byteLength,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  } catch (error) {
    if (error instanceof PacerError) throw error;
    if (signal.aborted) throw unavailable(target, `timed out after ${options.timeoutMs} ms`);
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw unavailable(target, cause);
  }
}
