import http from 'node:http';
import https from 'node:https';
import { LookupFunction } from 'node:net';
import { assertPublicTarget, HostResolver } from './public-target';

export interface GuardedRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole exchange (connect, send, response headers and body) must finish within this. */
  timeoutMs: number;
  allowPrivate: boolean;
  /** Response bytes kept; the rest is read and dropped. */
  maxResponseBytes?: number;
  resolve?: HostResolver;
}

export interface GuardedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The first `maxResponseBytes` of the body, as UTF-8. */
  body: string;
  /** The checked address actually connected to. */
  address: string;
}

/**
 * One HTTP request to a user-supplied URL, safely: the target is checked by `assertPublicTarget`,
 * the socket connects to the checked address only (the host name still goes in Host and TLS SNI),
 * redirects are never followed (a 3xx is returned as is), and the whole exchange is time-boxed.
 */
export async function guardedRequest(request: GuardedRequest): Promise<GuardedResponse> {
  const target = await assertPublicTarget(request.url, { allowPrivate: request.allowPrivate, resolve: request.resolve });
  const chosen = target.addresses[0];
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if (typeof options === 'object' && options.all) {
      (callback as unknown as (err: null, addresses: { address: string; family: number }[]) => void)(null, [chosen]);
    } else {
      callback(null, chosen.address, chosen.family);
    }
  };
  const transport = target.url.protocol === 'https:' ? https : http;
  const limit = request.maxResponseBytes ?? 4096;
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  const headers: Record<string, string> = { ...request.headers };
  if (body) headers['Content-Length'] = String(body.length);

  return new Promise<GuardedResponse>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, response?: GuardedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(response as GuardedResponse);
    };
    const req = transport.request(
      target.url,
      { method: request.method ?? 'GET', headers, lookup: pinnedLookup, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (chunk: Buffer) => {
          if (kept < limit) {
            chunks.push(chunk.subarray(0, limit - kept));
            kept += Math.min(chunk.length, limit - kept);
          }
        });
        res.on('end', () =>
          finish(null, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), address: chosen.address }),
        );
        res.on('error', (error) => finish(error));
      },
    );
    const timer = setTimeout(() => {
      const error = new Error(`timed out after ${request.timeoutMs} ms`);
      req.destroy(error);
      finish(error);
    }, request.timeoutMs);
    req.on('error', (error) => finish(error));
    req.end(body);
  });
}
