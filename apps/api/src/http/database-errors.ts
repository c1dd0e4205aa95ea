import { CommonError, CommonErrorCode } from '@casetrail/core';
import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/**
 * The one place where a database refusal caused by the client's timing becomes an API error: two
 * requests creating the same thing at once both pass the service's "exists?" check, and the
 * loser hits the unique index. That is a 409 conflict, not our failure.
 */
export function translateDatabaseError(exception: unknown): CommonError | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const driverError = exception.driverError as { code?: unknown; constraint?: unknown; table?: unknown };
  if (driverError?.code !== UNIQUE_VIOLATION) return null;
  return new CommonError(
    CommonErrorCode.Conflict,
    'Another request created the same record at the same time; it exists now.',
    { constraint: typeof driverError.constraint === 'string' ? driverError.constraint : undefined },
  );
}
