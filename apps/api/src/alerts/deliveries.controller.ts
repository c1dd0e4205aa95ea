import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlertsActor, DeliveriesService, DeliveryView } from '@casetrail/alerts';
import { ApiKeyScope } from '@casetrail/auth';
import { RequiresScope } from '../auth/auth.decorators';
import { Actor } from './alerts-actor';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/v1/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get(':id')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'One delivery with its attempts' })
  get(@Param('id') id: string, @Actor() actor: AlertsActor): Promise<DeliveryView> {
    return this.deliveries.get(id, actor);
  }

  @Post(':id/replay')
  @HttpCode(202)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Send a delivery again: same id and Idempotency-Key, fresh retry schedule' })
  replay(@Param('id') id: string, @Actor() actor: AlertsActor): Promise<DeliveryView> {
    return this.deliveries.replay(id, actor);
  }
}
