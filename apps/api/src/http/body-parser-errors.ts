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
  next(error);
}
