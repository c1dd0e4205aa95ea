import { TimelineExportError, TimelineExportErrorCode } from './timeline-format';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses yyyy-mm-dd into a UTC midnight timestamp (ms), rejecting impossible dates. */
export function parseIsoDate(date: string, itemId?: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t;
  }
  throw new TimelineExportError(
    TimelineExportErrorCode.InvalidDate,
    `Timeline item${itemId ? ` ${itemId}` : ''} has an invalid date "${date}" (expected yyyy-mm-dd)`,
    { date, itemId },
  );
}

export const DAY_MS = 86_400_000;

export function isoDateFromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** yyyymmdd as used by iCalendar DATE values. */
export function compactDate(t: number): string {
  return isoDateFromTime(t).replace(/-/g, '');
}
