import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HearingList, HearingsService, ListHearingsQuery } from '@casetrail/cases';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class HearingsController {
  constructor(private readonly hearings: HearingsService) {}

  @Get(':idOrSlug/hearings')
  @ApiOperation({
    summary:
      "A case's upcoming hearings and deadlines read from its docket, each with the entry that set it and the one that last changed it",
  })
  list(@Param('idOrSlug') idOrSlug: string, @Query() query: ListHearingsQuery): Promise<HearingList> {
    return this.hearings.list(idOrSlug, query);
  }
}
