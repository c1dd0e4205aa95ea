import { Request } from 'express';
import { ApiError } from './api-error';
import { ApiErrorCode, UNSUPPORTED_MEDIA_TYPE } from './api-error-code';

export interface RawBodyOptions {
  /** Accepted media types, e.g. `text/html`. */
  types: string[];
  maxBytes: number;
}

export interface RawBody {
  bytes: Buffer;
  /** The `charset` parameter of the Content-Type, lower-cased, when given. */
  charset: string | null;
}

/**
 * Reads a non-JSON request body (the JSON parser leaves other types unread), refusing other media
 * types with 415 and bodies over the limit with 413, without buffering more than the limit.
 */
export function readRawBody(request: Request, options: RawBodyOptions): Promise<RawBody> {
  const contentType = request.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (!options.types.includes(mediaType)) {
    request.resume();
    return Promise.reject(
      new ApiError(UNSUPPORTED_MEDIA_TYPE, `Send the body as ${options.types.join(' or ')}.`, {
        accepted: options.types,
        received: mediaType || null,
      }),
    );
  }
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
  const tooLarge = () =>
    new ApiError(ApiErrorCode.PayloadTooLarge, `The request body is larger than ${options.maxBytes} bytes.`, {
      limitBytes: options.maxBytes,
    });
  if (Number(request.headers['content-length'] ?? 0) > options.maxBytes) {
    request.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise<RawBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      total += chunk.length;
      if (total > options.maxBytes) {
        // Keep draining (and discarding) so that the client reads our answer instead of a reset.
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    request.on('end', () => {
      ended = true;
      if (!refused) resolve({ bytes: Buffer.concat(chunks), charset });
    });
    request.on('error', (error) => {
      if (!refused) reject(error);
    });
    // A client that hangs up half-way: nothing to import (a settled promise ignores this).
    request.on('close', () => {
      if (!ended && !refused) reject(new Error('the client closed the connection before the body was complete'));
    });
  });
}
