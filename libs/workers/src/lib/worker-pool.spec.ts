import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { FixtureError } from '../testing/fixture-tasks';
import { WorkerError, WorkerErrorCode } from './worker-error';
import { WorkerPool } from './worker-pool';
import { defineTask } from './worker-task';

const FIXTURES = path.join(__dirname, '../testing/fixture-tasks');
const sum = defineTask<{ numbers: number[] }, number>(FIXTURES, 'sumTask');
const refuse = defineTask<{ reason: string }, never>(FIXTURES, 'refuseTask', [FixtureError]);
const hoard = defineTask<void, number>(FIXTURES, 'hoardTask');
const spin = defineTask<void, number>(FIXTURES, 'spinTask');
const thread = defineTask<void, { isMainThread: boolean }>(FIXTURES, 'threadTask');
const threadId = defineTask<{ ms: number }, number>(FIXTURES, 'threadIdTask');

describe('WorkerPool', () => {
  let sut: WorkerPool;

  beforeAll(() => {
    sut = new WorkerPool({ poolSize: 1, maxMemoryMb: 64, taskTimeoutMs: 20_000, maxQueue: 4 });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('runs a task in a worker thread, off the main one', async () => {
    expect(isMainThread).toBe(true);
    await expect(sut.run(thread, undefined)).resolves.toEqual({ isMainThread: false });
    await expect(sut.run(sum, { numbers: [1, 2, 39] })).resolves.toBe(42);
  });

  it('rebuilds the domain error a task throws, with its class, code and details', async () => {
    const error = await sut.run(refuse, { reason: 'too deep' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FixtureError);
    expect(error).toMatchObject({ code: 'fixture_refused', details: { reason: 'too deep' } });
  });

  it('stops a task over the memory limit with out_of_memory, and keeps serving', async () => {
    const error = await sut.run(hoard, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerError);
    expect(error).toMatchObject({ code: WorkerErrorCode.OutOfMemory, details: { limitMb: 64 } });
    await expect(sut.run(sum, { numbers: [2, 3] })).resolves.toBe(5);
  });

  it('stops a task over its time limit with timed_out, and keeps serving', async () => {
    const error = await sut.run(spin, undefined, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerError);
    expect(error).toMatchObject({ code: WorkerErrorCode.TimedOut, details: { timeoutMs: 300 } });
    await expect(sut.run(sum, { numbers: [4, 5] })).resolves.toBe(9);
  });

  it('counts the time limit from the start of a task, not from its wait in the queue', async () => {
    const serial = new WorkerPool({ poolSize: 1, maxMemoryMb: 64, taskTimeoutMs: 20_000, maxQueue: 4 });
    try {
      const slow = serial.run(spin, undefined, { timeoutMs: 5_000 }).catch((e: unknown) => e);
      // Queued behind the spinning task for longer than its own limit, then quick to run.
      const quick = serial.run(sum, { numbers: [1, 1] }, { timeoutMs: 2_000 });
      await expect(quick).resolves.toBe(2);
      expect(await slow).toMatchObject({ code: WorkerErrorCode.TimedOut });
    } finally {
      await serial.close();
    }
  });

  it('keeps its threads between tasks unless told to let idle ones go', async () => {
    const kept = await sut.run(threadId, { ms: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sut.run(threadId, { ms: 0 })).toBe(kept);
  });

  it('with idleTimeoutMs, stops its threads once idle that long and starts new ones for the next task', async () => {
    const idle = new WorkerPool({
      poolSize: 1,
      maxMemoryMb: 64,
      taskTimeoutMs: 20_000,
      maxQueue: 4,
      idleTimeoutMs: 50,
    });
    try {
      // A task longer than the idle time is not cut short: the pool is idle only with no task running.
      const first = await idle.run(threadId, { ms: 300 });
      expect(await idle.run(threadId, { ms: 0 })).toBe(first);
      // The idle timer (50 ms) fires before this 200 ms one: timers run in order of their deadlines.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await idle.run(threadId, { ms: 0 });
      expect(next).not.toBe(first);
    } finally {
      await idle.close();
    }
  });

  it('refuses work after close', async () => {
    const closed = new WorkerPool({ poolSize: 1, maxMemoryMb: 64, taskTimeoutMs: 1_000, maxQueue: 1 });
    await closed.close();
    await expect(closed.run(sum, { numbers: [] })).rejects.toMatchObject({ code: WorkerErrorCode.PoolClosed });
  });
});
