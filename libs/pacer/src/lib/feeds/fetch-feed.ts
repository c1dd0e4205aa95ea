import { guardedFetch, GuardedResponse, NetError, NetErrorCode, REDIRECT_STATUSES } from '@casetrail/net';
import { decodePacerText } from '../parsing/decode-text';
import { PacerError, PacerErrorCode } from '../pacer-error';

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

function unavailable(url: string, reason: string, details: Record<string, unknown> = {}): PacerError {
  return new PacerError(PacerErrorCode.FeedUnavailable, `Feed ${url} unavailable: ${reason}`, { url, ...details });
}

function tooLarge(url: string, maxBytes: number): PacerError {
  return new PacerError(PacerErrorCode.InputTooLarge, `Feed ${url} is larger than ${maxBytes} bytes.`, {
    url,
    limitBytes: maxBytes,
  });
}

function hrefOf(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The fetch's failure in the poller's terms: a refused private target, a feed too large, or an unavailable feed. */
function feedError(raw: string, error: unknown, options: FetchFeedOptions): PacerError {
  const url = hrefOf(raw);
  if (!(error instanceof NetError)) return unavailable(url, error instanceof Error ? error.message : String(error));
  const at = typeof error.details['url'] === 'string' ? error.details['url'] : url;
  switch (error.code) {
    case NetErrorCode.TargetNotAllowed: {
      const address = String(error.details['address']);
      return new PacerError(
        PacerErrorCode.PrivateTargetRefused,
        `Feed ${url} resolves to a private address (${address}).`,
        {
          url,
          addresses: [address],
        },
      );
    }
    case NetErrorCode.ResponseTooLarge:
      return tooLarge(at, options.maxBytes);
    case NetErrorCode.Timeout:
      return unavailable(at, `timed out after ${options.timeoutMs} ms`);
    case NetErrorCode.TooManyRedirects:
      return unavailable(at, `more than ${MAX_REDIRECTS} redirects`);
    case NetErrorCode.DnsLookupFailed:
      return unavailable(at, error.message);
    case NetErrorCode.InvalidUrl:
      return unavailable(at, error.message);
    case NetErrorCode.RequestFailed:
      return unavailable(at, typeof error.details['cause'] === 'string' ? error.details['cause'] : error.message);
  }
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
 * GETs a court RSS feed through the guarded fetch of libs/net: conditional on the validators
 * given, one timeout for the whole exchange, a size limit enforced while reading, at most three
 * redirects (each target checked), and no private addresses unless allowed.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  let response: GuardedResponse;
  try {
    response = await guardedFetch(url, {
      allowPrivate: options.allowPrivateTargets,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      maxRedirects: MAX_REDIRECTS,
      headers: {
        'User-Agent': USER_AGENT,
        Accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      },
      conditional: { etag: options.etag, lastModified: options.lastModified },
    });
  } catch (error) {
    throw feedError(url, error, options);
  }
  if (response.notModified) return { status: 'not_modified' };
  if (REDIRECT_STATUSES.has(response.status))
    throw unavailable(response.url, `HTTP ${response.status} without a Location`);
  if (response.status !== 200) throw unavailable(response.url, `HTTP ${response.status}`, { status: response.status });
  const contentType = response.headers['content-type'] ?? null;
  return {
    status: 'ok',
    body: decode(response.body, contentType),
    bytes: response.body.byteLength,
    etag: response.etag,
    lastModified: response.lastModified,
  };
}
