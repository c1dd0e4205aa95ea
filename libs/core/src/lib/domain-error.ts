/**
 * Base class of every error a domain lib throws on purpose. The code is a string enum value of
 * the throwing domain; each surface (HTTP, CLI, jobs) maps codes in one exhaustive place.
 */
export abstract class DomainError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
  NotFound = 'not_found',
  Conflict = 'conflict',
  InvalidCursor = 'invalid_cursor',
}

export class CommonError extends DomainError<CommonErrorCode> {}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
