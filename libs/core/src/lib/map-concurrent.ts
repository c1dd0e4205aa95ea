/**
 * Runs `work` over `items` with at most `concurrency` calls in flight, and returns the results in
 * the order of the items. The first failure rejects the whole run once the calls in flight settle;
 * callers that want every outcome catch inside `work`.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer (got ${concurrency})`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  const rejection = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (rejection) throw rejection.reason;
  return results;
}
