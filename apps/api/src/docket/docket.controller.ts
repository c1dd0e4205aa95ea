import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DocketEntriesService, DocketEntryView, ListDocketQuery } from '@casetrail/cases';
import { Page } from '@casetrail/core';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class DocketController {
  constructor(private readonly entries: DocketEntriesService) {}

  @Get(':idOrSlug/docket')
  @ApiOperation({
    summary: "A case's docket entries in docket order, with date and entry-type filters and cursor pagination",
  })
  list(@Param('idOrSlug') idOrSlug: string, @Query() query: ListDocketQuery): Promise<Page<DocketEntryView>> {
    return this.entries.list(idOrSlug, query);
  }
}
