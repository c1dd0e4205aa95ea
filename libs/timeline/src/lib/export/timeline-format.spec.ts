import {
  contentTypeFor,
  fileExtensionFor,
  parseTimelineFormat,
  TIMELINE_FORMATS,
  TimelineExportError,
  TimelineExportErrorCode,
} from './timeline-format';

describe('timeline formats', () => {
  it('parses every format, case-insensitively, with a leading dot and aliases', () => {
    for (const f of TIMELINE_FORMATS) {
      expect(parseTimelineFormat(f)).toBe(f);
      expect(parseTimelineFormat(` .${f.toUpperCase()} `)).toBe(f);
    }
    expect(parseTimelineFormat('markdown')).toBe('md');
    expect(parseTimelineFormat('iCal')).toBe('ics');
  });

  it('throws a DomainError with code unknown_format', () => {
    expect(() => parseTimelineFormat('xlsx')).toThrow(TimelineExportError);
    try {
      parseTimelineFormat('xlsx');
    } catch (e) {
      expect(e).toMatchObject({
        code: TimelineExportErrorCode.UnknownFormat,
        details: { format: 'xlsx' },
        name: 'TimelineExportError',
      });
    }
    expect(() => parseTimelineFormat('')).toThrow(/Unknown timeline export format/);
  });

  it('gives content types and extensions', () => {
    expect(TIMELINE_FORMATS.map(contentTypeFor)).toEqual([
      'application/json; charset=utf-8',
      'text/csv; charset=utf-8; header=present',
      'text/calendar; charset=utf-8',
      'text/markdown; charset=utf-8',
      'application/pdf',
      'image/svg+xml; charset=utf-8',
    ]);
    expect(TIMELINE_FORMATS.map(fileExtensionFor)).toEqual(['json', 'csv', 'ics', 'md', 'pdf', 'svg']);
  });
});
