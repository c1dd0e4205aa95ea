import { monthNumber } from '@casetrail/core';

/** Dates and times as docket clerks write them, read strictly: what is not a real date is null. */

const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)';

/** A date token: 5/1/2026, 05/01/26, May 1, 2026, optionally after a weekday ("Friday, 3/13/2009"). */
export const DATE_SOURCE = `${WEEKDAY}?(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d))`;

/** A time token: 10:00 AM, 1:30pm, 10:00 a.m., 9 a.m., 12:00 noon, 14:00. */
export const TIME_SOURCE =
  '(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?\\s?m\\b\\.?|noon\\b)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\b\\.?|noon\\b)';

/** ISO yyyy-mm-dd of a date token, or null when it is not a real calendar date. */
export function parseDocketDate(token: string): string | null {
  const text = token
    .trim()
    .replace(new RegExp(`^${WEEKDAY}`, 'i'), '')
    .trim();
  let year: number;
  let month: number;
  let day: number;
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  if (numeric) {
    month = Number(numeric[1]);
    day = Number(numeric[2]);
    year = Number(numeric[3]);
    // Two-digit years on federal dockets (ECF since the late 1990s): 03 is 2003, 98 is 1998.
    if (numeric[3].length === 2) year += year < 70 ? 2000 : 1900;
  } else {
    const named = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
    if (!named) return null;
    month = monthNumber(named[1]) ?? 0;
    day = Number(named[2]);
    year = Number(named[3]);
  }
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** HH:MM (24-hour) of a time token, or null. A time without AM/PM is taken as written (9:00 is 09:00). */
export function parseDocketTime(token: string): string | null {
  const text = token.trim().toLowerCase();
  if (text === 'noon') return '12:00';
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?|(noon))?$/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const meridiem = match[3];
  if (match[2] === undefined && !meridiem) return null;
  if (match[4] && hour !== 12) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'p' && hour !== 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
