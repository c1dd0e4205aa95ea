import { isUuid } from '@casetrail/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { DataSource, In } from 'typeorm';
import { AlertsError, AlertsErrorCode } from '../alerts-error';
import { AlertDelivery } from '../deliveries/delivery.entity';
import { DeliveryKind } from '../deliveries/delivery-enums';
import { feedTokenMatches } from '../subscriptions/credentials';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { renderAtomFeed } from './atom-feed';

const FEED_ENTRIES = 50;

/** The Atom feed of one subscription, readable with its feed token alone (feed readers send no API key). */
@Injectable()
export class FeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async atom(subscriptionId: string, token: string | undefined): Promise<string> {
    const subscription = isUuid(subscriptionId)
      ? await this.dataSource.getRepository(AlertSubscription).findOneBy({ id: subscriptionId })
      : null;
    // One answer for an unknown subscription and a wrong token: the feed URL reveals nothing.
    if (!subscription || !token || !feedTokenMatches(token, subscription.feedTokenHash)) {
      throw new AlertsError(AlertsErrorCode.InvalidFeedToken, 'Unknown feed or wrong token.', {});
    }
    const deliveries = await this.dataSource.getRepository(AlertDelivery).find({
      where: { subscriptionId, kind: In([DeliveryKind.Event, DeliveryKind.Digest]) },
      order: { sequence: 'DESC' },
      take: FEED_ENTRIES,
    });
    return renderAtomFeed(subscription, deliveries, { publicUrl: this.config.alerts.publicUrl });
  }
}
