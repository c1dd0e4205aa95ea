import { Readable } from 'node:stream';
import { compactDate, DAY_MS, parseIsoDate } from './iso-date';
import { escapeIcalText, foldIcalLine, icalUtcDateTime } from './ical-text';
import { vtimezoneLines } from './ical-timezone';
import { textStream } from './text-stream';
import { TimelineItem, TimelineMeta } from './timeline-item';

export interface IcsExportOptions {
  /** Right-hand side of every UID (`<item id>@<uidDomain>`); default 'casetrail'. */
  uidDomain?: string;
  /** PRODID value; default '-//Casetrail//Timeline Export//EN'. */
  prodId?: string;
}

export function icsUid(item: Pick<TimelineItem, 'id'>, uidDomain = 'casetrail'): string {
  return `${item.id}@${uidDomain}`;
}

function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function icsSummary(item: TimelineItem): string {
  const entry = item.entryNumber ? ` (ECF ${item.entryNumber})` : '';
  return `${item.caseName}: ${item.title}${entry}`;
}

function description(item: TimelineItem): string {
  const courtDocket = [item.court, item.docketNumber].filter(Boolean).join(', ');
  const lines = [
    item.summary,
    `Case: ${item.caseName}${courtDocket ? ` (${courtDocket})` : ''}`,
    `Type: ${item.type}`,
    item.entryNumber ? `Docket entry: ${item.entryNumber}` : null,
    item.sourceUrl ? `Source: ${item.sourceUrl}` : null,
  ];
  return lines.filter((l): l is string => !!l).join('\n');
}

function vevent(item: TimelineItem, dtstamp: string, uidDomain: string, zones: Map<string, string[] | null>): string {
  const start = parseIsoDate(item.date, item.id);
  const url = httpUrl(item.sourceUrl);
  const hearing = item.hearing;
  const props: string[] = [
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(icsUid(item, uidDomain))}`,
    `DTSTAMP:${dtstamp}`,
    ...(hearing?.time ? timedStart(start, hearing.time, hearing.timeZone, zones) : allDay(start)),
    `SUMMARY:${escapeIcalText(icsSummary(item))}`,
    `DESCRIPTION:${escapeIcalText(description(item))}`,
    `CATEGORIES:${escapeIcalText(item.type)},${escapeIcalText(item.significance)}`,
    hearing?.time ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
  ];
  if (hearing) {
    // A reset keeps the UID and raises SEQUENCE, so a subscribed calendar moves the event instead of adding one.
    props.push(`SEQUENCE:${hearing.sequence}`, `STATUS:${hearing.status === 'vacated' ? 'CANCELLED' : 'CONFIRMED'}`);
  }
  if (url) props.push(`URL:${url}`);
  props.push('END:VEVENT');
  return props.map(foldIcalLine).join('');
}

function allDay(start: number): string[] {
  return [`DTSTART;VALUE=DATE:${compactDate(start)}`, `DTEND;VALUE=DATE:${compactDate(start + DAY_MS)}`];
}

/** Court-local start: with TZID when the court's zone is known and describable, else floating (no offset guessed). */
function timedStart(
  start: number,
  time: string,
  timeZone: string | null,
  zones: Map<string, string[] | null>,
): string[] {
  const local = `${compactDate(start)}T${time.replace(':', '')}00`;
  if (timeZone && !zones.has(timeZone)) zones.set(timeZone, vtimezoneLines(timeZone));
  const zone = timeZone ? zones.get(timeZone) : null;
  return [zone ? `DTSTART;TZID=${timeZone}:${local}` : `DTSTART:${local}`];
}

export function exportIcs(
  meta: TimelineMeta,
  items: AsyncIterable<TimelineItem>,
  options: IcsExportOptions = {},
): Readable {
  const uidDomain = options.uidDomain ?? 'casetrail';
  const dtstamp = icalUtcDateTime(meta.generatedAt);
  async function* chunks(): AsyncGenerator<string> {
    yield [
      'BEGIN:VCALENDAR',
      `PRODID:${options.prodId ?? '-//Casetrail//Timeline Export//EN'}`,
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${escapeIcalText(meta.title)}`,
    ]
      .map(foldIcalLine)
      .join('');
    const zones = new Map<string, string[] | null>();
    for await (const item of items) yield vevent(item, dtstamp, uidDomain, zones);
    // The zones the hearings used, after them: the export streams, and RFC 5545 sets no order.
    for (const lines of zones.values()) if (lines) yield lines.map(foldIcalLine).join('');
    yield foldIcalLine('END:VCALENDAR');
  }
  return textStream(chunks());
}
