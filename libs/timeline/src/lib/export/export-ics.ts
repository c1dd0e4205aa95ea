import { Readable } from 'node:stream';
import { compactDate, DAY_MS, parseIsoDate } from './iso-date';
import { escapeIcalText, foldIcalLine, icalUtcDateTime } from './ical-text';
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

function vevent(item: TimelineItem, dtstamp: string, uidDomain: string): string {
  const start = parseIsoDate(item.date, item.id);
  const url = httpUrl(item.sourceUrl);
  const props: string[] = [
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(icsUid(item, uidDomain))}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compactDate(start)}`,
    `DTEND;VALUE=DATE:${compactDate(start + DAY_MS)}`,
    `SUMMARY:${escapeIcalText(icsSummary(item))}`,
    `DESCRIPTION:${escapeIcalText(description(item))}`,
    `CATEGORIES:${escapeIcalText(item.type)},${escapeIcalText(item.significance)}`,
    'TRANSP:TRANSPARENT',
  ];
  if (url) props.push(`URL:${url}`);
  props.push('END:VEVENT');
  return props.map(foldIcalLine).join('');
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
    for await (const item of items) yield vevent(item, dtstamp, uidDomain);
    yield foldIcalLine('END:VCALENDAR');
  }
  return textStream(chunks());
}
