import { isDomainError } from '@casetrail/core';

export enum ExitCode {
  Ok = 0,
  Failure = 1,
  Usage = 2,
  NotFound = 3,
  InvalidInput = 4,
  Config = 78,
}

/** The CLI's one mapping from errors to a message on stderr and an exit code. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isDomainError(error)) return ExitCode.Failure;
  if (error.code.endsWith('not_found')) return ExitCode.NotFound;
  if (error.code === 'invalid_configuration') return ExitCode.Config;
  return ExitCode.InvalidInput;
}

export function reportError(error: unknown): ExitCode {
  const code = exitCodeFor(error);
  if (isDomainError(error)) process.stderr.write(`error [${error.code}]: ${error.message}\n`);
  else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return code;
}

export class UsageError extends Error {}
