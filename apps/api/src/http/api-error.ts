import { DomainError } from '@casetrail/core';
import { ApiErrorCode } from './api-error-code';

/** An error raised by the HTTP layer itself (auth, rate limits, request shape). */
export class ApiError extends DomainError<ApiErrorCode> {
  constructor(
    code: ApiErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, details);
  }
}
