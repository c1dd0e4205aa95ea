import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { CommonErrorCode, isDomainError } from '@casetrail/core';
import { DATABASE_RETRY_AFTER_SECONDS, DatabaseErrorCode, isDatabaseUnavailableError } from '@casetrail/database';
import { Response } from 'express';
import { ApiError } from './api-error';
import { translateDatabaseError } from './database-errors';
import {
  ApiErrorCode,
  ErrorCode,
  HTTP_STATUS_BY_CODE,
  isKnownErrorCode,
  UNSUPPORTED_MEDIA_TYPE,
} from './api-error-code';

export interface ErrorEnvelope {
  error: { code: string; message: string; details: Record<string, unknown> };
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: CommonErrorCode.ValidationFailed,
  404: ApiErrorCode.RouteNotFound,
  405: ApiErrorCode.MethodNotAllowed,
  413: ApiErrorCode.PayloadTooLarge,
  415: UNSUPPORTED_MEDIA_TYPE,
  429: ApiErrorCode.RateLimited,
};

/** Turns every error into `{ error: { code, message, details } }` with the mapped status. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, envelope, headers } = this.describe(exception);
    if (status === 503 && envelope.error.code === DatabaseErrorCode.Unavailable)
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    else if (status >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(status).json(envelope);
  }

  private describe(exception: unknown): { status: number; envelope: ErrorEnvelope; headers: Record<string, string> } {
    const translated = translateDatabaseError(exception);
    if (translated) return this.describe(translated);
    if (isDomainError(exception) && isKnownErrorCode(exception.code)) {
      const status = HTTP_STATUS_BY_CODE[exception.code];
      const headers = exception instanceof ApiError ? { ...exception.headers } : {};
      // Every "come back later" answer says when.
      if ((status === 429 || status === 503) && !('Retry-After' in headers)) {
        const retry = exception.details['retryAfterSeconds'];
        headers['Retry-After'] = String(typeof retry === 'number' ? retry : 1);
      }
      return {
        status,
        envelope: { error: { code: exception.code, message: exception.message, details: exception.details } },
        headers,
      };
    }
    // The database restarting or out of reach is not a bug: answer 503 and say when to try again.
    if (isDatabaseUnavailableError(exception)) {
      return {
        status: HTTP_STATUS_BY_CODE[DatabaseErrorCode.Unavailable],
        envelope: {
          error: {
            code: DatabaseErrorCode.Unavailable,
            message: 'The database is unavailable; try again shortly.',
            details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
          },
        },
        headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        STATUS_CODES[status] ?? (status >= 500 ? ApiErrorCode.InternalError : CommonErrorCode.ValidationFailed);
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : exception.message;
      return { status, envelope: { error: { code, message, details: {} } }, headers: {} };
    }
    return {
      status: 500,
      envelope: {
        error: { code: ApiErrorCode.InternalError, message: 'Something went wrong on our side.', details: {} },
      },
      headers: {},
    };
  }
}
