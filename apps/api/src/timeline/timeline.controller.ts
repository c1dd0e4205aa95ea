import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  contentTypeFor,
  exportTimeline,
  fileExtensionFor,
  parseTimelineFormat,
  Significance,
  SIGNIFICANCES,
  TimelineError,
  TimelineErrorCode,
  TimelineFilters,
  TimelineFormat,
  TimelineItem,
  TimelineMeta,
  TimelineScopeRequest,
  TimelineService,
} from '@casetrail/timeline';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ApiFileAnswer, ApiJsonAnswer } from '../openapi/api-answers';
import { FamilyTimelineQueryDto, TimelineQueryDto } from './timeline-query.dto';

const ACCEPTED: [RegExp, TimelineFormat][] = [
  [/text\/csv/, 'csv'],
  [/text\/calendar/, 'ics'],
  [/text\/markdown/, 'md'],
  [/application\/pdf/, 'pdf'],
  [/image\/svg\+xml/, 'svg'],
  [/application\/json/, 'json'],
];

/** The `json` format: the meta line, then one item per line. */
interface TimelineJson {
  meta: TimelineMeta;
  items: TimelineItem[];
}

const TIMELINE_FORMATS_ANSWER = ApiFileAnswer(200, 'The timeline in the format of `format`, else of `Accept`', {
  'application/json': 'json',
  'text/csv': 'text',
  'text/calendar': 'text',
  'text/markdown': 'text',
  'application/pdf': 'binary',
  'image/svg+xml': 'text',
});

@ApiTags('timelines')
@Controller('api/v1')
export class TimelineController {
  constructor(private readonly timelines: TimelineService) {}

  @Get('cases/:idOrSlug/timeline')
  @ApiOperation({ summary: 'A case timeline, streamed as JSON, CSV, iCalendar, Markdown, PDF or SVG; no row cap' })
  @ApiProduces('application/json', 'text/csv', 'text/calendar', 'text/markdown', 'application/pdf', 'image/svg+xml')
  @TIMELINE_FORMATS_ANSWER
  @ApiJsonAnswer<TimelineJson>()
  caseTimeline(
    @Param('idOrSlug') idOrSlug: string,
    @Query() query: TimelineQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.stream({ cases: [idOrSlug] }, query, accept, response);
  }

  @Get('timeline')
  @ApiOperation({ summary: 'A merged timeline of several cases (cases=a,b) or of a family (family=<MDL>)' })
  @ApiProduces('application/json', 'text/csv', 'text/calendar', 'text/markdown', 'application/pdf', 'image/svg+xml')
  @TIMELINE_FORMATS_ANSWER
  @ApiJsonAnswer<TimelineJson>()
  familyTimeline(
    @Query() query: FamilyTimelineQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (query.cases && query.family) {
      throw new TimelineError(TimelineErrorCode.InvalidTimelineRequest, 'Give either cases or family, not both.');
    }
    const scope: TimelineScopeRequest = query.family
      ? { family: query.family }
      : {
          cases: (query.cases ?? '')
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        };
    return this.stream(scope, query, accept, response);
  }

  private async stream(
    scope: TimelineScopeRequest,
    query: TimelineQueryDto,
    accept: string | undefined,
    response: Response,
  ): Promise<void> {
    const format = query.format ? parseTimelineFormat(query.format) : formatFromAccept(accept);
    const filters = parseFilters(query);
    const resolved = await this.timelines.resolve(scope, filters);
    const name = 'family' in scope ? scope.family : resolved.cases.map((c) => c.slug).join('+');
    response.setHeader('Content-Type', contentTypeFor(format));
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${safeFileName(name)}-timeline.${fileExtensionFor(format)}"`,
    );
    await pipeline(exportTimeline(format, resolved.meta, this.timelines.items(resolved, filters)), response);
  }
}

function formatFromAccept(accept: string | undefined): TimelineFormat {
  for (const [pattern, format] of ACCEPTED) if (accept && pattern.test(accept)) return format;
  return 'json';
}

function parseFilters(query: TimelineQueryDto): TimelineFilters {
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const significance = list(query.significance);
  const unknown = significance.filter((s) => !(SIGNIFICANCES as string[]).includes(s));
  if (unknown.length > 0) {
    throw new TimelineError(TimelineErrorCode.InvalidTimelineRequest, `Unknown significance: ${unknown.join(', ')}.`, {
      allowed: SIGNIFICANCES,
    });
  }
  return {
    from: query.from,
    to: query.to,
    types: list(query.types),
    significance: significance as Significance[],
    includeTos: query.include === 'tos',
  };
}

function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]+/g, '-').slice(0, 120) || 'timeline';
}
