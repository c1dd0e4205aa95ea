/**
 * The delay before the next attempt after `failedAttempts` failures, or null when the schedule is
 * spent (the delivery fails and its subscription is marked failing).
 */
export function nextRetryDelayMs(schedule: readonly number[], failedAttempts: number): number | null {
  if (failedAttempts < 1) throw new Error('nextRetryDelayMs counts failed attempts from 1');
  return failedAttempts <= schedule.length ? schedule[failedAttempts - 1] : null;
}

export function scheduleSpanMs(schedule: readonly number[]): number {
  return schedule.reduce((sum, ms) => sum + ms, 0);
}
