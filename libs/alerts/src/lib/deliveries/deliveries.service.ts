import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, isUuid, Page, pageLimit, toPage } from '@casetrail/core';
import { DataSource, In } from 'typeorm';
import { AlertsError, AlertsErrorCode } from '../alerts-error';
import { ListDeliveriesQuery } from '../subscriptions/subscription.dto';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { ChannelType, SubscriptionStatus } from '../subscriptions/subscription-enums';
import { AlertsActor, deliveryView, DeliveryView } from '../subscriptions/subscription-views';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { AlertDeliveryAttempt } from './delivery-attempt.entity';
import { AlertDelivery } from './delivery.entity';
import { DeliveryKind, DeliveryStatus } from './delivery-enums';

/** Delivery history with every attempt, replays, and test deliveries. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsService,
    private readonly sequences: SubscriptionsRepository,
  ) {}

  /** Newest first (by sequence), with attempts. */
  async list(subscriptionId: string, query: ListDeliveriesQuery, actor: AlertsActor): Promise<Page<DeliveryView>> {
    await this.subscriptions.load(subscriptionId, actor);
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(AlertDelivery)
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.cursor) {
      const { s } = decodeCursor(query.cursor, { s: 'digits' });
      qb.andWhere('d.sequence < :s::bigint', { s });
    }
    const rows = await qb
      .orderBy('d.sequence', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (last) => ({ s: last.sequence }));
    return { items: await this.withAttempts(page.items), nextCursor: page.nextCursor };
  }

  async get(id: string, actor: AlertsActor): Promise<DeliveryView> {
    const [view] = await this.withAttempts([await this.load(id, actor)]);
    return view;
  }

  /**
   * Sends a delivery again, with the same id (so the same Idempotency-Key) and body, on a fresh
   * retry schedule. Replaying on a failing subscription resumes it; a paused one stays paused.
   */
  async replay(id: string, actor: AlertsActor): Promise<DeliveryView> {
    const delivery = await this.load(id, actor);
    if (delivery.channel === ChannelType.Feed) {
      throw new AlertsError(
        AlertsErrorCode.DeliveryNotReplayable,
        'Feed deliveries are read from the feed; there is nothing to send.',
        { delivery: id },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AlertDelivery,
        { id },
        {
          status: DeliveryStatus.Pending,
          retryStep: 0,
          nextAttemptAt: () => 'now()',
          failedAt: null,
          deliveredAt: null,
        },
      );
      await manager.update(
        AlertSubscription,
        { id: delivery.subscriptionId, status: SubscriptionStatus.Failing },
        { status: SubscriptionStatus.Active, statusReason: null, failingSince: null },
      );
      await this.subscriptions.wake(manager, delivery.subscriptionId);
    });
    return this.get(id, actor);
  }

  /** A `subscription.test` delivery through the subscription's channel (sent even while paused or failing). */
  async sendTest(subscriptionId: string, actor: AlertsActor): Promise<DeliveryView> {
    const subscription = await this.subscriptions.load(subscriptionId, actor);
    const feed = subscription.channel === ChannelType.Feed;
    const id = await this.dataSource.transaction(async (manager) => {
      const sequence = await this.sequences.nextSequence(manager, subscriptionId);
      const saved = await manager.getRepository(AlertDelivery).save(
        manager.getRepository(AlertDelivery).create({
          subscriptionId,
          kind: DeliveryKind.Test,
          type: 'subscription.test',
          eventId: null,
          sequence,
          channel: subscription.channel,
          status: feed ? DeliveryStatus.Delivered : DeliveryStatus.Pending,
          deliveredAt: feed ? new Date() : null,
          data: {
            message: 'A test alert from Casetrail: your subscription reaches you.',
            subscription: { id: subscription.id, target: subscription.target },
          },
        }),
      );
      if (!feed) await this.subscriptions.wake(manager, subscriptionId);
      return saved.id;
    });
    return this.get(id, actor);
  }

  private async load(id: string, actor: AlertsActor): Promise<AlertDelivery> {
    const found = isUuid(id) ? await this.dataSource.getRepository(AlertDelivery).findOneBy({ id }) : null;
    if (!found) throw new AlertsError(AlertsErrorCode.DeliveryNotFound, `No delivery ${id}.`, { delivery: id });
    try {
      await this.subscriptions.load(found.subscriptionId, actor);
    } catch {
      throw new AlertsError(AlertsErrorCode.DeliveryNotFound, `No delivery ${id}.`, { delivery: id });
    }
    return found;
  }

  private async withAttempts(deliveries: AlertDelivery[]): Promise<DeliveryView[]> {
    if (deliveries.length === 0) return [];
    const attempts = await this.dataSource
      .getRepository(AlertDeliveryAttempt)
      .find({ where: { deliveryId: In(deliveries.map((d) => d.id)) } });
    return deliveries.map((d) =>
      deliveryView(
        d,
        attempts.filter((a) => a.deliveryId === d.id),
      ),
    );
  }
}
