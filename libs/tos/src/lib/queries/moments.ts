const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * A point in time from a date or a date and time with its zone. A bare date means the end of that
 * day (UTC): what was recorded during the day was in force on it.
 */
export function parseMoment(value: string): Date | null {
  const day = DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999));
    return date.getUTCDate() === Number(day[3]) && date.getUTCMonth() === Number(day[2]) - 1 ? date : null;
  }
  if (!DATE_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
