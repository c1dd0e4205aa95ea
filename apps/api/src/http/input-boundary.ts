import { Injectable, PipeTransform } from '@nestjs/common';
import { CommonError, CommonErrorCode, findUnsafeInput, MAX_INPUT_DEPTH, unsafeTextReason } from '@casetrail/core';
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

function checkBody(body: unknown, location: string): CommonError | null {
  const found = findUnsafeInput(body, MAX_INPUT_DEPTH);
  if (!found) return null;
  const where = found.path === '$' ? location : `${location} field ${found.path.slice(2)}`;
  return refusal(where, found.reason, found.maxDepth === undefined ? {} : { maxDepth: found.maxDepth });
}

/** Express middleware, after the JSON parser: the request target and a parsed JSON body. */
export function refuseUnsafeInput(request: Request, _response: Response, next: NextFunction): void {
  const problem =
    checkRequestTarget(request.originalUrl ?? request.url) ??
    (request.body !== undefined ? checkBody(request.body, 'request body') : null);
  next(problem ?? undefined);
}

/**
 * The same rule for whatever reaches a handler by another parser (multipart fields of uploads,
 * route parameters): runs before the validation pipe.
 */
@Injectable()
export class UnsafeInputPipe implements PipeTransform {
  transform(value: unknown): unknown {
    const problem = checkBody(value, 'request');
    if (problem) throw problem;
    return value;
  }
}
