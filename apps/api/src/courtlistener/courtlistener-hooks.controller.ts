import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CourtListenerWebhooksService, WebhookOutcome } from '@casetrail/courtlistener';
import { Request } from 'express';
import { PublicRoute } from '../auth/auth.decorators';

@ApiTags('courtlistener')
@Controller('api/v1/hooks/courtlistener')
export class CourtListenerHooksController {
  constructor(private readonly hooks: CourtListenerWebhooksService) {}

  @Post(':secret')
  @HttpCode(200)
  @PublicRoute()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Sent by CourtListener with every webhook event' })
  @ApiBody({
    description: 'A CourtListener webhook event: `{ webhook: { event_type, version, … }, payload: { results: […] } }`',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiOperation({
    summary: 'Receive a CourtListener webhook (docket or search alert) and sync the dockets it names',
    description:
      'CourtListener does not sign webhooks: the path secret (COURTLISTENER_WEBHOOK_SECRET) authenticates the caller, ' +
      'optionally with COURTLISTENER_WEBHOOK_ALLOWLIST. A repeated Idempotency-Key queues nothing (duplicate: true). ' +
      'A wrong secret answers 404 like an unknown route.',
  })
  receive(
    @Param('secret') secret: string,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
  ): Promise<WebhookOutcome> {
    return this.hooks.receive({ secret, idempotencyKey, body, remoteAddress: request.ip });
  }
}
