import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchResponse, SearchService } from '@casetrail/search';
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
    summary: 'Search filings (page by page), cases and terms of service, with filters, facets and highlights',
  })
  find(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.search({
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
    });
  }
}
