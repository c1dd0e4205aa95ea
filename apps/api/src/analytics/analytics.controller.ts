import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MotionAnalyticsQuery, MotionAnalyticsService, MotionAnalyticsView } from '@casetrail/cases';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(private readonly motionAnalytics: MotionAnalyticsService) {}

  @Get('motions')
  @ApiOperation({
    summary:
      'Motion outcomes: rulings counted by disposition and the median days from motion to first ruling, each figure with the docket entries behind it',
  })
  motions(@Query() query: MotionAnalyticsQuery): Promise<MotionAnalyticsView> {
    return this.motionAnalytics.motions(query);
  }
}
