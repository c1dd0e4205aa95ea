import { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';
import { ApiErrorCode, UNSUPPORTED_MEDIA_TYPE } from './api-error-code';

/** Express error middleware: body-parser failures become coded API errors for the error filter. */
export function translateBodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  if (type === 'entity.parse.failed') {
    next(
      new ApiError(ApiErrorCode.MalformedJson, 'The request body is not valid JSON.', {
        reason: error instanceof Error ? error.message : undefined,
      }),
    );
    return;
  }
  if (type === 'entity.too.large') {
    next(
      new ApiError(ApiErrorCode.PayloadTooLarge, 'The request body is too large.', {
        limitBytes: (error as { limit?: unknown }).limit,
      }),
    );
    return;
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    next(new ApiError(UNSUPPORTED_MEDIA_TYPE, 'The request body encoding is not supported.'));
    return;
  }
  // Anything else the body reader refuses on the client's account (e.g. a body sent as
  // `Content-Encoding: gzip` that does not inflate) is a 4xx http-errors object, not our fault.
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    next(
      new ApiError(ApiErrorCode.MalformedJson, 'The request body could not be read.', {
        reason: error instanceof Error ? error.message : undefined,
      }),
    );
    return;
  }
  next(error);
}
