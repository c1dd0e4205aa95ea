import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  AlertsActor,
  AlertsErrorCode,
  CreatedSubscriptionView,
  CreateSubscriptionBody,
  DeliveriesService,
  DeliveryView,
  FeedService,
  ListDeliveriesQuery,
  ListSubscriptionsQuery,
  RotateSecretBody,
  SubscriptionsService,
  SubscriptionView,
  UpdateSubscriptionBody,
} from '@casetrail/alerts';
import { ApiKeyScope } from '@casetrail/auth';
import { isDomainError, Page } from '@casetrail/core';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Request, Response } from 'express';
import { PublicRoute, RequiresScope } from '../auth/auth.decorators';
import { ApiFileAnswer } from '../openapi/api-answers';
import { AuthFailureCounter } from '../http/rate-limit.guard';
import { Actor } from './alerts-actor';

class FeedQuery {
  @ApiPropertyOptional({ description: 'The feed token, shown at creation and at rotation' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

/**
 * Alert subscriptions. They hold webhook URLs and email addresses, so every route needs a key
 * (ingest scope), even for reading; each key sees its own subscriptions, an admin key all.
 */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/v1/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly deliveries: DeliveriesService,
    private readonly feeds: FeedService,
    private readonly failures: AuthFailureCounter,
  ) {}

  @Post()
  @HttpCode(201)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary:
      'Subscribe to a case, family, search, party, judge, ToS document, clause or citation; the secret and feed token are shown once',
  })
  create(@Body() body: CreateSubscriptionBody, @Actor() actor: AlertsActor): Promise<CreatedSubscriptionView> {
    return this.subscriptions.create(body, actor);
  }

  @Get()
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'List your subscriptions, newest first' })
  list(@Query() query: ListSubscriptionsQuery, @Actor() actor: AlertsActor): Promise<Page<SubscriptionView>> {
    return this.subscriptions.list(query, actor);
  }

  @Get(':id')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'One subscription' })
  get(@Param('id') id: string, @Actor() actor: AlertsActor): Promise<SubscriptionView> {
    return this.subscriptions.get(id, actor);
  }

  @Patch(':id')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Pause or resume (`status`), or change filters, note and tags' })
  update(
    @Param('id') id: string,
    @Body() body: UpdateSubscriptionBody,
    @Actor() actor: AlertsActor,
  ): Promise<SubscriptionView> {
    return this.subscriptions.update(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Delete a subscription and its delivery history' })
  remove(@Param('id') id: string, @Actor() actor: AlertsActor): Promise<void> {
    return this.subscriptions.remove(id, actor);
  }

  @Post(':id/test')
  @HttpCode(202)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Send a `subscription.test` delivery through the channel' })
  test(@Param('id') id: string, @Actor() actor: AlertsActor): Promise<DeliveryView> {
    return this.deliveries.sendTest(id, actor);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'New webhook secret (shown once); the old one also signs during the grace period' })
  rotateSecret(
    @Param('id') id: string,
    @Body() body: RotateSecretBody,
    @Actor() actor: AlertsActor,
  ): Promise<{ secret: string; previousSecretExpiresAt: string | null }> {
    return this.subscriptions.rotateSecret(id, body, actor);
  }

  @Post(':id/rotate-feed-token')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'New feed read token (shown once); the old one stops working' })
  rotateFeedToken(
    @Param('id') id: string,
    @Actor() actor: AlertsActor,
  ): Promise<{ feedToken: string; feedUrl: string }> {
    return this.subscriptions.rotateFeedToken(id, actor);
  }

  @Get(':id/deliveries')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Deliveries, newest first, with every attempt (time, status code, error, duration)' })
  listDeliveries(
    @Param('id') id: string,
    @Query() query: ListDeliveriesQuery,
    @Actor() actor: AlertsActor,
  ): Promise<Page<DeliveryView>> {
    return this.deliveries.list(id, query, actor);
  }

  @Get(':id/feed.atom')
  @PublicRoute()
  @ApiProduces('application/atom+xml')
  @ApiFileAnswer(200, 'An Atom 1.0 feed of the latest deliveries', { 'application/atom+xml': 'text' })
  @ApiOperation({ summary: 'Atom feed of the subscription, read with its feed token (no API key)' })
  async feed(
    @Param('id') id: string,
    @Query() query: FeedQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const xml = await this.feeds.atom(id, query.token).catch(async (error: unknown) => {
      // A wrong feed token is a failed authentication: it counts towards the client's lockout.
      if (isDomainError(error) && error.code === AlertsErrorCode.InvalidFeedToken) await this.failures.record(request);
      throw error;
    });
    // Set only on success: an error keeps its JSON envelope.
    response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=60');
    return xml;
  }
}
