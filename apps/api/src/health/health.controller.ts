import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthReport, HealthService } from '@casetrail/runtime';
import { DATABASE_RETRY_AFTER_SECONDS } from '@casetrail/database';
import { Response } from 'express';
import { NoRateLimit, PublicRoute } from '../auth/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @PublicRoute()
  @NoRateLimit()
  @ApiOperation({ summary: 'Database, job queue and search engine status (503 when the database is down)' })
  @ApiOkResponse({
    description: 'The database answers (`status` ok, or degraded when the job queue or search is down)',
  })
  @ApiResponse({
    status: 503,
    description: 'The database is down: the same report, with `status` down',
    schema: { $ref: '#/components/schemas/HealthReport' },
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    if (report.status === 'down') {
      response.status(503);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    return report;
  }
}
