import { Frequency } from '../subscriptions/subscription-enums';

const DAY_MS = 86_400_000;

/** Digests close at 00:00 UTC: every day, or every Monday. The first boundary strictly after `after`. */
export function nextDigestBoundary(frequency: Frequency.Daily | Frequency.Weekly, after: Date): Date {
  const midnight = Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate());
  let next = midnight + DAY_MS;
  if (frequency === Frequency.Weekly) {
    while (new Date(next).getUTCDay() !== 1) next += DAY_MS;
  }
  return new Date(next);
}

export function digestPeriodMs(frequency: Frequency.Daily | Frequency.Weekly): number {
  return frequency === Frequency.Daily ? DAY_MS : 7 * DAY_MS;
}

export function isDigestFrequency(frequency: Frequency): frequency is Frequency.Daily | Frequency.Weekly {
  return frequency === Frequency.Daily || frequency === Frequency.Weekly;
}
