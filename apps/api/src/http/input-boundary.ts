import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import {
  CommonError,
  CommonErrorCode,
  contentTextFields,
  findUnsafeInput,
  MAX_INPUT_DEPTH,
  UnsafeInputOptions,
  unsafeTextReason,
} from '@casetrail/core';
import { NextFunction, Request, Response } from 'express';

/**
 * The boundary rule for every text a client sends (path, query string, JSON body, multipart
 * fields): a NUL character, a lone surrogate, broken percent-encoding or JSON nested deeper than
 * `MAX_INPUT_DEPTH` is refused with 400 `validation_failed` before anything else reads it.
 */
function refusal(location: string, reason: string, extra: Record<string, unknown> = {}): CommonError {
  return new CommonError(CommonErrorCode.ValidationFailed, `The ${location} ${reason}.`, {
    location,
    reason,
    ...extra,
  });
}

function decodeComponent(raw: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    return null;
  }
}

/** The first problem of the raw request target (path segments, query keys and values). */
export function checkRequestTarget(url: string): CommonError | null {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  for (const segment of path.split('/')) {
    const decoded = decodeComponent(segment, false);
    if (decoded === null) return refusal('path', 'is not valid UTF-8 percent-encoding');
    const reason = unsafeTextReason(decoded);
    if (reason) return refusal('path', reason);
  }
  if (queryAt === -1) return null;
  for (const pair of url.slice(queryAt + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = decodeComponent(eq === -1 ? pair : pair.slice(0, eq), true);
    const value = eq === -1 ? '' : decodeComponent(pair.slice(eq + 1), true);
    const location = `query parameter ${name ?? '(undecodable)'}`;
    if (name === null || value === null) return refusal(location, 'is not valid UTF-8 percent-encoding');
    const reason = unsafeTextReason(name) ?? unsafeTextReason(value);
    if (reason) return refusal(location, reason);
  }
  return null;
}

function checkBody(body: unknown, location: string, options: UnsafeInputOptions): CommonError | null {
  const found = findUnsafeInput(body, { maxDepth: MAX_INPUT_DEPTH, ...options });
  if (!found) return null;
  const where = found.path === '$' ? location : `${location} field ${found.path.slice(2)}`;
  return refusal(where, found.reason, found.maxDepth === undefined ? {} : { maxDepth: found.maxDepth });
}

/**
 * Express middleware, after the JSON parser: the request target, and the depth of a parsed JSON
 * body (its text is checked by the pipe, which knows the route's content fields).
 */
export function refuseUnsafeInput(request: Request, _response: Response, next: NextFunction): void {
  const problem =
    checkRequestTarget(request.originalUrl ?? request.url) ??
    (request.body !== undefined ? checkBody(request.body, 'request body', { checkText: false }) : null);
  next(problem ?? undefined);
}

/**
 * The text rule for every body, query and parameter that reaches a handler, whichever parser read
 * it (JSON, multipart fields of uploads): runs before the validation pipe. Fields marked
 * `@ContentText()` are content: stripped by their transform instead of refused.
 */
@Injectable()
export class UnsafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const where = metadata.type === 'body' ? 'request body' : metadata.type === 'query' ? 'query' : 'request';
    const problem = checkBody(value, where, { contentFields: contentTextFields(metadata.metatype) });
    if (problem) throw problem;
    return value;
  }
}
