import { createTestDataSource, testConfig } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { RateLimiter, RateLimitRequest } from './rate-limiter';
import { RateLimitStore } from './rate-limit.store';

describe('RateLimiter on PostgreSQL', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let limiters: RateLimiter[];

  beforeAll(async () => {
    // A migrated database: rate_limits is the table the API counts in.
    ({ dataSource, close } = await createTestDataSource());
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE rate_limits');
    limiters = [];
  });

  afterEach(async () => {
    for (const limiter of limiters) await limiter.beforeApplicationShutdown();
  });

  afterAll(() => close());

  function newLimiter(maxRequests: number): { limiter: RateLimiter; store: RateLimitStore } {
    const store = new RateLimitStore(dataSource);
    const limiter = new RateLimiter(
      store,
      testConfig({ rateLimit: { windowSeconds: 60, maxRequests, maxAuthFailures: 5 } }),
    );
    limiters.push(limiter);
    return { limiter, store };
  }

  const request: RateLimitRequest = { gateBucket: 'authfail:203.0.113.7', bucket: 'ip:203.0.113.7', cost: 1 };

  async function countIn(bucket: string): Promise<number> {
    const rows = (await dataSource.query('SELECT count FROM rate_limits WHERE bucket = $1', [bucket])) as {
      count: number;
    }[];
    return rows[0]?.count ?? 0;
  }

  it('counts requests far below the limit in memory, and writes every one of them', async () => {
    const { limiter, store } = newLimiter(1000);
    const exact = jest.spyOn(store, 'hitUnlessGated');
    const counts: (number | undefined)[] = [];
    for (let i = 0; i < 50; i += 1) counts.push((await limiter.take(request)).hit?.count);
    expect(counts).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(exact).toHaveBeenCalledTimes(1);
    await limiter.beforeApplicationShutdown();
    expect(await countIn('ip:203.0.113.7')).toBe(50);
  });

  it('counts one process exactly up to the limit and past it', async () => {
    const { limiter, store } = newLimiter(100);
    const exact = jest.spyOn(store, 'hitUnlessGated');
    const counts: (number | undefined)[] = [];
    for (let i = 0; i < 105; i += 1) counts.push((await limiter.take(request)).hit?.count);
    expect(counts).toEqual(Array.from({ length: 105 }, (_, i) => i + 1));
    // The first request, then the last 10 % and beyond, went to PostgreSQL first.
    expect(exact).toHaveBeenCalledTimes(1 + (105 - 90));
    expect(await countIn('ip:203.0.113.7')).toBe(105);
  });

  it('counts every request in PostgreSQL first when the limit is small', async () => {
    const { limiter, store } = newLimiter(50);
    const exact = jest.spyOn(store, 'hitUnlessGated');
    for (let i = 0; i < 5; i += 1) await limiter.take(request);
    expect(exact).toHaveBeenCalledTimes(5);
    expect(await countIn('ip:203.0.113.7')).toBe(5);
  });

  it("learns another process's requests at its next write", async () => {
    const { limiter: first } = newLimiter(1000);
    const { limiter: second } = newLimiter(1000);
    await first.take(request);
    for (let i = 0; i < 40; i += 1) await second.take(request);
    await second.beforeApplicationShutdown();
    await first.take(request);
    await first.beforeApplicationShutdown();
    // The first process's write answered the window as both processes filled it.
    expect((await first.take(request)).hit?.count).toBe(43);
  });

  it('counts an address exactly once it failed to authenticate, and writes its pending requests first', async () => {
    const { limiter, store } = newLimiter(1000);
    const exact = jest.spyOn(store, 'hitUnlessGated');
    for (let i = 0; i < 10; i += 1) await limiter.take(request);
    expect(exact).toHaveBeenCalledTimes(1);
    await limiter.recordAuthFailure('authfail:203.0.113.7', 'ip:203.0.113.7');
    expect(await countIn('ip:203.0.113.7')).toBe(10);
    const after = await limiter.take(request);
    expect(exact).toHaveBeenCalledTimes(2);
    expect(after.gate.count).toBe(1);
    expect(after.hit?.count).toBe(11);
  });

  it('keeps the counts it could not write and writes them once PostgreSQL takes them again', async () => {
    const { limiter } = newLimiter(1000);
    for (let i = 0; i < 20; i += 1) await limiter.take(request);
    await dataSource.query('ALTER TABLE rate_limits RENAME TO rate_limits_away');
    try {
      await expect(limiter.recordAuthFailure('authfail:203.0.113.7', 'ip:203.0.113.7')).rejects.toThrow(/rate_limits/);
    } finally {
      await dataSource.query('ALTER TABLE rate_limits_away RENAME TO rate_limits');
    }
    await limiter.beforeApplicationShutdown();
    expect(await countIn('ip:203.0.113.7')).toBe(20);
  });
});
