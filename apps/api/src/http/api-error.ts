import { DomainError } from '@casetrail/core';
import { ApiErrorCode, UNSUPPORTED_MEDIA_TYPE } from './api-error-code';

type HttpLayerCode = ApiErrorCode | typeof UNSUPPORTED_MEDIA_TYPE;

/** An error raised by the HTTP layer itself (auth, rate limits, request shape). */
export class ApiError extends DomainError<HttpLayerCode> {
  constructor(
    code: HttpLayerCode,
    message: string,
    details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, details);
  }
}
