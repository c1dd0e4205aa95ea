import { DomainError } from '@casetrail/core';

/** Tasks that the pool's own tests run in worker threads. */
export class FixtureError extends DomainError<'fixture_refused'> {}

export function sumTask(input: { numbers: number[] }): number {
  return input.numbers.reduce((a, b) => a + b, 0);
}

export function refuseTask(input: { reason: string }): never {
  throw new FixtureError('fixture_refused', `Refused: ${input.reason}`, { reason: input.reason });
}

/** Keeps every array it builds until the heap limit stops it. */
export function hoardTask(): number {
  const kept: number[][] = [];
  for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i));
}

export function spinTask(): number {
  let n = 0;
  for (;;) n = (n + 1) % 1_000_003;
}

export function threadTask(): { isMainThread: boolean } {
  const { isMainThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  return { isMainThread };
}

/** The id of the thread that runs it, after `ms` milliseconds. */
export async function threadIdTask(input: { ms: number }): Promise<number> {
  const { threadId } = require('node:worker_threads') as typeof import('node:worker_threads');
  await new Promise((resolve) => setTimeout(resolve, input.ms));
  return threadId;
}
