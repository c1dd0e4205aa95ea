import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SearchRequest, SearchResponse, SearchService } from '@casetrail/search';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ApiFileAnswer, ApiJsonAnswer } from '../openapi/api-answers';
import { SearchQueryDto } from './search-query.dto';

/** End of the given day, so that `filedTo=2025-06-30` includes filings of June 30. */
const endOfDay = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T23:59:59Z`) / 1000);
const startOfDay = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000);

@ApiTags('search')
@Controller('api/v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({
    summary:
      'Search filings (page by page), docket entries, cases and terms of service, with filters, facets and highlights; ' +
      '`format=csv` streams every hit up to the 10,000-hit window',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiFileAnswer(200, 'One page of hits as JSON, or with `format=csv` every hit as CSV', {
    'application/json': 'json',
    'text/csv': 'text',
  })
  @ApiJsonAnswer<SearchResponse>()
  async find(@Query() query: SearchQueryDto, @Res() response: Response): Promise<void> {
    const request = toRequest(query);
    if (query.format !== 'csv') {
      response.json(await this.search.search(request));
      return;
    }
    const csv = await this.search.exportCsv(request);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="search-results.csv"');
    await pipeline(csv, response);
  }
}

function toRequest(query: SearchQueryDto): SearchRequest {
  return {
    q: query.q,
    filters: {
      kind: query.kind,
      case: query.case,
      court: query.court,
      party: query.party,
      judge: query.judge,
      documentType: query.documentType,
      document: query.document,
      service: query.service,
      filedFrom: query.filedFrom ? startOfDay(query.filedFrom) : undefined,
      filedTo: query.filedTo ? endOfDay(query.filedTo) : undefined,
    },
    sort: query.sort,
    facets: query.facets,
    limit: query.limit,
    cursor: query.cursor,
  };
}
