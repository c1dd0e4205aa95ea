import { mapConcurrent } from './map-concurrent';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapConcurrent', () => {
  it('keeps the order of the items whatever order the calls finish in', async () => {
    const delays = [5, 1, 4, 0, 3, 2];
    const result = await mapConcurrent(delays, 3, async (delay, index) => {
      for (let i = 0; i < delay; i++) await tick();
      return `${index}:${delay}`;
    });
    expect(result).toEqual(['0:5', '1:1', '2:4', '3:0', '4:3', '5:2']);
  });

  it('never has more than `concurrency` calls in flight, and uses that many', async () => {
    let inFlight = 0;
    let peak = 0;
    await mapConcurrent(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await tick();
        await tick();
        inFlight -= 1;
      },
    );
    expect(peak).toBe(4);
  });

  it('stops starting new calls after a failure and rejects with it', async () => {
    const started: number[] = [];
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('item 1 broke');
      for (let i = 0; i < 3; i++) await tick();
      return item;
    });
    await expect(run).rejects.toThrow('item 1 broke');
    expect(started).toEqual([0, 1]);
  });

  it('handles an empty list and refuses a concurrency below one', async () => {
    await expect(mapConcurrent([], 2, async () => 1)).resolves.toEqual([]);
    await expect(mapConcurrent([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
