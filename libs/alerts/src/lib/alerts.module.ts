import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveryDispatcher } from './deliveries/delivery-dispatcher';
import { DigestBuilder } from './deliveries/digest-builder';
import { EmailSender } from './deliveries/email-sender';
import { WebhookSender } from './deliveries/webhook-sender';
import { FeedService } from './feed/feed.service';
import { AlertsJobHandlers } from './jobs/alerts-job-handlers';
import { AlertsSweeper } from './jobs/alerts-sweeper';
import { ALERT_TEXT_SOURCE, PayloadTextSource } from './matching/alert-text-source';
import { AlertMatcher } from './matching/alert-matcher';
import { MatchOnRecord } from './matching/match-on-record';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

/**
 * Subscriptions, matching and deliveries. Needs EventsModule, JobsModule and the configuration
 * (all global). To read filing text from elsewhere than event payloads, provide ALERT_TEXT_SOURCE.
 */
@Module({
  imports: [CasesModule],
  providers: [
    { provide: ALERT_TEXT_SOURCE, useClass: PayloadTextSource },
    SubscriptionsService,
    DeliveriesService,
    FeedService,
    AlertMatcher,
    MatchOnRecord,
    DigestBuilder,
    WebhookSender,
    EmailSender,
    DeliveryDispatcher,
    AlertsSweeper,
    AlertsJobHandlers,
  ],
  exports: [SubscriptionsService, DeliveriesService, FeedService, AlertMatcher, DigestBuilder, DeliveryDispatcher, AlertsSweeper, AlertsJobHandlers],
})
export class AlertsModule {}
