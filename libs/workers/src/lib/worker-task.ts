import type { DomainError } from '@casetrail/core';
import type { MessagePort } from 'node:worker_threads';

/** A domain error class whose instances may cross back from a worker thread. */
export type DomainErrorClass = new (code: never, message: string, details?: Record<string, unknown>) => DomainError;

/**
 * A function that runs in the pool: the module that exports it (a path without extension, so that
 * the same definition finds `x.ts` from sources and `x.js` from dist/) and its export name. The
 * function takes one structured-clonable input and returns (or resolves to) a clonable output.
 */
export interface WorkerTask<TInput, TOutput> {
  readonly module: string;
  readonly name: string;
  /** Domain errors the task throws on purpose: they are rebuilt as the same class on this side. */
  readonly errors: readonly DomainErrorClass[];
  /** Phantom fields that carry the input and output types. */
  readonly _types?: { input: TInput; output: TOutput };
}

export function defineTask<TInput, TOutput>(
  module: string,
  name: string,
  errors: readonly DomainErrorClass[] = [],
): WorkerTask<TInput, TOutput> {
  return { module, name, errors };
}

/** What crosses the thread boundary: the task's address and its input. */
export interface TaskMessage {
  module: string;
  name: string;
  input: unknown;
  /** The worker posts on it when it starts the task: the time limit counts from then. */
  started: MessagePort;
}

export interface SerializedDomainError {
  name: string;
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** Domain errors are returned, not thrown: a thrown error loses its class and fields on the way back. */
export type TaskOutcome = { ok: true; value: unknown } | { ok: false; error: SerializedDomainError };
