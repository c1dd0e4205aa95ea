import { DynamicModule, ModuleMetadata, Module, Type } from '@nestjs/common';
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
import { FILING_TEXT_SOURCE, FilingTextSource } from './matching/filing-text-source';
import { MatchOnRecord } from './matching/match-on-record';
import { SubscriptionsService } from './subscriptions/subscriptions.service';
import { DeliveryLaneRepository } from './deliveries/delivery-lane.repository';
import { AlertMatchesRepository } from './matching/alert-matches.repository';
import { AlertsSweeperRepository } from './jobs/alerts-sweeper.repository';
import { SubscriptionsRepository } from './subscriptions/subscriptions.repository';
import { DigestsRepository } from './deliveries/digests.repository';

export interface AlertsModuleOptions {
  /** The modules that provide `filingTextSource`. */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** Where a filing's stored pages are read (the documents library's DocumentsService). */
  filingTextSource: Type<FilingTextSource>;
}

/**
 * Subscriptions, matching and deliveries. Needs EventsModule, JobsModule and the configuration
 * (all global), and a FilingTextSource. To read event text from elsewhere than event payloads and
 * stored filing pages, provide ALERT_TEXT_SOURCE.
 */
@Module({})
export class AlertsModule {
  static register(options: AlertsModuleOptions): DynamicModule {
    return {
      module: AlertsModule,
      imports: [CasesModule, ...options.imports],
      providers: [
        { provide: FILING_TEXT_SOURCE, useExisting: options.filingTextSource },
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
        DeliveryLaneRepository,
        AlertMatchesRepository,
        AlertsSweeperRepository,
        SubscriptionsRepository,
        DigestsRepository,
        AlertsSweeper,
        AlertsJobHandlers,
      ],
      exports: [
        SubscriptionsService,
        DeliveriesService,
        FeedService,
        AlertMatcher,
        DigestBuilder,
        DeliveryDispatcher,
        AlertsSweeper,
        AlertsJobHandlers,
      ],
    };
  }
}
