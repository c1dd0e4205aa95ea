import { DomainError } from '@casetrail/core';

export const TIMELINE_FORMATS = ['json', 'csv', 'ics', 'md', 'pdf', 'svg'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

export enum TimelineExportErrorCode {
  UnknownFormat = 'unknown_format',
  InvalidDate = 'invalid_date',
}

export class TimelineExportError extends DomainError<TimelineExportErrorCode> {}

const CONTENT_TYPES: Record<TimelineFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  ics: 'text/calendar; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  svg: 'image/svg+xml; charset=utf-8',
};

const ALIASES: Record<string, TimelineFormat> = { markdown: 'md', ical: 'ics', icalendar: 'ics' };

export function parseTimelineFormat(s: string): TimelineFormat {
  const key = s.trim().toLowerCase().replace(/^\./, '');
  if ((TIMELINE_FORMATS as readonly string[]).includes(key)) return key as TimelineFormat;
  const alias = ALIASES[key];
  if (alias) return alias;
  throw new TimelineExportError(
    TimelineExportErrorCode.UnknownFormat,
    `Unknown timeline export format "${s}"; expected one of ${TIMELINE_FORMATS.join(', ')}`,
    { format: s },
  );
}

export function contentTypeFor(format: TimelineFormat): string {
  return CONTENT_TYPES[format];
}

/** Without the leading dot: `${name}.${fileExtensionFor(f)}`. */
export function fileExtensionFor(format: TimelineFormat): string {
  return format;
}
