import { monthNumber } from '@casetrail/core';
import type { IsoDate } from './types';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years resolve to the century that puts them within 50 years of today. */
function fullYear(yy: number, now = new Date()): number {
  const current = now.getUTCFullYear();
  let year = Math.floor(current / 100) * 100 + yy;
  if (year >= current + 50) year -= 100;
  else if (year < current - 50) year += 100;
  return year;
}

/**
 * Reads a US-style court date ("12/23/2008", "1/5/09", "12-23-2008", also "2008-12-23") as an
 * ISO date. Returns null for "N/A" and anything that is not a real calendar date.
 */
export function parseCourtDate(raw: string): IsoDate | null {
  const s = raw.replace(/[()]/g, '').replace(/[—–]/g, '-').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const year = m[3].length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
  return isoDate(year, Number(m[1]), Number(m[2]));
}

// US time-zone abbreviations used by court feeds; the zone decides the offset on that date, so
// "EST" on a summer date still yields -04:00, as the courts mean local time.
const US_ZONES: Record<string, string> = {
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  HDT: 'Pacific/Honolulu',
  CHST: 'Pacific/Guam',
  SST: 'Pacific/Pago_Pago',
  AST: 'America/Puerto_Rico',
};

/** Offset of zone from UTC, in minutes, at the given instant. */
function zoneOffsetMinutes(zone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instantMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instantMs) / 60000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Reads an RSS pubDate ("Fri, 03 Feb 2023 09:56:28 EST") as ISO 8601 with the UTC offset that
 * applied at that place and time ("2023-02-03T09:56:28-05:00"). Null when the date or its zone is
 * not understood.
 */
export function parseFeedTimestamp(raw: string): string | null {
  const m =
    /^\s*(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]+|[+-]\d{4})?\s*$/.exec(
      raw,
    );
  if (!m) return null;
  const month = monthNumber(m[2]) ?? 0;
  const year = m[3].length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
  const date = month > 0 ? isoDate(year, month, Number(m[1])) : null;
  if (!date) return null;
  const [hh, mi, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hh > 23 || mi > 59 || ss > 59) return null;
  const local = `${date}T${pad(hh)}:${pad(mi)}:${pad(ss)}`;
  const zone = (m[7] ?? '').toUpperCase();
  let offset: number;
  if (zone === 'GMT' || zone === 'UTC' || zone === 'UT' || zone === 'Z') offset = 0;
  else if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  } else if (US_ZONES[zone]) {
    const wallMs = Date.UTC(year, month - 1, Number(m[1]), hh, mi, ss);
    const guess = zoneOffsetMinutes(US_ZONES[zone], wallMs);
    offset = zoneOffsetMinutes(US_ZONES[zone], wallMs - guess * 60000);
  } else return null;
  return `${local}${formatOffset(offset)}`;
}
