export interface WaitOptions {
  /** Upper bound of the wait; the test fails with `message` when it passes. */
  timeoutMs?: number;
  intervalMs?: number;
  message: string;
}

/**
 * Polls `condition` until it holds. A bounded wait, not a timed assertion: it only fails when the
 * condition never holds, and says what was expected (and the last value seen, when given).
 */
export async function waitFor<T>(condition: () => Promise<T> | T, options: WaitOptions): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let last: T | undefined;
  for (;;) {
    last = await condition();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) {
      throw new Error(`Gave up waiting (${options.timeoutMs ?? 20_000} ms): ${options.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
