import { DEFAULT_ALERT_RETRY_SCHEDULE, parseDurations } from '@casetrail/config';
import { nextRetryDelayMs, scheduleSpanMs } from './retry-schedule';

describe('retry schedule', () => {
  const schedule = parseDurations(DEFAULT_ALERT_RETRY_SCHEDULE) ?? [];

  it('spans at least 48 hours by default, growing exponentially', () => {
    expect(scheduleSpanMs(schedule)).toBeGreaterThanOrEqual(48 * 3600 * 1000);
    for (let i = 1; i < schedule.length; i += 1) expect(schedule[i]).toBeGreaterThanOrEqual(schedule[i - 1]);
  });

  it('gives the delay after each failure, then null', () => {
    expect(nextRetryDelayMs(schedule, 1)).toBe(10_000);
    expect(nextRetryDelayMs(schedule, schedule.length)).toBe(12 * 3600 * 1000);
    expect(nextRetryDelayMs(schedule, schedule.length + 1)).toBeNull();
  });
});
